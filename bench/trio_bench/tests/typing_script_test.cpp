// Tests the key script of trio-bench's keystroke-latency measurement and the screens it expects.
#include "bench/trio_bench/typing_script.hpp"

#include <algorithm>
#include <gtest/gtest.h>
#include <stdexcept>

namespace trio::bench {
namespace {

TEST(BenchTypingScript, TypesLettersMovingTheCursorRight) {
    const auto steps = typing_script(3, {0, 21, 59});
    ASSERT_EQ(steps.size(), 3u);
    EXPECT_EQ(steps[0], (TypingStep{"a", 0, 1, 0, "a"}));
    EXPECT_EQ(steps[1], (TypingStep{"b", 0, 2, 0, "ab"}));
    EXPECT_EQ(steps[2], (TypingStep{"c", 0, 3, 0, "abc"}));
}

TEST(BenchTypingScript, EnterEndsEachLineAndTheLettersGoOnCycling) {
    const auto steps = typing_script(6, {2, 21, 2});
    ASSERT_EQ(steps.size(), 6u);
    EXPECT_EQ(steps[1], (TypingStep{"b", 2, 2, 2, "ab"}));
    // The Enter's screen: cursor at the start of the next row, the finished line above it.
    EXPECT_EQ(steps[2], (TypingStep{"<ret>", 3, 0, 2, "ab"}));
    EXPECT_EQ(steps[3], (TypingStep{"d", 3, 1, 3, "d"}));
    EXPECT_EQ(steps[5], (TypingStep{"<ret>", 4, 0, 3, "de"}));
}

TEST(BenchTypingScript, ThreeHundredKeysMakeFiveLinesOfFiftyNine) {
    const auto steps = typing_script(300, {0, 21, 59});
    ASSERT_EQ(steps.size(), 300u);
    EXPECT_EQ(std::count_if(steps.begin(), steps.end(),
                            [](const TypingStep& s) { return s.notation == "<ret>"; }),
              5);
    EXPECT_EQ(steps.back(), (TypingStep{"<ret>", 5, 0, 4, steps[298].typed_text}));
    EXPECT_EQ(steps[298].typed_text.size(), 59u);
}

TEST(BenchTypingScript, NeverMovesTheCursorOntoTheLastTextRow) {
    // Rows 0..3 show text; the cursor may use rows 0..2; the Enter that would reach row 3
    // goes to the top of the file instead, and typing continues there.
    const auto steps = typing_script(8, {0, 4, 1});
    const std::vector<std::string> keys = {"a", "<ret>",    "c", "<ret>",
                                           "e", "<c-home>", "g", "<ret>"};
    ASSERT_EQ(steps.size(), keys.size());
    for (std::size_t i = 0; i < keys.size(); ++i) {
        EXPECT_EQ(steps[i].notation, keys[i]) << "step " << i;
        EXPECT_LT(steps[i].cursor_row, 3) << "step " << i;
    }
    EXPECT_EQ(steps[5], (TypingStep{"<c-home>", 0, 0, 0, ""}));
    EXPECT_EQ(steps[6], (TypingStep{"g", 0, 1, 0, "g"}));
    EXPECT_EQ(steps[7], (TypingStep{"<ret>", 1, 0, 0, "g"}));
}

TEST(BenchTypingScript, NoKeysNoSteps) {
    EXPECT_TRUE(typing_script(0, {}).empty());
}

TEST(BenchTypingScript, RejectsALayoutWithoutRoomToType) {
    EXPECT_THROW((void)typing_script(-1, {}), std::invalid_argument);
    EXPECT_THROW((void)typing_script(5, {0, 1, 59}), std::invalid_argument);
    EXPECT_THROW((void)typing_script(5, {0, 21, 0}), std::invalid_argument);
}

} // namespace
} // namespace trio::bench
