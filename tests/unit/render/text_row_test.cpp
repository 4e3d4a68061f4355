// Tests for text_row(): one ViewLine laid out into the visible columns.
#include "editor/render/text_row.hpp"
#include "render_test_helpers.hpp"

#include <gtest/gtest.h>

namespace trio::render {
namespace {

using protocol::DisplayColumn;
using testing::holds_raw_control;
using testing::run_attrs;
using testing::run_text;
using testing::wide_cells_are_whole;

CellRun row_of(const std::string& text, std::int64_t first_column, std::int64_t left_column,
               std::uint16_t columns, int tab_width = 8) {
    return text_row({text, DisplayColumn(first_column)}, DisplayColumn(left_column), columns,
                    tab_width);
}

TEST(TextRow, AsciiFillsColumnsFromTheLeftAndPadsWithBlanks) {
    const CellRun row = row_of("hello", 0, 0, 8);
    ASSERT_EQ(row.size(), 8u);
    EXPECT_EQ(run_text(row), "hello   ");
    EXPECT_EQ(run_attrs(row), "NNNNNNNN");
}

TEST(TextRow, TextPastTheRightEdgeIsCut) {
    EXPECT_EQ(run_text(row_of("abcdefghij", 0, 0, 4)), "abcd");
}

TEST(TextRow, ChineseTakesTwoCellsWithContinuation) {
    const CellRun row = row_of("a中文b", 0, 0, 8);
    EXPECT_EQ(row[0], (Cell{"a", 1, Attr::Normal}));
    EXPECT_EQ(row[1], (Cell{"中", 2, Attr::Normal}));
    EXPECT_EQ(row[2], (Cell{"", 0, Attr::Normal}));
    EXPECT_EQ(row[3], (Cell{"文", 2, Attr::Normal}));
    EXPECT_EQ(row[4], (Cell{"", 0, Attr::Normal}));
    EXPECT_EQ(row[5], (Cell{"b", 1, Attr::Normal}));
    EXPECT_TRUE(wide_cells_are_whole(row));
}

TEST(TextRow, WideCharacterCutByTheLeftEdgeIsBlank) {
    // left_column 1 falls inside 中 (columns 0-1): its right half cannot be drawn alone.
    const CellRun row = row_of("中文", 0, 1, 6);
    EXPECT_EQ(row[0], (Cell{" ", 1, Attr::Normal}));
    EXPECT_EQ(row[1], (Cell{"文", 2, Attr::Normal}));
    EXPECT_EQ(row[2], (Cell{"", 0, Attr::Normal}));
    EXPECT_EQ(run_text(row), " 文   ");
    EXPECT_TRUE(wide_cells_are_whole(row));
}

TEST(TextRow, WideCharacterCutByTheRightEdgeIsBlank) {
    const CellRun row = row_of("ab中", 0, 0, 3);
    EXPECT_EQ(run_text(row), "ab ");
    EXPECT_EQ(row[2], (Cell{" ", 1, Attr::Normal}));
    EXPECT_TRUE(wide_cells_are_whole(row));
}

TEST(TextRow, ScrolledLineStartsAtTheLeftColumn) {
    // The view clipped "0123456789" at column 4; text starts at first_column 4.
    EXPECT_EQ(run_text(row_of("456789", 4, 4, 3)), "456");
}

TEST(TextRow, TabsReachTheNextStopOfEightFromANonZeroFirstColumn) {
    // The tab starts at column 3, so it fills columns 3-7 and "x" lands on column 8.
    const CellRun row = row_of("\tx", 3, 3, 8);
    EXPECT_EQ(run_text(row), "     x  ");
    EXPECT_EQ(run_attrs(row), "NNNNNNNN");
}

TEST(TextRow, TabsReachTheNextStopOfFour) {
    // From column 6 the next stop of 4 is 8 (two cells); from 9 it is 12 (three).
    EXPECT_EQ(run_text(row_of("\tx\ty", 6, 6, 8, 4)), "  x   y ");
}

TEST(TextRow, TabCutByTheLeftEdgeShowsItsVisibleCells) {
    EXPECT_EQ(run_text(row_of("\tx", 0, 3, 8)), "     x  ");
}

TEST(TextRow, ControlCharactersShowAsCaretNotationInSpecial) {
    const CellRun row = row_of("a\x01"
                               "b\x7f",
                               0, 0, 8);
    EXPECT_EQ(run_text(row), "a^Ab^?  ");
    EXPECT_EQ(run_attrs(row), "NSSNSSNN");
}

TEST(TextRow, InvalidBytesShowAsHexInSpecial) {
    const CellRun row = row_of("\x80z", 0, 0, 6);
    EXPECT_EQ(run_text(row), "\\x80z ");
    EXPECT_EQ(run_attrs(row), "SSSSNN");
}

TEST(TextRow, C1ControlsShowAsHexInAngleBrackets) {
    EXPECT_EQ(run_text(row_of("\xc2\x9b", 0, 0, 4)), "<9b>");
}

TEST(TextRow, NotationCutByTheLeftEdgeShowsItsVisibleCells) {
    // "\x80" is 4 cells at columns 0-3; columns 2-3 are visible.
    EXPECT_EQ(run_text(row_of("\x80z", 0, 2, 4)), "80z ");
}

TEST(TextRow, CombiningMarksStayInTheCellOfTheirBase) {
    const CellRun row = row_of("e\xcc\x81x", 0, 0, 3); // e + U+0301 COMBINING ACUTE, x
    EXPECT_EQ(row[0], (Cell{"e\xcc\x81", 1, Attr::Normal}));
    EXPECT_EQ(row[1], (Cell{"x", 1, Attr::Normal}));
}

TEST(TextRow, LoneCombiningMarkIsDrawnOnADottedCircle) {
    const CellRun row = row_of("\xcc\x81", 0, 0, 2);
    EXPECT_EQ(row[0], (Cell{"\u25CC\xcc\x81", 1, Attr::Normal}));
}

TEST(TextRow, NoCellHoldsARawControlByteForAnySingleByteLine) {
    for (int byte = 0; byte < 256; ++byte) {
        const CellRun row = row_of(std::string(1, static_cast<char>(byte)), 0, 0, 8);
        for (const Cell& cell : row) {
            EXPECT_FALSE(holds_raw_control(cell.text)) << "byte " << byte;
        }
        if (byte < 0x20 || byte == 0x7f || byte >= 0x80) {
            EXPECT_EQ(row[0].attr, byte == '\t' ? Attr::Normal : Attr::Special) << "byte " << byte;
        }
    }
}

TEST(TextRow, NoCellHoldsAC1Control) {
    for (int c1 = 0x80; c1 < 0xA0; ++c1) {
        const std::string line{'\xc2', static_cast<char>(c1)};
        for (const Cell& cell : row_of(line, 0, 0, 8)) {
            EXPECT_FALSE(holds_raw_control(cell.text)) << "U+00" << std::hex << c1;
        }
    }
}

TEST(TextRow, EmptyLineIsBlank) {
    EXPECT_EQ(run_text(row_of("", 0, 0, 3)), "   ");
}

TEST(TextRow, ZeroColumnsGiveNoCells) {
    EXPECT_TRUE(row_of("abc", 0, 0, 0).empty());
}

} // namespace
} // namespace trio::render
