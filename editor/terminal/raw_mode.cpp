// Raw mode on and off. Runs in the launcher.
#include "editor/terminal/raw_mode.hpp"

#include <cerrno>
#include <system_error>
#include <unistd.h>

namespace trio::terminal {

RawMode::RawMode(int fd) : m_fd(fd) {
    if (tcgetattr(fd, &m_saved) != 0) {
        throw std::system_error(errno, std::generic_category(), "cannot read terminal settings");
    }
    termios raw = m_saved;
    raw.c_iflag &= ~static_cast<tcflag_t>(BRKINT | ICRNL | INLCR | IGNCR | INPCK | ISTRIP | IXON);
    raw.c_cflag |= CS8;
    raw.c_lflag &= ~static_cast<tcflag_t>(ECHO | ICANON | IEXTEN | ISIG);
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    if (tcsetattr(fd, TCSAFLUSH, &raw) != 0) {
        throw std::system_error(errno, std::generic_category(), "cannot set raw mode");
    }
}

RawMode::~RawMode() {
    // TCSANOW, not TCSAFLUSH: a key typed during shutdown belongs to the shell.
    tcsetattr(m_fd, TCSANOW, &m_saved);
}

} // namespace trio::terminal
