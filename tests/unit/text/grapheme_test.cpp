// Unit tests for grapheme cluster boundaries (editor/text/grapheme).
#include "editor/text/grapheme.hpp"

#include <gtest/gtest.h>
#include <random>
#include <string>
#include <vector>

namespace trio::text {
namespace {

std::vector<std::size_t> forward_boundaries(std::string_view s) {
    std::vector<std::size_t> out{0};
    for (std::size_t pos = 0; pos < s.size();) {
        pos = next_grapheme(s, pos);
        out.push_back(pos);
    }
    return out;
}

std::vector<std::size_t> backward_boundaries(std::string_view s) {
    std::vector<std::size_t> out{s.size()};
    for (std::size_t pos = s.size(); pos > 0;) {
        pos = previous_grapheme(s, pos);
        out.insert(out.begin(), pos);
    }
    return out;
}

using Bounds = std::vector<std::size_t>;

TEST(Grapheme, AsciiCharactersAreOneClusterEach) {
    EXPECT_EQ(forward_boundaries("abc"), (Bounds{0, 1, 2, 3}));
    EXPECT_EQ(backward_boundaries("abc"), (Bounds{0, 1, 2, 3}));
}

TEST(Grapheme, CombiningMarkJoinsItsBase) {
    const std::string s = "e\u0301x"; // e + COMBINING ACUTE ACCENT
    EXPECT_EQ(next_grapheme(s, 0), 3u);
    EXPECT_EQ(previous_grapheme(s, 3), 0u);
    EXPECT_EQ(forward_boundaries(s), (Bounds{0, 3, 4}));
}

TEST(Grapheme, CrLfIsOneCluster) {
    EXPECT_EQ(next_grapheme("\r\n", 0), 2u);
    EXPECT_EQ(previous_grapheme("\r\n", 2), 0u);
    EXPECT_EQ(forward_boundaries("\n\r"), (Bounds{0, 1, 2}));
}

TEST(Grapheme, EmojiZwjSequenceIsOneCluster) {
    const std::string family = "\U0001F468\u200D\U0001F469\u200D\U0001F467";
    const std::string s = "a" + family + "b";
    EXPECT_EQ(forward_boundaries(s), (Bounds{0, 1, 1 + family.size(), s.size()}));
    EXPECT_EQ(backward_boundaries(s), forward_boundaries(s));
}

TEST(Grapheme, RegionalIndicatorsPairIntoFlags) {
    const std::string fr = "\U0001F1EB\U0001F1F7";
    const std::string de = "\U0001F1E9\U0001F1EA";
    const std::string s = fr + de + "\U0001F1E9"; // two flags and a lone indicator
    EXPECT_EQ(forward_boundaries(s), (Bounds{0, 8, 16, 20}));
    EXPECT_EQ(previous_grapheme(s, 20), 16u);
    EXPECT_EQ(previous_grapheme(s, 16), 8u);
    EXPECT_EQ(backward_boundaries(s), forward_boundaries(s));
}

TEST(Grapheme, HangulJamoSequenceIsOneCluster) {
    const std::string s = "\u1100\u1161\u11A8"; // L V T
    EXPECT_EQ(next_grapheme(s, 0), s.size());
    EXPECT_EQ(previous_grapheme(s, s.size()), 0u);
}

TEST(Grapheme, InvalidByteIsAClusterOfItsOwn) {
    EXPECT_EQ(forward_boundaries("a\xff"
                                 "b"),
              (Bounds{0, 1, 2, 3}));
    // A combining mark cannot attach to an invalid byte.
    const std::string s = "\xff\u0301";
    EXPECT_EQ(forward_boundaries(s), (Bounds{0, 1, 3}));
    EXPECT_EQ(backward_boundaries(s), (Bounds{0, 1, 3}));
    // A truncated sequence is one invalid byte per byte.
    EXPECT_EQ(forward_boundaries("\xe4\xb8"), (Bounds{0, 1, 2}));
    EXPECT_EQ(backward_boundaries("\xe4\xb8"), (Bounds{0, 1, 2}));
}

TEST(Grapheme, PositionInsideACharacterIsHandledWithoutLoopingOrOverrun) {
    const std::string s = "\u4e2d\u6587"; // 中文
    EXPECT_EQ(next_grapheme(s, 1), 2u);
    EXPECT_EQ(previous_grapheme(s, 2), 0u); // byte 1 is inside 中
    EXPECT_EQ(previous_grapheme(s, 5), 3u); // byte 4 is inside 文
    EXPECT_EQ(next_grapheme(s, s.size()), s.size());
    EXPECT_EQ(previous_grapheme(s, 0), 0u);
    EXPECT_EQ(previous_grapheme(s, 99), 3u);
}

// Backward stepping must find exactly the boundaries forward stepping finds, for text
// mixing every kind of cluster the rules treat specially.
TEST(Grapheme, BackwardAndForwardBoundariesAgreeOnRandomText) {
    const std::vector<std::string> pieces = {
        "a",      " ",          "\r",         "\n",         "\t",     "\u0301", "\u200D",
        "\u200B", "\U0001F468", "\U0001F3FD", "\U0001F1EB", "\u1100", "\u1161", "\u11A8",
        "\uAC00", "\u4e2d",     "\u0915",     "\u094D",     "\u0600", "\u0903", "\xff",
        "\x80",   "\xe4\xb8",   "\ufe0f",     "\u2764"};
    std::mt19937 rng(42);
    std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
    std::uniform_int_distribution<int> length(0, 30);
    for (int round = 0; round < 3000; ++round) {
        std::string s;
        for (int n = length(rng); n > 0; --n) {
            s += pieces[pick(rng)];
        }
        ASSERT_EQ(backward_boundaries(s), forward_boundaries(s)) << testing::PrintToString(s);
    }
}

} // namespace
} // namespace trio::text
