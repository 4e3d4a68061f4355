// What every component gets besides its channel ends: the terminal's file descriptors, the
// pipe for fatal-error reports and which design is running. Built by the launcher.
#pragma once

#include "editor/protocol/messages.hpp"

#include <string_view>

namespace trio::components {

struct ComponentContext {
    int tty_in = 0;
    int tty_out = 1;
    int error_fd = 2; // fatal errors go here; the launcher prints them once the screen is restored
    protocol::Design design = protocol::Design::Threads;
    int tab_width = 8;
};

// Writes "trio: <component>: <what>\n" to the context's error pipe (async-signal-safe).
void report_fatal(const ComponentContext& context, std::string_view component,
                  std::string_view what);

// CLOCK_MONOTONIC in nanoseconds: comparable across the processes of one machine.
[[nodiscard]] protocol::TimestampNs monotonic_now_ns();

} // namespace trio::components
