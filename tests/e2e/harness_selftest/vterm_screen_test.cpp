// Self-tests of the e2e harness's terminal emulator wrapper (VtermScreen).
#include "tests/e2e/harness/vterm_screen.hpp"

#include <gtest/gtest.h>
#include <string>

namespace trio::e2e {
namespace {

VtermScreen make_screen(int rows, int cols, std::string* replies = nullptr) {
    return VtermScreen({rows, cols}, [replies](std::string_view reply) {
        if (replies != nullptr) {
            replies->append(reply);
        }
    });
}

TEST(VtermScreen, RendersPlainTextPaddedWithSpaces) {
    auto screen = make_screen(2, 8);
    screen.feed("hello");
    EXPECT_EQ(screen.rows(), (std::vector<std::string>{"hello   ", "        "}));
}

TEST(VtermScreen, DoubleWidthCharacterAppearsOnceAndTakesTwoColumns) {
    auto screen = make_screen(1, 8);
    screen.feed("中文x");
    EXPECT_EQ(screen.rows()[0], "中文x   ");
    EXPECT_EQ(screen.cursor(), (CursorPosition{0, 5}));
}

TEST(VtermScreen, CombiningCharacterFollowsItsBase) {
    auto screen = make_screen(1, 4);
    screen.feed("e\xCC\x81!");
    EXPECT_EQ(screen.rows()[0], "e\xCC\x81!  ");
}

TEST(VtermScreen, CursorFollowsMovementSequences) {
    auto screen = make_screen(5, 10);
    screen.feed("\x1b[3;5H");
    EXPECT_EQ(screen.cursor(), (CursorPosition{2, 4}));
    screen.feed("ab\r\n");
    EXPECT_EQ(screen.cursor(), (CursorPosition{3, 0}));
}

TEST(VtermScreen, AlternateScreenIsTrackedAndRestoresThePrimaryScreen) {
    auto screen = make_screen(2, 6);
    screen.feed("shell");
    EXPECT_FALSE(screen.alternate_screen());
    screen.feed("\x1b[?1049h");
    EXPECT_TRUE(screen.alternate_screen());
    screen.feed("\x1b[Heditor");
    EXPECT_EQ(screen.rows()[0], "editor");
    screen.feed("\x1b[?1049l");
    EXPECT_FALSE(screen.alternate_screen());
    EXPECT_EQ(screen.rows()[0], "shell ");
}

TEST(VtermScreen, CursorVisibilityIsTracked) {
    auto screen = make_screen(2, 6);
    EXPECT_TRUE(screen.cursor_visible());
    screen.feed("\x1b[?25l");
    EXPECT_FALSE(screen.cursor_visible());
    screen.feed("\x1b[?25h");
    EXPECT_TRUE(screen.cursor_visible());
}

TEST(VtermScreen, ReverseVideoIsReportedPerCell) {
    auto screen = make_screen(1, 6);
    screen.feed("a\x1b[7mb\x1b[0mc");
    EXPECT_FALSE(screen.reverse_at(0, 0));
    EXPECT_TRUE(screen.reverse_at(0, 1));
    EXPECT_FALSE(screen.reverse_at(0, 2));
    EXPECT_FALSE(screen.reverse_at(5, 5)); // out of range
}

TEST(VtermScreen, AnswersACursorPositionQuery) {
    std::string replies;
    auto screen = make_screen(5, 10, &replies);
    screen.feed("\x1b[2;3H\x1b[6n");
    EXPECT_EQ(replies, "\x1b[2;3R");
}

TEST(VtermScreen, KeepsLinesThatScrollOffTheTop) {
    auto screen = make_screen(2, 6);
    screen.feed("one\r\ntwo\r\nthree");
    EXPECT_EQ(screen.scrollback(), (std::deque<std::string>{"one"}));
    EXPECT_EQ(screen.rows(), (std::vector<std::string>{"two   ", "three "}));
}

TEST(VtermScreen, ResizeChangesTheGrid) {
    auto screen = make_screen(2, 6);
    screen.resize({3, 4});
    EXPECT_EQ(screen.size(), (TerminalSize{3, 4}));
    EXPECT_EQ(screen.rows(), (std::vector<std::string>{"    ", "    ", "    "}));
}

} // namespace
} // namespace trio::e2e
