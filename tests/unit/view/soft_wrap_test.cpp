// Unit tests for soft wrap: rows of a line, the cursor's row, and the cost limits
// (editor/view/soft_wrap).
#include "editor/view/soft_wrap.hpp"

#include <gtest/gtest.h>

namespace trio::view {
namespace {

using document::ByteOffset;
using document::Document;
using document::LineIndex;

std::vector<std::string> row_texts(const WrappedLine& wrapped) {
    std::vector<std::string> out;
    for (const WrapRow& row : wrapped.rows) {
        out.push_back(wrapped.text.substr(row.begin, row.end - row.begin));
    }
    return out;
}

TEST(SoftWrap, RowsAreFilledGreedilyAndAWideCharacterThatDoesNotFitMovesDown) {
    const Document doc("abcdefghij\nabc中d\n\tx");
    const WrappedLine plain = wrap_line(doc, LineIndex(0), 4, 8, 0, 100);
    EXPECT_EQ(row_texts(plain), (std::vector<std::string>{"abcd", "efgh", "ij"}));
    EXPECT_TRUE(plain.complete);
    EXPECT_EQ(plain.rows[1].first_column, 4);
    const WrappedLine wide = wrap_line(doc, LineIndex(1), 4, 8, 0, 100);
    EXPECT_EQ(row_texts(wide), (std::vector<std::string>{"abc", "中d"}));
    EXPECT_EQ(wide.rows[1].first_column, 3);
    // A tab wider than a row gets a row of its own.
    const WrappedLine tab = wrap_line(doc, LineIndex(2), 4, 8, 0, 100);
    EXPECT_EQ(row_texts(tab), (std::vector<std::string>{"\t", "x"}));
    EXPECT_EQ(tab.rows[1].first_column, 8);
}

TEST(SoftWrap, ALineEndingWithAFullRowHasAnEmptyRowForTheCursor) {
    const Document doc("abcd\n");
    const WrappedLine wrapped = wrap_line(doc, LineIndex(0), 4, 8, 0, 100);
    EXPECT_EQ(row_texts(wrapped), (std::vector<std::string>{"abcd", ""}));
    const CursorPlace at_end = cursor_place(doc, ByteOffset(4), 4, 8);
    EXPECT_EQ(at_end.row, 1u);
    EXPECT_EQ(at_end.column, 4);
    EXPECT_EQ(at_end.row_first_column, 4);
    const CursorPlace inside = cursor_place(doc, ByteOffset(3), 4, 8);
    EXPECT_EQ(inside.row, 0u);
    EXPECT_EQ(inside.column, 3);
}

TEST(SoftWrap, TheCursorBeforeAGlyphThatMovesDownIsOnTheNextRow) {
    const Document doc("abc中d");
    const CursorPlace place = cursor_place(doc, ByteOffset(3), 4, 8);
    EXPECT_EQ(place.row, 1u);
    EXPECT_EQ(place.column, 3);
    EXPECT_EQ(place.row_first_column, 3);
}

TEST(SoftWrap, SkippedRowsAreNotStoredAndOnlyTheRowsAskedForAreRead) {
    const Document doc(std::string(5'000'000, 'x'));
    const WrappedLine middle = wrap_line(doc, LineIndex(0), 10, 8, 1000, 3);
    ASSERT_EQ(middle.rows.size(), 3u);
    EXPECT_EQ(middle.rows[0].begin, 10'000u);
    EXPECT_EQ(middle.rows[0].first_column, 10'000);
    EXPECT_FALSE(middle.complete);
    EXPECT_LT(middle.text.size(), 100'000u); // a prefix, not the 5 MB line
}

TEST(SoftWrap, EmptyLineIsOneEmptyRow) {
    const Document doc("\n");
    const WrappedLine wrapped = wrap_line(doc, LineIndex(0), 4, 8, 0, 5);
    EXPECT_EQ(row_texts(wrapped), (std::vector<std::string>{""}));
    EXPECT_TRUE(wrapped.complete);
}

} // namespace
} // namespace trio::view
