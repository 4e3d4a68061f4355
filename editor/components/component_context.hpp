// What every component gets besides its channel ends: the terminal's file descriptors and
// settings, the pipe for fatal-error reports and which design is running. Built by the launcher.
#pragma once

#include "editor/components/fault_injection.hpp"
#include "editor/protocol/messages.hpp"

#include <string_view>
#include <termios.h>

namespace trio::components {

struct ComponentContext {
    int tty_in = 0;
    int tty_out = 1;
    int error_fd = 2; // fatal errors go here; the launcher prints them once the screen is restored
    protocol::Design design = protocol::Design::Threads;
    int tab_width = 8;
    // The terminal's settings before the editor made it raw (owned by the launcher). Render
    // puts them back when it ends, so the terminal is restored even when input was killed.
    const termios* cooked_mode = nullptr;
    FaultPlan fault; // TRIO_FAULT (tests only)
};

// Writes "trio: <component>: <what>\n" to the context's error pipe (async-signal-safe).
void report_fatal(const ComponentContext& context, std::string_view component,
                  std::string_view what);

// CLOCK_MONOTONIC in nanoseconds: comparable across the processes of one machine.
[[nodiscard]] protocol::TimestampNs monotonic_now_ns();

} // namespace trio::components
