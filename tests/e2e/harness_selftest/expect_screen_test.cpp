// Self-tests of the screen expectation: polling until a match, and readable mismatch reports.
#include "tests/e2e/harness_selftest/terminal_fixture.hpp"

#include <gtest/gtest.h>

namespace trio::e2e {
namespace {

TEST(ShowDiff, MarksTheChangedRowBetweenUnchangedOnes) {
    EXPECT_EQ(show_diff({"a", "b", "c"}, {"a", "x", "c"}),
              "--- expected\n+++ actual\n a|\n-b|\n+x|\n c|\n");
}

TEST(ShowDiff, MakesTrailingSpacesVisible) {
    EXPECT_EQ(show_diff({"ab "}, {"ab"}), "--- expected\n+++ actual\n-ab |\n+ab|\n");
}

TEST(ShowDiff, ShowsMissingAndExtraRows) {
    EXPECT_EQ(show_diff({"a", "b"}, {"b", "c"}), "--- expected\n+++ actual\n-a|\n b|\n+c|\n");
}

TEST(ShowDiff, IsEmptyForEqualGrids) {
    EXPECT_EQ(show_diff({"a", "b"}, {"a", "b"}), "");
}

TEST(ExpectScreen, WaitsForOutputThatArrivesLater) {
    TerminalFixture t({"sh", "-c", "read x; echo \"got $x\"; read y"}, {3, 10});
    t.session.write("yes\n");
    const ScreenExpectation expected{
        {"yes       ", "got yes   ", "          "}, CursorPosition{2, 0}, "got"};
    const auto result = expect_screen(t.session, t.screen, expected, expect_deadline());
    EXPECT_TRUE(result.matched) << result.message;
}

TEST(ExpectScreen, TimesOutWithADiffAndTheCursor) {
    TerminalFixture t({"sh", "-c", "printf hello; exec cat"}, {2, 6});
    ASSERT_TRUE(t.shows("hello"));
    const ScreenExpectation expected{{"bye   ", "      "}, CursorPosition{1, 0}, "nowhere"};
    const auto result =
        expect_screen(t.session, t.screen, expected, Clock::now() + std::chrono::milliseconds(200));
    EXPECT_FALSE(result.matched);
    EXPECT_EQ(result.message, "timed out waiting for the expected screen\n"
                              "screen differs:\n--- expected\n+++ actual\n"
                              "-bye   |\n+hello |\n       |\n"
                              "cursor: expected 1 0, actual 0 5\n"
                              "no row contains \"nowhere\"\n"
                              "cursor is at 0 5\n");
}

TEST(ExpectScreen, StopsWaitingWhenTheProgramHasExited) {
    TerminalFixture t({"printf", "done"}, {1, 6});
    const ScreenExpectation expected{{"never "}, std::nullopt, std::nullopt};
    const auto result = expect_screen(t.session, t.screen, expected, expect_deadline());
    EXPECT_FALSE(result.matched);
    EXPECT_NE(result.message.find("the program exited (exit status 0) before the expected screen"),
              std::string::npos)
        << result.message;
}

TEST(ExpectScreen, ScreenFileTextEndsRowsWithBarsAndGivesTheCursor) {
    VtermScreen screen({2, 3}, [](std::string_view) {});
    screen.feed("ab");
    EXPECT_EQ(screen_file_text(screen), "ab |\n   |\n(cursor: 0 2)\n");
}

} // namespace
} // namespace trio::e2e
