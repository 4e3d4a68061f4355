// Tests for the looks text_row() gives a row besides its text: syntax colours and selection.
#include "editor/render/text_row.hpp"
#include "render_test_helpers.hpp"

#include <gtest/gtest.h>

namespace trio::render {
namespace {

using protocol::DisplayColumn;
using syntax::Colour;
using syntax::Span;
using testing::run_attrs;
using testing::run_text;

protocol::ViewLine line_of(const std::string& text, std::int64_t first_column = 0) {
    return {text, DisplayColumn(first_column)};
}

TEST(TextRowStyle, SyntaxSpansColourTheirBytesCells) {
    const std::vector<Span> spans{{0, 3, Colour::Type}, {8, 10, Colour::Number}};
    const CellRun row = text_row(line_of("int x = 42;"), DisplayColumn(0), 14, 8, spans);
    EXPECT_EQ(run_text(row), "int x = 42;   ");
    EXPECT_EQ(run_attrs(row), "tttNNNNNnnNNNN");
}

TEST(TextRowStyle, ColoursFollowWideCharactersTabsAndTheLeftEdge) {
    // "中" is bytes 1-3 (two cells), the tab byte 4 (to column 8), "s" byte 5.
    const std::vector<Span> spans{{0, 4, Colour::String}, {4, 6, Colour::Comment}};
    EXPECT_EQ(run_attrs(text_row(line_of("\"中\ts"), DisplayColumn(0), 10, 8, spans)),
              "qqqccccccN");
    // Scrolled by two columns: the quote and "中" are off screen.
    EXPECT_EQ(run_attrs(text_row(line_of("\"中\ts"), DisplayColumn(3), 6, 8, spans)), "cccccc");
}

TEST(TextRowStyle, NotationsStaySpecialInsideAColouredSpan) {
    const std::vector<Span> spans{{0, 3, Colour::String}};
    EXPECT_EQ(run_attrs(text_row(line_of("a\x01"
                                         "b"),
                                 DisplayColumn(0), 5, 8, spans)),
              "qSSqN");
}

TEST(TextRowStyle, SelectedColumnsAreSelectionWhateverTheirColour) {
    protocol::ViewLine line = line_of("int x;");
    line.selection_begin = DisplayColumn(2);
    line.selection_end = DisplayColumn(5);
    const std::vector<Span> spans{{0, 3, Colour::Type}};
    EXPECT_EQ(run_attrs(text_row(line, DisplayColumn(0), 8, 8, spans)), "ttsssNNN");
}

TEST(TextRowStyle, ASelectedLineBreakIsOneBlankCellPastTheText) {
    protocol::ViewLine line = line_of("ab");
    line.selection_begin = DisplayColumn(0);
    line.selection_end = DisplayColumn(3);
    const CellRun row = text_row(line, DisplayColumn(0), 5, 8);
    EXPECT_EQ(run_text(row), "ab   ");
    EXPECT_EQ(run_attrs(row), "sssNN");
}

TEST(TextRowStyle, SelectionIsClippedToTheVisibleColumns) {
    protocol::ViewLine line = line_of("abcdefghij");
    line.selection_begin = DisplayColumn(1);
    line.selection_end = DisplayColumn(30);
    EXPECT_EQ(run_attrs(text_row(line, DisplayColumn(4), 4, 8)), "ssss");
    line.selection_end = DisplayColumn(3); // entirely left of the screen
    EXPECT_EQ(run_attrs(text_row(line, DisplayColumn(4), 4, 8)), "NNNN");
}

TEST(TextRowStyle, ASelectedWideCharacterKeepsItsContinuationSelected) {
    protocol::ViewLine line = line_of("a中b");
    line.selection_begin = DisplayColumn(1);
    line.selection_end = DisplayColumn(3);
    const CellRun row = text_row(line, DisplayColumn(0), 5, 8);
    EXPECT_EQ(run_attrs(row), "NssNN");
    EXPECT_EQ(row[2].width, 0);
}

} // namespace
} // namespace trio::render
