// Last-resort terminal restore when the process crashes (SIGSEGV, SIGABRT, …): puts the
// saved terminal settings back and leaves the alternate screen, then lets the crash go on.
// Also survives the one "crash" that is not a bug: another program truncating the file trio
// has mapped, which raises SIGBUS when the lost pages are read.
// Installed by the launcher of either executable.
#pragma once

#include <cstddef>
#include <termios.h>

namespace trio::terminal {

// Remembers `saved` for `fd` and installs the handlers. The one piece of process-wide state
// in trio: a signal handler can reach nothing else. Call once, from the launcher.
void install_crash_guard(int fd, const termios& saved);

// From now on a SIGBUS inside [base, base + size) (the mapped original file, truncated by
// someone else) maps a page of zeros over the lost page and carries on, instead of crashing:
// the lost bytes then read as NUL. One range per process (trio maps one file); call before
// the components start so that trio-proc's children inherit it. Works without
// install_crash_guard too (then other faults keep their default action).
void guard_mapped_file(const void* base, std::size_t size);

// True once a lost page of the guarded mapping has been replaced by zeros in this process.
// Async-signal-safe to set, cheap to poll.
[[nodiscard]] bool mapped_file_lost_pages();

} // namespace trio::terminal
