// Tests the key scripts and pasted text every editor gets in the keystroke scenario.
#include "bench/trio_bench/latency_keys.hpp"

#include <gtest/gtest.h>
#include <set>
#include <stdexcept>

namespace trio::bench {
namespace {

TEST(LatencyKeys, TypingIsLettersWithAnEnterAfterEachLine) {
    const auto keys = typing_keys(9, 3);
    const std::vector<std::string> expected = {"a", "b", "c", "<ret>", "d", "e", "f", "<ret>", "g"};
    EXPECT_EQ(keys, expected);
    const auto long_run = typing_keys(60, 59);
    EXPECT_EQ(long_run[25], "z");
    EXPECT_EQ(long_run[26], "a"); // wraps around the alphabet
    EXPECT_EQ(long_run[59], "<ret>");
}

TEST(LatencyKeys, CursorKeysWalkASquareBackToTheStart) {
    const auto keys = cursor_keys(8, 2);
    const std::vector<std::string> expected = {"<down>", "<down>", "<right>", "<right>",
                                               "<up>",   "<up>",   "<left>",  "<left>"};
    EXPECT_EQ(keys, expected);
    const auto again = cursor_keys(10, 2);
    EXPECT_EQ(again[8], "<down>");
}

TEST(LatencyKeys, PageDownRepeatsOneKey) {
    const auto keys = page_down_keys(3);
    EXPECT_EQ(keys, std::vector<std::string>(3, "<pagedown>"));
    EXPECT_TRUE(page_down_keys(0).empty());
}

TEST(LatencyKeys, PasteTextHasTheSizeAskedForInUniqueLines) {
    for (const std::size_t bytes : {1UL, 79UL, 80UL, 81UL, 1000UL, 1UL << 20}) {
        const auto text = paste_text(bytes);
        EXPECT_EQ(text.size(), bytes) << bytes;
        EXPECT_EQ(text.back(), '\n') << bytes;
    }
    const auto text = paste_text(8000);
    std::set<std::string> lines;
    std::size_t count = 0;
    for (std::size_t start = 0; start < text.size();) {
        const auto end = text.find('\n', start);
        lines.insert(text.substr(start, end - start));
        ++count;
        start = end + 1;
    }
    EXPECT_EQ(count, 100U);
    EXPECT_EQ(lines.size(), count);
}

TEST(LatencyKeys, LastPastedLineIsTheTextsLastLine) {
    EXPECT_EQ(last_pasted_line(160).substr(0, 12), "paste 000002");
    const auto tail = last_pasted_line(170); // two full lines and 10 bytes
    EXPECT_EQ(tail, "paste 000");
    EXPECT_EQ(paste_text(170).substr(160), tail + "\n");
}

TEST(LatencyKeys, BracketedPasteWrapsTheText) {
    EXPECT_EQ(bracketed("ab\n"), "\x1b[200~ab\n\x1b[201~");
}

TEST(LatencyKeys, RejectsBadCounts) {
    EXPECT_THROW((void)typing_keys(-1, 3), std::invalid_argument);
    EXPECT_THROW((void)typing_keys(1, 0), std::invalid_argument);
    EXPECT_THROW((void)cursor_keys(1, 0), std::invalid_argument);
    EXPECT_THROW((void)paste_text(0), std::invalid_argument);
}

} // namespace
} // namespace trio::bench
