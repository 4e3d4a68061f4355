// The ncurses-free terminal reset for when render cannot restore the screen. Runs in the crash
// guard's signal handler and in trio-proc's input.
#include "editor/terminal/emergency_restore_terminal.hpp"

#include <cerrno>
#include <string_view>
#include <unistd.h>

namespace trio::terminal {

void emergency_restore_terminal(int fd) noexcept {
    // Attributes last: leaving the alternate screen restores the cursor saved on entering
    // it, and xterm saves the character attributes with it.
    constexpr std::string_view reset = "\x1b[?1049l"
                                       "\x1b[?25h"
                                       "\x1b[?2004l"
                                       "\x1b[0m";
    std::size_t written = 0;
    while (written < reset.size()) {
        const ssize_t n = ::write(fd, reset.data() + written, reset.size() - written);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return;
        }
        written += static_cast<std::size_t>(n);
    }
}

} // namespace trio::terminal
