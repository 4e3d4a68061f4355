// Unit tests for ChunkedMatcher: the same answer however the window is cut into chunks
// (editor/search/chunked_matcher).
#include "editor/search/chunked_matcher.hpp"

#include <algorithm>
#include <gtest/gtest.h>
#include <random>
#include <string>

namespace trio::search {
namespace {

std::optional<std::uint64_t> match_in_chunks(const LiteralFinder& finder, Occurrence wanted,
                                             std::string_view window,
                                             const std::vector<std::size_t>& sizes) {
    ChunkedMatcher matcher(finder, wanted, 1000);
    std::size_t from = 0;
    for (const std::size_t size : sizes) {
        matcher.feed(window.substr(from, size));
        from = std::min(window.size(), from + size);
    }
    matcher.feed(window.substr(from));
    return matcher.match();
}

TEST(ChunkedMatcher, OneByteChunksFindMatchesSpanningManyChunks) {
    const LiteralFinder finder("abcd", CaseMode::Sensitive);
    const std::vector<std::size_t> ones(20, 1);
    EXPECT_EQ(match_in_chunks(finder, Occurrence::First, "xxabcdxabcdx", ones), 1002U);
    EXPECT_EQ(match_in_chunks(finder, Occurrence::Last, "xxabcdxabcdx", ones), 1007U);
}

TEST(ChunkedMatcher, EmptyChunksChangeNothing) {
    const LiteralFinder finder("ab", CaseMode::Sensitive);
    EXPECT_EQ(match_in_chunks(finder, Occurrence::First, "xaby", {0, 2, 0, 0, 1}), 1001U);
}

TEST(ChunkedMatcher, AnyCuttingGivesTheUnchunkedAnswer) {
    std::mt19937 rng(7);
    for (int round = 0; round < 3000; ++round) {
        std::string window;
        for (std::size_t n = rng() % 40; n > 0; --n) {
            window += "abA"[rng() % 3];
        }
        std::string needle;
        for (std::size_t n = 1 + rng() % 5; n > 0; --n) {
            needle += "abA"[rng() % 3];
        }
        std::vector<std::size_t> sizes;
        for (std::size_t total = 0; total < window.size();) {
            sizes.push_back(rng() % 4);
            total += sizes.back();
        }
        for (const CaseMode mode : {CaseMode::Sensitive, CaseMode::Insensitive}) {
            const LiteralFinder finder(needle, mode);
            const auto whole = [&](std::size_t p) {
                return p == LiteralFinder::npos ? std::nullopt
                                                : std::optional<std::uint64_t>(1000 + p);
            };
            ASSERT_EQ(match_in_chunks(finder, Occurrence::First, window, sizes),
                      whole(finder.find_first(window)))
                << round;
            ASSERT_EQ(match_in_chunks(finder, Occurrence::Last, window, sizes),
                      whole(finder.find_last(window)))
                << round;
        }
    }
}

} // namespace
} // namespace trio::search
