// RawMode on a real pseudo-terminal: raw while the guard lives, the saved settings after.
#include "editor/terminal/raw_mode.hpp"

#include <gtest/gtest.h>
#include <pty.h>
#include <system_error>
#include <unistd.h>

namespace trio::terminal {
namespace {

struct Pty {
    int master = -1;
    int slave = -1;
    Pty() { EXPECT_EQ(openpty(&master, &slave, nullptr, nullptr, nullptr), 0); }
    ~Pty() {
        close(master);
        close(slave);
    }
};

termios settings(int fd) {
    termios t{};
    EXPECT_EQ(tcgetattr(fd, &t), 0);
    return t;
}

TEST(RawMode, TurnsOffEchoLineEditingSignalsAndFlowControlThenRestores) {
    Pty pty;
    const termios before = settings(pty.slave);
    ASSERT_NE(before.c_lflag & ICANON, 0u);
    {
        RawMode raw(pty.slave);
        const termios during = settings(pty.slave);
        EXPECT_EQ(during.c_lflag & (ECHO | ICANON | ISIG | IEXTEN), 0u);
        EXPECT_EQ(during.c_iflag & (IXON | ICRNL), 0u); // ^S/^Q and Enter arrive as typed
        EXPECT_EQ(during.c_cc[VMIN], 1);
        EXPECT_EQ(raw.saved().c_lflag, before.c_lflag);
    }
    const termios after = settings(pty.slave);
    EXPECT_EQ(after.c_lflag, before.c_lflag);
    EXPECT_EQ(after.c_iflag, before.c_iflag);
}

TEST(RawMode, RefusesSomethingThatIsNotATerminal) {
    int fds[2];
    ASSERT_EQ(pipe(fds), 0);
    EXPECT_THROW(RawMode raw(fds[0]), std::system_error);
    close(fds[0]);
    close(fds[1]);
}

} // namespace
} // namespace trio::terminal
