// Light tests for NcursesScreen on a pseudo-terminal: what it writes, its size handling and
// its errors. layout() carries the detailed screen tests; this checks the ncurses plumbing.
#include "editor/render/layout.hpp"
#include "editor/render/ncurses_screen.hpp"
#include "render_test_helpers.hpp"

#include <array>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <gtest/gtest.h>
#include <poll.h>
#include <pty.h>
#include <stdexcept>
#include <sys/ioctl.h>
#include <unistd.h>

namespace trio::render {
namespace {

using testing::view_of;

// A pseudo-terminal whose master side collects everything the screen writes.
class Pty {
public:
    Pty(std::uint16_t rows, std::uint16_t columns) {
        winsize size{rows, columns, 0, 0};
        if (::openpty(&m_master, &m_slave, nullptr, nullptr, &size) != 0) {
            throw std::runtime_error("openpty failed");
        }
    }
    ~Pty() {
        ::close(m_master);
        ::close(m_slave);
    }
    Pty(const Pty&) = delete;
    Pty& operator=(const Pty&) = delete;

    [[nodiscard]] int slave() const { return m_slave; }

    void resize(std::uint16_t rows, std::uint16_t columns) {
        winsize size{rows, columns, 0, 0};
        ASSERT_EQ(::ioctl(m_slave, TIOCSWINSZ, &size), 0);
    }

    // Reads until everything read so far contains `needle`, or a generous deadline passes
    // (the output is already written; the deadline only keeps a failure from hanging).
    bool wait_for(std::string_view needle) {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
        while (m_output.find(needle) == std::string::npos) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                deadline - std::chrono::steady_clock::now());
            pollfd ready{m_master, POLLIN, 0};
            if (left.count() <= 0 || ::poll(&ready, 1, static_cast<int>(left.count())) <= 0) {
                return false;
            }
            std::array<char, 4096> buffer{};
            const ssize_t n = ::read(m_master, buffer.data(), buffer.size());
            if (n <= 0) {
                return false;
            }
            m_output.append(buffer.data(), static_cast<std::size_t>(n));
        }
        return true;
    }

    [[nodiscard]] const std::string& output() const { return m_output; }

private:
    int m_master = -1;
    int m_slave = -1;
    std::string m_output;
};

class NcursesScreenTest : public ::testing::Test {
protected:
    void SetUp() override { ::setenv("TERM", "xterm-256color", 1); }
};

TEST_F(NcursesScreenTest, TakesItsSizeFromTheTerminal) {
    Pty pty(10, 40);
    NcursesScreen screen(pty.slave(), pty.slave());
    EXPECT_EQ(screen.size(), (protocol::TerminalSize{10, 40}));
}

TEST_F(NcursesScreenTest, PresentedFrameReachesTheTerminal) {
    Pty pty(10, 40);
    NcursesScreen screen(pty.slave(), pty.slave());
    protocol::ViewMessage view = view_of({"中文 text"});
    view.file_name = "笔记.txt";
    screen.present(layout(view, screen.size(), {}));
    EXPECT_TRUE(pty.wait_for("中文")) << pty.output();
    EXPECT_TRUE(pty.wait_for("笔记.txt")) << pty.output();
    EXPECT_TRUE(pty.wait_for("Ln 1/1, Col 1")) << pty.output();
}

TEST_F(NcursesScreenTest, BracketedPasteIsOnWhileTheScreenLives) {
    Pty pty(10, 40);
    {
        NcursesScreen screen(pty.slave(), pty.slave());
        EXPECT_TRUE(pty.wait_for("\x1b[?2004h"));
        EXPECT_EQ(pty.output().find("\x1b[?2004l"), std::string::npos);
    }
    EXPECT_TRUE(pty.wait_for("\x1b[?2004l"));
}

TEST_F(NcursesScreenTest, TooSmallFrameHidesTheCursor) {
    Pty pty(3, 10);
    NcursesScreen screen(pty.slave(), pty.slave());
    screen.present(layout(view_of({}), screen.size(), {}));
    EXPECT_TRUE(pty.wait_for("Terminal t"));
    EXPECT_TRUE(pty.wait_for("\x1b[?25l")); // xterm's cursor_invisible
}

TEST_F(NcursesScreenTest, RefreshSizeFollowsTheTerminal) {
    Pty pty(10, 40);
    NcursesScreen screen(pty.slave(), pty.slave());
    pty.resize(12, 50);
    EXPECT_EQ(screen.size(), (protocol::TerminalSize{10, 40}));
    EXPECT_EQ(screen.refresh_size(), (protocol::TerminalSize{12, 50}));
    EXPECT_EQ(screen.size(), (protocol::TerminalSize{12, 50}));
    screen.present(layout(view_of({"after resize"}), screen.size(), {}));
    EXPECT_TRUE(pty.wait_for("after resize"));
}

TEST_F(NcursesScreenTest, SignalDispositionsAreLeftAsTheyWere) {
    constexpr std::array signals{SIGINT, SIGTERM, SIGTSTP, SIGWINCH};
    std::array<struct sigaction, signals.size()> before{};
    for (std::size_t i = 0; i < signals.size(); ++i) {
        ::sigaction(signals[i], nullptr, &before[i]);
    }
    Pty pty(10, 40);
    NcursesScreen screen(pty.slave(), pty.slave());
    for (std::size_t i = 0; i < signals.size(); ++i) {
        struct sigaction now {};
        ::sigaction(signals[i], nullptr, &now);
        EXPECT_EQ(now.sa_handler, before[i].sa_handler) << "signal " << signals[i];
    }
}

TEST_F(NcursesScreenTest, UnknownTerminalTypeGivesAClearError) {
    ::setenv("TERM", "trio-no-such-terminal", 1);
    Pty pty(10, 40);
    // In a child process: a failing newterm() leaks the SCREEN it had started to build
    // (ncurses' new_prescr), which LeakSanitizer would report at this process's exit.
    EXPECT_EXIT(
        {
            try {
                NcursesScreen screen(pty.slave(), pty.slave());
            } catch (const std::runtime_error& error) {
                std::fputs(error.what(), stderr);
                std::_Exit(3);
            }
            std::_Exit(0);
        },
        ::testing::ExitedWithCode(3),
        "ncurses does not know the terminal type "
        "TERM=trio-no-such-terminal");
}

} // namespace
} // namespace trio::render
