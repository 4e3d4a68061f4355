// Unit tests for LiteralFinder: first/last occurrence in one buffer, against std::string
// search, at every alignment the SIMD blocks can take (editor/search/literal_finder).
#include "editor/search/literal_finder.hpp"
#include "search_reference.hpp"

#include <algorithm>
#include <gtest/gtest.h>
#include <memory>
#include <random>
#include <string>

namespace trio::search {
namespace {

using testing::fold_ascii;

std::string random_bytes(std::mt19937& rng, std::size_t length, std::string_view alphabet) {
    std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
    std::string s;
    for (std::size_t i = 0; i < length; ++i) {
        s += alphabet[pick(rng)];
    }
    return s;
}

TEST(LiteralFinder, AgreesWithStdStringAtEveryLengthAndAlignment) {
    std::mt19937 rng(20261127);
    constexpr std::string_view alphabet("abAB z\0\xe4", 8);
    for (int round = 0; round < 4000; ++round) {
        const std::string text = random_bytes(rng, static_cast<std::size_t>(rng() % 140), alphabet);
        // An exact-size heap copy, so a sanitizer build catches any read past the end.
        const auto exact = std::make_unique<char[]>(text.size());
        std::copy(text.begin(), text.end(), exact.get());
        const std::string_view hay(exact.get(), text.size());
        const std::string needle =
            random_bytes(rng, 1 + static_cast<std::size_t>(rng() % 4), alphabet);
        for (const CaseMode mode : {CaseMode::Sensitive, CaseMode::Insensitive}) {
            const LiteralFinder finder(needle, mode);
            const std::string folded = fold_ascii(text, mode);
            const std::string folded_needle = fold_ascii(needle, mode);
            ASSERT_EQ(finder.find_first(hay), folded.find(folded_needle)) << round;
            ASSERT_EQ(finder.find_last(hay), folded.rfind(folded_needle)) << round;
        }
    }
}

TEST(LiteralFinder, FindsTheOnlyMatchWhereverItSitsInALongBuffer) {
    const std::string needle = "needle";
    for (std::size_t at = 0; at + needle.size() <= 100; ++at) {
        std::string hay(100, '.');
        hay.replace(at, needle.size(), needle);
        const LiteralFinder finder(needle, CaseMode::Sensitive);
        EXPECT_EQ(finder.find_first(hay), at);
        EXPECT_EQ(finder.find_last(hay), at);
    }
}

TEST(LiteralFinder, OverlappingOccurrencesAreAllCandidates) {
    const LiteralFinder finder("aaa", CaseMode::Sensitive);
    EXPECT_EQ(finder.find_first("aaaaa"), 0U);
    EXPECT_EQ(finder.find_last("aaaaa"), 2U);
}

TEST(LiteralFinder, InsensitiveFoldsOnlyAsciiLetters) {
    const LiteralFinder finder("a[", CaseMode::Insensitive);
    EXPECT_EQ(finder.find_first("A{ a{ A["), 6U); // '{' is '[' | 0x20 but not the same byte
    const LiteralFinder utf8("\xc3\xa9", CaseMode::Insensitive); // é does not match É (C3 89)
    EXPECT_EQ(utf8.find_first("\xc3\x89"), LiteralFinder::npos);
}

TEST(LiteralFinder, NeedleLongerThanHaystackIsNotFound) {
    const LiteralFinder finder("abc", CaseMode::Sensitive);
    EXPECT_EQ(finder.find_first("ab"), LiteralFinder::npos);
    EXPECT_EQ(finder.find_last(""), LiteralFinder::npos);
}

TEST(LiteralFinder, EmptyNeedleIsRejected) {
    EXPECT_THROW(LiteralFinder("", CaseMode::Sensitive), std::invalid_argument);
}

} // namespace
} // namespace trio::search
