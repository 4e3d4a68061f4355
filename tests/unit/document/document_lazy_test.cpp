// Unit tests for the lazy line index of a Document: big originals opened without indexing,
// answers that do not depend on how far the index got, and the odd shapes of real files.
#include "editor/document/document.hpp"

#include <algorithm>
#include <gtest/gtest.h>
#include <memory>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

namespace trio::document {
namespace {

constexpr std::uint64_t block = 4096; // NewlineBlockIndex::block_bytes, spelled out on purpose

std::string eighty_column_lines(std::uint64_t bytes) {
    std::string s;
    s.reserve(bytes);
    for (std::uint64_t line = 0; s.size() < bytes; ++line) {
        std::string text = std::to_string(line);
        text.resize(79, '.');
        s += text + '\n';
    }
    s.resize(bytes);
    return s;
}

std::vector<std::uint64_t> naive_line_starts(const std::string& s) {
    std::vector<std::uint64_t> starts{0};
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\n') {
            starts.push_back(i + 1);
        }
    }
    return starts;
}

// Every line's start and end, and line_of at both, against the naive index.
void expect_all_lines_match(const Document& doc, const std::string& s) {
    const std::vector<std::uint64_t> starts = naive_line_starts(s);
    ASSERT_EQ(doc.line_count().value, starts.size());
    for (std::size_t k = 0; k < starts.size(); ++k) {
        const std::uint64_t newline = k + 1 < starts.size() ? starts[k + 1] - 1 : s.size();
        const std::uint64_t end =
            k + 1 < starts.size() && newline > 0 && s[newline - 1] == '\r' ? newline - 1 : newline;
        ASSERT_EQ(doc.line_start(LineIndex(k)).value, starts[k]) << "line " << k;
        ASSERT_EQ(doc.line_end(LineIndex(k)).value, end) << "line " << k;
        ASSERT_EQ(doc.line_of(ByteOffset(starts[k])).value, k) << "line " << k;
        ASSERT_EQ(doc.line_of(ByteOffset(newline)).value, k) << "line " << k;
    }
}

TEST(DocumentLazyIndex, OpeningIndexesNothingAndTheFirstLinesTouchOnlyTheFirstBlocks) {
    const std::string bytes = eighty_column_lines(8 << 20);
    const Document doc(bytes);
    EXPECT_FALSE(doc.lines_indexed());
    EXPECT_EQ(doc.unindexed_bytes(), bytes.size());
    for (std::uint64_t k = 0; k <= 10; ++k) {
        EXPECT_EQ(doc.line_start(LineIndex(k)).value, 80 * k);
        EXPECT_EQ(doc.line_end(LineIndex(k)).value, 80 * k + 79);
    }
    EXPECT_TRUE(doc.line_exists(LineIndex(50)));
    EXPECT_GE(doc.unindexed_bytes(), bytes.size() - 2 * block);
    EXPECT_EQ(doc.line_count().value, bytes.size() / 80 + 1);
    EXPECT_TRUE(doc.line_exists(LineIndex(bytes.size() / 80)));
    EXPECT_FALSE(doc.line_exists(LineIndex(bytes.size() / 80 + 1)));
    EXPECT_TRUE(doc.lines_indexed());
    EXPECT_EQ(doc.unindexed_bytes(), 0U);
}

TEST(DocumentLazyIndex, LineOfIndexesOnlyUpToItsOffset) {
    const std::string bytes = eighty_column_lines(8 << 20);
    const Document doc(bytes);
    EXPECT_EQ(doc.line_of(ByteOffset(1 << 20)).value, (1 << 20) / 80);
    EXPECT_GE(doc.unindexed_bytes(), bytes.size() - (1 << 20) - block);
}

TEST(DocumentLazyIndex, IndexingInSlicesGivesTheSameAnswersAsAFullyIndexedDocument) {
    std::mt19937 rng(7);
    std::string bytes = eighty_column_lines(300 * 1000);
    for (int i = 0; i < 2000; ++i) { // some CR LF, some longer and shorter lines
        const std::uint64_t at =
            std::uniform_int_distribution<std::uint64_t>(0, bytes.size() - 1)(rng);
        bytes[at] = "\r\n"[i % 2];
    }
    const Document full(bytes);
    ASSERT_TRUE(full.line_count().value > 1);
    Document sliced(bytes);
    std::uint64_t left = sliced.unindexed_bytes();
    std::uniform_int_distribution<std::uint64_t> line(0, full.line_count().value - 1);
    while (left > 0) {
        const std::uint64_t next = sliced.index_lines(10000);
        ASSERT_LT(next, left);
        ASSERT_EQ(next, sliced.unindexed_bytes());
        left = next;
        const LineIndex k(line(rng));
        ASSERT_EQ(sliced.line_start(k), full.line_start(k));
        ASSERT_EQ(sliced.line_end(k), full.line_end(k));
    }
    EXPECT_TRUE(sliced.lines_indexed());
    expect_all_lines_match(sliced, bytes);
    expect_all_lines_match(full, bytes);
}

