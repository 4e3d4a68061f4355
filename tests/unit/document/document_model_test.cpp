// Randomized model test: Document against a std::string and a naively recomputed line
// index (with the CR LF rule), after every one of thousands of random edits, with a replica
// replaying the ops.
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

// The reference for line_end: the '\r' of a "\r\n", else the '\n', else the end.
std::uint64_t naive_line_end(const std::string& s, const std::vector<std::uint64_t>& starts,
                             std::size_t line) {
    if (line + 1 == starts.size()) {
        return s.size();
    }
    const std::uint64_t newline = starts[line + 1] - 1;
    return newline > 0 && s[newline - 1] == '\r' ? newline - 1 : newline;
}

LineBreak naive_first_line_break(const std::string& s) {
    const std::size_t newline = s.find('\n');
    return newline != std::string::npos && newline > 0 && s[newline - 1] == '\r' ? LineBreak::CrLf
                                                                                 : LineBreak::Lf;
}

enum class Lines { All, Sample };

void expect_matches_model(const Document& doc, const std::string& model, std::mt19937& rng,
                          Lines which) {
    ASSERT_EQ(doc.size().value, model.size());
    ASSERT_EQ(doc.text(), model);
    std::string chunks;
    doc.for_each_chunk({ByteOffset(0), ByteOffset(model.size())},
                       [&chunks](std::string_view chunk) { chunks += chunk; });
    ASSERT_EQ(chunks, model);
    ASSERT_EQ(doc.first_line_break(), naive_first_line_break(model));
    const std::vector<std::uint64_t> starts = naive_line_starts(model);
    ASSERT_EQ(doc.line_count().value, starts.size());
    // Every line now and then; a random sample after every other step (all lines each time
    // would make the test slow without finding more).
    std::vector<std::uint64_t> lines;
    if (which == Lines::All) {
        for (std::uint64_t k = 0; k < starts.size(); ++k) {
            lines.push_back(k);
        }
    } else {
        std::uniform_int_distribution<std::uint64_t> pick(0, starts.size() - 1);
        for (int i = 0; i < 16; ++i) {
            lines.push_back(pick(rng));
        }
        lines.push_back(starts.size() - 1);
    }
    ASSERT_TRUE(doc.line_exists(LineIndex(starts.size() - 1)));
    ASSERT_FALSE(doc.line_exists(LineIndex(starts.size())));
    for (const std::uint64_t k : lines) {
        ASSERT_EQ(doc.line_start(LineIndex(k)).value, starts[k]) << "line " << k;
        ASSERT_EQ(doc.line_end(LineIndex(k)).value, naive_line_end(model, starts, k))
            << "line " << k;
    }
    std::uniform_int_distribution<std::uint64_t> offset(0, model.size());
    for (int probe = 0; probe < 8; ++probe) {
        const std::uint64_t o = offset(rng);
        const auto expected = static_cast<std::uint64_t>(
            std::upper_bound(starts.begin(), starts.end(), o) - starts.begin() - 1);
        ASSERT_EQ(doc.line_of(ByteOffset(o)).value, expected) << "offset " << o;
        if (o < model.size()) {
            ASSERT_EQ(doc.byte_at(ByteOffset(o)), model[o]) << "offset " << o;
        }
    }
}

// '\r' and '\n' are frequent and come alone, so "\r" "\n" pairs form across pieces.
constexpr std::string_view alphabet[] = {"a", "b", "\n", "\n", "\r", "\r", "\r\n", "\u4e2d", " "};

std::string random_text(std::mt19937& rng) {
    std::uniform_int_distribution<int> length(0, 12);
    std::uniform_int_distribution<std::size_t> pick(0, std::size(alphabet) - 1);
    std::string s;
    for (int n = length(rng); n > 0; --n) {
        s += alphabet[pick(rng)];
    }
    return s;
}

// Edits are mostly near the previous one, as typing is, and sometimes anywhere.
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

// One random edit applied to both; returns the op.
EditOp random_edit(std::mt19937& rng, Document& doc, std::string& model, std::uint64_t& cursor,
                   std::uint64_t hover_size) {
    const int insert_odds = model.size() < hover_size ? 2 : 1;
    const bool do_insert =
        model.size() < 64 || std::uniform_int_distribution<int>(0, 2)(rng) < insert_odds;
    if (do_insert) {
        cursor = random_position(rng, cursor, model.size());
        const std::string text = random_text(rng);
        EditOp op = doc.insert(ByteOffset(cursor), text);
        model.insert(cursor, text);
        cursor += text.size();
        return op;
    }
    const std::uint64_t begin = random_position(rng, cursor, model.size());
    const std::uint64_t length = std::uniform_int_distribution<std::uint64_t>(0, 20)(rng);
    const std::uint64_t end = std::min<std::uint64_t>(begin + length, model.size());
    EditOp op = doc.erase({ByteOffset(begin), ByteOffset(end)});
    EXPECT_EQ(op.text, model.substr(begin, end - begin));
    model.erase(begin, end - begin);
    cursor = begin;
    return op;
}

