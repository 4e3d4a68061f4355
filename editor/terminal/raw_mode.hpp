// RAII guard that puts the terminal into raw mode and always restores the saved settings.
// Held by the launcher (trio's main thread, trio-proc's input process) for the whole session.
#pragma once

#include <termios.h>

namespace trio::terminal {

class RawMode {
public:
    // Saves the settings of `fd` and switches it to raw input: no echo, no line editing,
    // no signals from ^C/^Z/^\ and no ^S/^Q flow control (trio uses those keys).
    // Throws std::system_error if `fd` is not a terminal.
    explicit RawMode(int fd);
    ~RawMode();
    RawMode(const RawMode&) = delete;
    RawMode& operator=(const RawMode&) = delete;

    [[nodiscard]] const termios& saved() const { return m_saved; }

private:
    int m_fd;
    termios m_saved{};
};

} // namespace trio::terminal