TEST(DocumentLazyIndex, NewlinesExactlyAtBlockEdgesAreCountedOnce) {
    std::string bytes(4 * block + 100, 'x');
    for (const std::uint64_t at : {block - 1, block, 2 * block - 1, 3 * block, 4 * block - 1}) {
        bytes[at] = '\n';
    }
    bytes[3 * block - 1] = '\r'; // a CR LF pair split across a block edge
    expect_all_lines_match(Document(bytes), bytes);
    // Asked from the far end first, so the early blocks are indexed by a late query.
    const Document backwards(bytes);
    EXPECT_EQ(backwards.line_start(LineIndex(5)).value, 4 * block);
    EXPECT_EQ(backwards.line_end(LineIndex(3)).value, 3 * block - 1);
    EXPECT_EQ(backwards.line_of(ByteOffset(block)).value, 1U);
    expect_all_lines_match(backwards, bytes);
}

TEST(DocumentLazyIndex, RandomShapesMatchTheNaiveIndexInAnyQueryOrder) {
    std::mt19937 rng(99);
    for (int round = 0; round < 20; ++round) {
        const auto size = std::uniform_int_distribution<std::uint64_t>(0, 6 * block)(rng);
        const int density = std::uniform_int_distribution<int>(1, 200)(rng);
        std::string bytes(size, 'a');
        for (char& c : bytes) {
            const int roll = std::uniform_int_distribution<int>(0, density)(rng);
            c = roll == 0 ? '\n' : roll == 1 ? '\r' : roll == 2 ? '\0' : 'a';
        }
        SCOPED_TRACE("round " + std::to_string(round));
        const Document doc(bytes);
        const std::vector<std::uint64_t> starts = naive_line_starts(bytes);
        const std::uint64_t k =
            std::uniform_int_distribution<std::uint64_t>(0, starts.size() - 1)(rng);
        ASSERT_EQ(doc.line_start(LineIndex(k)).value, starts[k]); // one random line first
        expect_all_lines_match(doc, bytes);
    }
}

TEST(DocumentLazyIndex, EmptyDocumentsHaveOneLineHoweverMade) {
    for (const Document& doc :
         {Document(), Document(std::string()), Document(OriginalBytes::from_string("")),
          Document(std::shared_ptr<const OriginalBytes>())}) {
        EXPECT_EQ(doc.size().value, 0U);
        EXPECT_EQ(doc.line_count().value, 1U);
        EXPECT_EQ(doc.line_end(LineIndex(0)).value, 0U);
        EXPECT_TRUE(doc.lines_indexed());
        EXPECT_EQ(doc.unindexed_bytes(), 0U);
        EXPECT_THROW((void)doc.line_start(LineIndex(1)), std::out_of_range);
    }
}

TEST(DocumentLazyIndex, NulBytesAndNoFinalNewlineAreOrdinaryContent) {
    std::string bytes("a\0b\n\0\0\nlast\0", 12);
    const Document doc(bytes);
    EXPECT_EQ(doc.line_count().value, 3U);
    EXPECT_EQ(doc.line_start(LineIndex(2)).value, 7U);
    EXPECT_EQ(doc.line_end(LineIndex(2)).value, 12U);
    EXPECT_EQ(doc.text(), bytes);
    EXPECT_EQ(doc.byte_at(ByteOffset(11)), '\0');
}