void run_model(std::uint32_t seed, int steps, const std::string& initial) {
    std::mt19937 rng(seed);
    Document doc(initial);
    Document replica(initial);
    std::string model = initial;
    std::uint64_t cursor = 0;
    for (int step = 0; step < steps; ++step) {
        SCOPED_TRACE("seed " + std::to_string(seed) + " step " + std::to_string(step));
        const EditOp op = random_edit(rng, doc, model, cursor, initial.size() + 3000);
        ASSERT_EQ(op.seq.value, static_cast<std::uint64_t>(step) + 1);
        replica.apply(op);
        expect_matches_model(doc, model, rng, step % 64 == 0 ? Lines::All : Lines::Sample);
        if (step % 64 == 0) {
            ASSERT_EQ(replica.text(), model);
        }
    }
    expect_matches_model(replica, model, rng, Lines::All);
}

std::string loaded_file(int lines) {
    std::string initial;
    for (int i = 0; i < lines; ++i) {
        initial += "line " + std::to_string(i) + (i % 7 == 0 ? "\r\n" : "\n");
    }
    return initial;
}

TEST(DocumentModel, RandomEditsFromEmptyMatchAStringAndNaiveLineIndex) {
    for (const std::uint32_t seed : {1u, 2u, 3u}) {
        run_model(seed, 2500, "");
    }
}

TEST(DocumentModel, RandomEditsOnALoadedFileMatchAStringAndNaiveLineIndex) {
    for (const std::uint32_t seed : {10u, 11u}) {
        run_model(seed, 2500, loaded_file(200));
    }
}

// Several index blocks of original, queried sparsely: pieces stay uncounted and the index
// partial between queries, which the full check above never lets happen.
TEST(DocumentModel, SparseQueriesOnALazilyIndexedOriginalMatchTheModel) {
    for (const std::uint32_t seed : {20u, 21u, 22u}) {
        SCOPED_TRACE("seed " + std::to_string(seed));
        std::mt19937 rng(seed);
        const std::string initial = loaded_file(6000); // about 50 KiB: a dozen blocks
        Document doc(initial);
        std::string model = initial;
        std::uint64_t cursor = std::uniform_int_distribution<std::uint64_t>(0, 4000)(rng);
        for (int step = 0; step < 1500; ++step) {
            (void)random_edit(rng, doc, model, cursor, initial.size());
            const std::vector<std::uint64_t> starts = naive_line_starts(model);
            // Mostly lines near the top, where an editor looks first.
            const std::uint64_t last_line = starts.size() - 1;
            const std::uint64_t k =
                std::uniform_int_distribution<int>(0, 3)(rng) == 0
                    ? std::uniform_int_distribution<std::uint64_t>(0, last_line)(rng)
                    : std::min<std::uint64_t>(
                          last_line, std::uniform_int_distribution<std::uint64_t>(0, 40)(rng));
            ASSERT_EQ(doc.line_start(LineIndex(k)).value, starts[k]) << "line " << k;
            ASSERT_EQ(doc.line_end(LineIndex(k)).value, naive_line_end(model, starts, k));
            const std::uint64_t o = std::min<std::uint64_t>(
                model.size(), std::uniform_int_distribution<std::uint64_t>(0, 2000)(rng));
            const auto expected = static_cast<std::uint64_t>(
                std::upper_bound(starts.begin(), starts.end(), o) - starts.begin() - 1);
            ASSERT_EQ(doc.line_of(ByteOffset(o)).value, expected) << "offset " << o;
            if (step % 100 == 99) {
                Document copy = doc; // a copy mid-way keeps the laziness and the answers
                ASSERT_EQ(copy.line_count().value, starts.size());
                ASSERT_EQ(copy.text(), model);
            }
        }
        ASSERT_EQ(doc.line_count().value, naive_line_starts(model).size());
        ASSERT_EQ(doc.text(), model);
    }
}

} // namespace
} // namespace trio::document
