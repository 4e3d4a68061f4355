// The ncurses-free terminal reset for when render cannot restore the screen. Runs in the crash
// guard's signal handler and in trio-proc's input.
#include "editor/terminal/emergency_restore_terminal.hpp"

#include "editor/terminal/terminal_modes.hpp"

#include <array>
#include <cerrno>
#include <string_view>
#include <unistd.h>

namespace trio::terminal {

namespace {

// write(2) until all of `bytes` went; false on an error other than EINTR.
bool write_all(int fd, std::string_view bytes) noexcept {
    std::size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return false;
        }
        written += static_cast<std::size_t>(n);
    }
    return true;
}

} // namespace

void emergency_restore_terminal(int fd) noexcept {
    // Attributes last: leaving the alternate screen restores the cursor saved on entering
    // it, and xterm saves the character attributes with it.
    const std::array<std::string_view, 5> reset{"\x1b[?1049l", "\x1b[?25h", bracketed_paste_off,
                                                mouse_reporting_off, "\x1b[0m"};
    for (const std::string_view part : reset) {
        if (!write_all(fd, part)) {
            return;
        }
    }
}

} // namespace trio::terminal
