// Unit tests for the vectorised '\n' counter and the '\n' finder under every line look-up.
#include "editor/document/newline_count.hpp"

#include <gtest/gtest.h>
#include <random>
#include <string>

namespace trio::document {
namespace {

std::uint64_t naive_count(std::string_view s) {
    std::uint64_t n = 0;
    for (const char c : s) {
        n += c == '\n' ? 1 : 0;
    }
    return n;
}

TEST(NewlineCount, MatchesANaiveCountAtEveryLengthAndAlignment) {
    std::mt19937 rng(5);
    std::string buffer(600, 'x');
    for (char& c : buffer) {
        const int roll = std::uniform_int_distribution<int>(0, 3)(rng);
        c = roll == 0 ? '\n' : roll == 1 ? '\n' + 1 : roll == 2 ? '\0' : '\xff';
    }
    const std::string_view all(buffer);
    for (std::size_t begin = 0; begin < 16; ++begin) {
        for (std::size_t length = 0; begin + length <= all.size(); ++length) {
            const std::string_view part = all.substr(begin, length);
            ASSERT_EQ(count_newlines(part), naive_count(part)) << begin << "+" << length;
        }
    }
}

TEST(NewlineCount, CountsRunsLongerThanAByteLaneCanHold) {
    // 255 rounds of 64 bytes fill a byte lane; all-newline runs past that must not wrap.
    for (const std::size_t n : {255U * 64 - 1, 255U * 64, 255U * 64 + 1, 100000U, 1U << 20}) {
        EXPECT_EQ(count_newlines(std::string(n, '\n')), n);
    }
    EXPECT_EQ(count_newlines(std::string(1 << 20, 'a')), 0U);
}

TEST(NewlineCount, FindNewlineReturnsTheNthOrNothing) {
    const std::string s = "a\nbb\n\nccc";
    EXPECT_EQ(find_newline(s, 0), std::optional<std::uint64_t>(1));
    EXPECT_EQ(find_newline(s, 1), std::optional<std::uint64_t>(4));
    EXPECT_EQ(find_newline(s, 2), std::optional<std::uint64_t>(5));
    EXPECT_EQ(find_newline(s, 3), std::nullopt);
    EXPECT_EQ(find_newline("", 0), std::nullopt);
}

} // namespace
} // namespace trio::document