TEST(DocumentLazyIndex, AbsurdLineNumbersAreOutOfRangeInUncountedPieces) {
    const Document fresh("a\n" + std::string(3 * block, 'b') + "\nc");
    for (const std::uint64_t k : {~std::uint64_t{0}, ~std::uint64_t{0} - 1, std::uint64_t{2}}) {
        // An uncounted piece whose original has a '\n' before it that the document lost; a
        // fresh copy each time, as the first failed look-up counts every piece.
        Document doc = fresh;
        (void)doc.erase({ByteOffset(0), ByteOffset(3)});
        (void)doc.insert(ByteOffset(0), "xy");
        EXPECT_THROW((void)doc.line_end(LineIndex(k)), std::out_of_range) << k;
        doc = fresh;
        (void)doc.erase({ByteOffset(0), ByteOffset(3)});
        EXPECT_FALSE(doc.line_exists(LineIndex(k))) << k;
        EXPECT_THROW((void)doc.line_start(LineIndex(k)), std::out_of_range) << k;
        EXPECT_EQ(doc.line_start(LineIndex(1)).value, 3 * block);
        EXPECT_EQ(doc.line_end(LineIndex(0)).value, 3 * block - 1);
    }
}

TEST(DocumentLazyIndex, ADocumentThatIsOneHugeLineHasOneLine) {
    std::string bytes(8 << 20, 'y');
    const Document doc(bytes);
    EXPECT_EQ(doc.line_end(LineIndex(0)).value, bytes.size());
    EXPECT_THROW((void)doc.line_start(LineIndex(1)), std::out_of_range);
    EXPECT_THROW((void)doc.line_end(LineIndex(~std::uint64_t{0})), std::out_of_range);
    EXPECT_FALSE(doc.line_exists(LineIndex(~std::uint64_t{0})));
    EXPECT_EQ(doc.line_of(ByteOffset(bytes.size())).value, 0U);
    EXPECT_EQ(doc.line_count().value, 1U);
    EXPECT_EQ(doc.first_line_break(), LineBreak::Lf);
    bytes += "\r\n";
    const Document crlf(bytes);
    EXPECT_EQ(crlf.line_end(LineIndex(0)).value, bytes.size() - 2);
    EXPECT_EQ(crlf.first_line_break(), LineBreak::CrLf);
    EXPECT_EQ(crlf.line_start(LineIndex(1)).value, bytes.size());
}

TEST(DocumentLazyIndex, EditsOnAnUnindexedDocumentIndexOnlyAroundThemselves) {
    std::string bytes = eighty_column_lines(8 << 20);
    Document doc(bytes);
    const std::uint64_t middle = 4 << 20;
    (void)doc.insert(ByteOffset(middle), "new\r\nline\n");
    bytes.insert(middle, "new\r\nline\n");
    (void)doc.erase({ByteOffset(100), ByteOffset(250)});
    bytes.erase(100, 150);
    EXPECT_GE(doc.unindexed_bytes(), (8 << 20) - 2 * block);
    EXPECT_EQ(doc.line_start(LineIndex(3)).value, naive_line_starts(bytes)[3]);
    EXPECT_GE(doc.unindexed_bytes(), (8 << 20) - 2 * block);
    EXPECT_EQ(doc.text(), bytes);
    expect_all_lines_match(doc, bytes);
}

TEST(DocumentLazyIndex, ACopyHasItsOwnIndex) {
    const std::string bytes = eighty_column_lines(1 << 20);
    const Document original(bytes);
    Document copy = original;
    EXPECT_EQ(copy.index_lines(bytes.size()), 0U);
    EXPECT_TRUE(copy.lines_indexed());
    EXPECT_FALSE(original.lines_indexed());
    EXPECT_EQ(original.line_count(), copy.line_count());
}

} // namespace
} // namespace trio::document

namespace trio::document {
namespace {

// What a truncated mapping does to the original: its lost bytes turn into NULs under the
// document. After forget_original_lines(), look-ups agree with the bytes as they are now.
TEST(DocumentOriginalChanged, ForgettingLineCountsRecountsTheChangedBytes) {
    auto storage = std::make_shared<std::string>();
    for (int i = 0; i < 20'000; ++i) {
        *storage += "line\n";
    }
    Document doc(OriginalBytes::from_view(*storage, storage));
    (void)doc.insert(ByteOffset(0), "new\n");
    ASSERT_EQ(doc.line_count().value, 20'002U);
    std::fill(storage->begin() + 50'000, storage->end(), '\0'); // the "truncated" half
    doc.forget_original_lines();
    EXPECT_EQ(doc.line_count().value, 1U + 10'000U + 1U);
    EXPECT_EQ(doc.line_start(LineIndex(10'001)).value, 4U + 50'000U);
    EXPECT_FALSE(doc.line_exists(LineIndex(10'002)));
}

} // namespace
} // namespace trio::document
