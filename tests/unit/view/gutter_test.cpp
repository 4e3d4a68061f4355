// Unit tests for the gutter's width and the selection's columns (editor/view/gutter).
#include "editor/view/gutter.hpp"

#include <gtest/gtest.h>

namespace trio::view {
namespace {

using document::ByteOffset;
using document::ByteRange;
using document::Document;
using document::LineIndex;

std::string numbered_lines(int count) {
    std::string text;
    for (int i = 1; i <= count; ++i) {
        text += std::to_string(i) + "\n";
    }
    return text;
}

TEST(Gutter, IsTheDigitsOfTheLargestLineNumberOnScreenAtLeastThreePlusASpace) {
    const Document doc(numbered_lines(2000));
    EXPECT_EQ(gutter_width(doc, LineIndex(0), 20, LineNumbers::Off), 0);
    EXPECT_EQ(gutter_width(doc, LineIndex(0), 20, LineNumbers::On), 4);
    EXPECT_EQ(gutter_width(doc, LineIndex(979), 20, LineNumbers::On), 4);  // 980…999
    EXPECT_EQ(gutter_width(doc, LineIndex(980), 20, LineNumbers::On), 5);  // …1000
    EXPECT_EQ(gutter_width(doc, LineIndex(1995), 20, LineNumbers::On), 5); // short of rows
    const Document small("a\nb");
    EXPECT_EQ(gutter_width(small, LineIndex(0), 20, LineNumbers::On), 4);
}

SelectedColumns select(std::string_view line, std::size_t line_start, ByteRange selection,
                       std::size_t from = 0, std::int64_t from_column = 0) {
    return selected_columns({line, from, line.size(), from_column, true}, selection,
                            ByteOffset(line_start), line.size(), 8);
}

TEST(Gutter, SelectedColumnsAreDisplayColumnsOfTheLine) {
    const auto inside = select("hello", 0, {ByteOffset(1), ByteOffset(3)});
    EXPECT_EQ(inside.begin, 1);
    EXPECT_EQ(inside.end, 3);
    const auto tab = select("\tx中y", 10, {ByteOffset(11), ByteOffset(15)}); // x and 中
    EXPECT_EQ(tab.begin, 8);
    EXPECT_EQ(tab.end, 11);
    const auto none = select("hello", 0, {ByteOffset(6), ByteOffset(9)}); // the next line
    EXPECT_EQ(none.begin, none.end);
}

TEST(Gutter, ASelectionPastTheLineEndTakesOneMoreColumnForTheLineBreak) {
    // "ab\ncd": from 'b' into the next line.
    const auto first = select("ab", 0, {ByteOffset(1), ByteOffset(4)});
    EXPECT_EQ(first.begin, 1);
    EXPECT_EQ(first.end, 3);
    const auto second = select("cd", 3, {ByteOffset(1), ByteOffset(4)});
    EXPECT_EQ(second.begin, 0);
    EXPECT_EQ(second.end, 1);
    const auto only_break = select("ab", 0, {ByteOffset(2), ByteOffset(3)});
    EXPECT_EQ(only_break.begin, 2);
    EXPECT_EQ(only_break.end, 3);
    // A row that does not end the line shows no line break.
    const auto row = selected_columns({"abcdef", 2, 4, 2, false},
                                      ByteRange{ByteOffset(0), ByteOffset(9)}, ByteOffset(0), 6, 8);
    EXPECT_EQ(row.begin, 2);
    EXPECT_EQ(row.end, 4);
}

} // namespace
} // namespace trio::view
