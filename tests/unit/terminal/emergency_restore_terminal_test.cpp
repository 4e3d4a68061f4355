// Tests for the ncurses-free terminal reset a supervisor writes after render died.
#include "editor/terminal/emergency_restore_terminal.hpp"

#include <array>
#include <gtest/gtest.h>
#include <unistd.h>

namespace trio::terminal {
namespace {

TEST(EmergencyRestoreTerminal, WritesTheMinimalXtermReset) {
    std::array<int, 2> fds{};
    ASSERT_EQ(::pipe(fds.data()), 0);
    emergency_restore_terminal(fds[1]);
    ::close(fds[1]);
    std::string written;
    std::array<char, 256> buffer{};
    for (ssize_t n; (n = ::read(fds[0], buffer.data(), buffer.size())) > 0;) {
        written.append(buffer.data(), static_cast<std::size_t>(n));
    }
    ::close(fds[0]);
    EXPECT_EQ(written, "\x1b[?1049l\x1b[?25h\x1b[?2004l"
                       "\x1b[?1006l\x1b[?1002l\x1b[?1000l\x1b[0m");
}

TEST(EmergencyRestoreTerminal, IgnoresABadDescriptor) {
    emergency_restore_terminal(-1); // must return quietly: its caller has nobody to tell
    SUCCEED();
}

} // namespace
} // namespace trio::terminal
