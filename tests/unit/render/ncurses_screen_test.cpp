// Light tests for NcursesScreen on a pseudo-terminal: what it writes, its size handling and
// its errors. layout() carries the detailed screen tests; this checks the ncurses plumbing.
#include "editor/render/layout.hpp"
#include "editor/render/ncurses_screen.hpp"
#include "editor/text/utf8.hpp"
#include "render_test_helpers.hpp"

#include <array>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <gtest/gtest.h>
#include <memory>
#include <poll.h>
#include <pty.h>
#include <stdexcept>
#include <sys/ioctl.h>
#include <unistd.h>
#include <vterm.h>

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

    // Reads until `done(everything read so far)` holds, or a generous deadline passes (the
    // output is already written; the deadline only keeps a failure from hanging).
    bool wait_until(const std::function<bool(const std::string&)>& done) {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
        while (!done(m_output)) {
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

    bool wait_for(std::string_view needle) {
        return wait_until([needle](const std::string& output) {
            return output.find(needle) != std::string::npos;
        });
    }

    [[nodiscard]] const std::string& output() const { return m_output; }

private:
    int m_master = -1;
    int m_slave = -1;
    std::string m_output;
};

// What a terminal shows after `bytes`: each row's text (as row_text() spells it) and, last,
// the cursor position as "row,column". libvterm is the emulator the e2e tests use too.
std::vector<std::string> emulate(const std::string& bytes, int rows, int columns) {
    const std::unique_ptr<VTerm, void (*)(VTerm*)> vt(vterm_new(rows, columns), vterm_free);
    vterm_set_utf8(vt.get(), 1);
    VTermScreen* vscreen = vterm_obtain_screen(vt.get());
    vterm_screen_reset(vscreen, 1);
    vterm_input_write(vt.get(), bytes.data(), bytes.size());
    std::vector<std::string> shown;
    for (int r = 0; r < rows; ++r) {
        std::string row;
        for (int c = 0; c < columns; ++c) {
            VTermScreenCell cell{};
            vterm_screen_get_cell(vscreen, VTermPos{r, c}, &cell);
            if (cell.chars[0] == 0xFFFFFFFF) { // the right half of a wide character
                continue;
            }
            if (cell.chars[0] == 0) {
                row += ' ';
            }
            for (int i = 0; i < VTERM_MAX_CHARS_PER_CELL && cell.chars[i] != 0; ++i) {
                row += text::encode_utf8(cell.chars[i]);
            }
        }
        shown.push_back(row);
    }
    VTermPos cursor{};
    vterm_state_get_cursorpos(vterm_obtain_state(vt.get()), &cursor);
    shown.push_back(std::to_string(cursor.row) + "," + std::to_string(cursor.col));
    return shown;
}

std::vector<std::string> expected_screen(const Frame& frame) {
    std::vector<std::string> rows;
    for (std::uint16_t r = 0; r < frame.rows; ++r) {
        rows.push_back(row_text(frame, r));
    }
    rows.push_back(std::to_string(frame.cursor_row) + "," + std::to_string(frame.cursor_column));
    return rows;
}

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

TEST_F(NcursesScreenTest, TerminalShowsExactlyTheLastFrame) {
    Pty pty(8, 30);
    NcursesScreen screen(pty.slave(), pty.slave());
    protocol::ViewMessage view =
        view_of({"中文 e\u0301 a\x01 \x80 \tx", "第二行很长很长很长很长很长很长很长", "\u6587abc"});
    view.file_name = "中文名字.txt";
    view.modified = true;
    view.message = "消息 ok";
    view.cursor_row = 1;
    view.cursor_column = 4;
    screen.present(layout(view, screen.size(), {}));
    // Scrolled one column: wide characters now straddle the left edge, and ncurses sends
    // only the difference to the first frame.
    view.left_column = protocol::DisplayColumn(1);
    const Frame last = layout(view, screen.size(), {});
    screen.present(last);
    const std::vector<std::string> expected = expected_screen(last);
    pty.wait_until([&](const std::string& out) { return emulate(out, 8, 30) == expected; });
    EXPECT_EQ(emulate(pty.output(), 8, 30), expected);
}

TEST_F(NcursesScreenTest, RowsRedrawnAloneLeaveNoTraceOfWhatWasThere) {
    // Only changed rows are handed to ncurses after the first frame: a row whose wide
    // characters become narrow ones (and back), next to rows left alone, must still end up
    // exactly as laid out.
    Pty pty(8, 30);
    NcursesScreen screen(pty.slave(), pty.slave());
    protocol::ViewMessage view = view_of({"中文中文 wide", "unchanged row", "abc"});
    screen.present(layout(view, screen.size(), {}));
    view.lines[0].text = "a中b文 narrow now";
    view.lines[2].text = "第二行";
    view.cursor_row = 2;
    screen.present(layout(view, screen.size(), {}));
    view.lines[0].text = "x";
    const Frame last = layout(view, screen.size(), {});
    screen.present(last);
    const std::vector<std::string> expected = expected_screen(last);
    pty.wait_until([&](const std::string& out) { return emulate(out, 8, 30) == expected; });
    EXPECT_EQ(emulate(pty.output(), 8, 30), expected);
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

TEST_F(NcursesScreenTest, MouseReportsAreOnWhileTheScreenLives) {
    Pty pty(10, 40);
    {
        NcursesScreen screen(pty.slave(), pty.slave());
        EXPECT_TRUE(pty.wait_for("\x1b[?1000h\x1b[?1002h\x1b[?1006h"));
        EXPECT_EQ(pty.output().find("\x1b[?1000l"), std::string::npos);
    }
    EXPECT_TRUE(pty.wait_for("\x1b[?1006l\x1b[?1002l\x1b[?1000l"));
}

TEST_F(NcursesScreenTest, ClipboardCopyWritesTheOsc52Sequence) {
    Pty pty(10, 40);
    NcursesScreen screen(pty.slave(), pty.slave());
    screen.present(layout(view_of({"text"}), screen.size(), {}));
    screen.copy_to_clipboard("copied");
    EXPECT_TRUE(pty.wait_for("\x1b]52;c;Y29waWVk\a"));
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
