// Last-resort terminal restore when the process crashes (SIGSEGV, SIGABRT, …): puts the
// saved terminal settings back and leaves the alternate screen, then lets the crash go on.
// Installed by the launcher of either executable.
#pragma once

#include <termios.h>

namespace trio::terminal {

// Remembers `saved` for `fd` and installs the handlers. The one piece of process-wide state
// in trio: a signal handler can reach nothing else. Call once, from the launcher.
void install_crash_guard(int fd, const termios& saved);

} // namespace trio::terminal
