// Last-resort terminal reset, for trio-proc's input when no render is left to restore the
// screen, and for the crash guard. Deliberately free of ncurses: the caller may be a signal
// handler or a process that never initialised curses.
#pragma once

namespace trio::terminal {

// Writes to `fd` the minimal reset an xterm-like terminal needs after render vanished: leave
// the alternate screen, show the cursor, disable bracketed paste and mouse reports, reset
// attributes. Uses write(2) only, so it is async-signal-safe; retries on EINTR and partial
// writes, ignores other errors (there is nobody left to report them to). Never throws.
void emergency_restore_terminal(int fd) noexcept;

} // namespace trio::terminal
