// Randomized model test: Document against a std::string and a naively recomputed line
// index, after every one of thousands of random edits, with a replica replaying the ops.
#include "editor/document/document.hpp"

#include <algorithm>
#include <gtest/gtest.h>
#include <random>
#include <string>
#include <vector>

namespace trio::document {
namespace {

std::vector<std::uint64_t> naive_line_starts(const std::string& s) {
    std::vector<std::uint64_t> starts{0};
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\n') {
            starts.push_back(i + 1);
        }
    }
    return starts;
}

void expect_matches_model(const Document& doc, const std::string& model, std::mt19937& rng) {
    ASSERT_EQ(doc.size().value, model.size());
    ASSERT_EQ(doc.text(), model);
    const std::vector<std::uint64_t> starts = naive_line_starts(model);
    ASSERT_EQ(doc.line_count().value, starts.size());
    std::vector<std::uint64_t> expected_ends;
    std::vector<std::uint64_t> doc_starts;
    std::vector<std::uint64_t> doc_ends;
    expected_ends.reserve(starts.size());
    doc_starts.reserve(starts.size());
    doc_ends.reserve(starts.size());
    for (std::size_t i = 0; i < starts.size(); ++i) {
        expected_ends.push_back(i + 1 < starts.size() ? starts[i + 1] - 1 : model.size());
        doc_starts.push_back(doc.line_start(LineIndex(i)).value);
        doc_ends.push_back(doc.line_end(LineIndex(i)).value);
    }
    ASSERT_EQ(doc_starts, starts);
    ASSERT_EQ(doc_ends, expected_ends);
    // line_of at every boundary of a few random lines, and at random offsets.
    std::uniform_int_distribution<std::uint64_t> offset(0, model.size());
    for (int probe = 0; probe < 8; ++probe) {
        const std::uint64_t o = offset(rng);
        const auto expected = static_cast<std::uint64_t>(
            std::upper_bound(starts.begin(), starts.end(), o) - starts.begin() - 1);
        ASSERT_EQ(doc.line_of(ByteOffset(o)).value, expected) << "offset " << o;
    }
    if (!model.empty()) {
        const std::uint64_t o = offset(rng) % model.size();
        ASSERT_EQ(doc.byte_at(ByteOffset(o)), model[o]);
    }
}

constexpr std::string_view alphabet[] = {"a", "b", "\n", "\n", "\r\n", "\u4e2d", " "};

std::string random_text(std::mt19937& rng) {
    std::uniform_int_distribution<int> length(0, 12);
    std::uniform_int_distribution<std::size_t> pick(0, std::size(alphabet) - 1);
    std::string s;
    for (int n = length(rng); n > 0; --n) {
        s += alphabet[pick(rng)];
    }
    return s;
}

// Edits are mostly near the previous one, as typing is, and sometimes anywhere, so that
// both short and long gap moves are exercised.
std::uint64_t random_position(std::mt19937& rng, std::uint64_t previous, std::uint64_t size) {
    std::uniform_int_distribution<int> kind(0, 3);
    if (kind(rng) == 0) {
        return std::uniform_int_distribution<std::uint64_t>(0, size)(rng);
    }
    const std::int64_t step = std::uniform_int_distribution<std::int64_t>(-3, 3)(rng);
    const auto wanted = static_cast<std::int64_t>(previous) + step;
    return static_cast<std::uint64_t>(
        std::clamp<std::int64_t>(wanted, 0, static_cast<std::int64_t>(size)));
}

void run_model(std::uint32_t seed, int steps, std::string initial) {
    std::mt19937 rng(seed);
    Document doc(initial);
    Document replica(initial);
    std::string model = initial;
    std::uint64_t cursor = 0;
    for (int step = 0; step < steps; ++step) {
        SCOPED_TRACE("seed " + std::to_string(seed) + " step " + std::to_string(step));
        // Grow to a few kilobytes, then hover there.
        const int insert_odds = model.size() < 3000 ? 2 : 1;
        const bool do_insert =
            model.size() < 64 || std::uniform_int_distribution<int>(0, 2)(rng) < insert_odds;
        EditOp op;
        if (do_insert) {
            cursor = random_position(rng, cursor, model.size());
            const std::string text = random_text(rng);
            op = doc.insert(ByteOffset(cursor), text);
            model.insert(cursor, text);
            cursor += text.size();
        } else {
            const std::uint64_t begin = random_position(rng, cursor, model.size());
            const std::uint64_t length = std::uniform_int_distribution<std::uint64_t>(0, 20)(rng);
            const std::uint64_t end = std::min<std::uint64_t>(begin + length, model.size());
            op = doc.erase({ByteOffset(begin), ByteOffset(end)});
            ASSERT_EQ(op.text, model.substr(begin, end - begin));
            model.erase(begin, end - begin);
            cursor = begin;
        }
        ASSERT_EQ(op.seq.value, static_cast<std::uint64_t>(step) + 1);
        replica.apply(op);
        expect_matches_model(doc, model, rng);
        if (step % 64 == 0) {
            ASSERT_EQ(replica.text(), model);
        }
    }
    expect_matches_model(replica, model, rng);
}

TEST(DocumentModel, RandomEditsFromEmptyMatchAStringAndNaiveLineIndex) {
    for (const std::uint32_t seed : {1u, 2u, 3u}) {
        run_model(seed, 2500, "");
    }
}

TEST(DocumentModel, RandomEditsOnALoadedFileMatchAStringAndNaiveLineIndex) {
    std::string initial;
    for (int i = 0; i < 200; ++i) {
        initial += "line " + std::to_string(i) + (i % 7 == 0 ? "\r\n" : "\n");
    }
    for (const std::uint32_t seed : {10u, 11u}) {
        run_model(seed, 2500, initial);
    }
}

} // namespace
} // namespace trio::document
