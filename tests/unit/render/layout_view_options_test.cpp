// Tests for what protocol 3's view fields do to the text rows: gutter, soft wrap, selection
// and syntax colours.
#include "editor/render/layout.hpp"
#include "render_test_helpers.hpp"

#include <gtest/gtest.h>

namespace trio::render {
namespace {

using protocol::DisplayColumn;
using testing::frame_row;
using testing::run_attrs;
using testing::view_of;

constexpr protocol::TerminalSize screen{7, 20};
const LayoutOptions options{4};

protocol::ViewMessage numbered(const std::vector<std::string>& lines) {
    protocol::ViewMessage view = view_of(lines);
    for (std::size_t i = 0; i < view.lines.size(); ++i) {
        view.lines[i].number = i + 1;
    }
    view.gutter_width = 3;
    return view;
}

TEST(LayoutViewOptions, GutterShowsLineNumbersBeforeTheText) {
    protocol::ViewMessage view = numbered({"alpha", "beta"});
    view.lines[1].number = 10;
    view.left_column = DisplayColumn(1);
    const Frame frame = layout(view, screen, options);
    EXPECT_EQ(row_text(frame, 0), " 1 lpha             ");
    EXPECT_EQ(row_text(frame, 1), "10 eta              ");
    EXPECT_EQ(row_text(frame, 2), std::string(20, ' ')); // past the end: no number
    EXPECT_EQ(run_attrs(frame_row(frame, 1)).substr(0, 4), "LLNN");
}

TEST(LayoutViewOptions, TextIsCutAtTheRightEdgeAfterTheGutter) {
    const Frame frame = layout(numbered({std::string(30, 'x')}), screen, options);
    EXPECT_EQ(row_text(frame, 0), " 1 " + std::string(17, 'x'));
}

TEST(LayoutViewOptions, LineNumbersArePlainWithColoursOff) {
    protocol::ViewMessage view = numbered({"a"});
    view.syntax_colours = false;
    EXPECT_EQ(run_attrs(frame_row(layout(view, screen, options), 0)).substr(0, 3), "NNN");
}

TEST(LayoutViewOptions, SoftWrappedRowsStartAtTheirOwnFirstColumn) {
    protocol::ViewMessage view = numbered({});
    view.soft_wrap = true;
    view.left_column = DisplayColumn(0);
    const std::string line = "abcdefghijklmnopqrstuvwxyz";
    view.lines.push_back({line.substr(0, 17), DisplayColumn(0), 1});
    view.lines.push_back({line.substr(17), DisplayColumn(17), 0});
    const Frame frame = layout(view, screen, options);
    EXPECT_EQ(row_text(frame, 0), " 1 abcdefghijklmnopq");
    EXPECT_EQ(row_text(frame, 1), "   rstuvwxyz        ");
}

TEST(LayoutViewOptions, CursorColumnAlreadyCountsTheGutter) {
    protocol::ViewMessage view = numbered({"abc"});
    view.cursor_column = 5;
    EXPECT_EQ(layout(view, screen, options).cursor_column, 5);
}

TEST(LayoutViewOptions, SelectionIsDrawnFromTheLinesColumns) {
    protocol::ViewMessage view = numbered({"abcdef"});
    view.lines[0].selection_begin = DisplayColumn(1);
    view.lines[0].selection_end = DisplayColumn(7); // the line break too
    EXPECT_EQ(run_attrs(frame_row(layout(view, screen, options), 0)).substr(0, 11), "NLNNssssssN");
}

TEST(LayoutViewOptions, SyntaxColoursCarryABlockCommentDownTheScreen) {
    protocol::ViewMessage view = view_of({"int a; /*", "b */ int c;", "int d;"});
    view.language = protocol::Language::C;
    const Frame frame = layout(view, screen, options);
    EXPECT_EQ(run_attrs(frame_row(frame, 0)).substr(0, 9), "tttNNNNcc");
    EXPECT_EQ(run_attrs(frame_row(frame, 1)).substr(0, 11), "ccccNtttNNN");
    EXPECT_EQ(run_attrs(frame_row(frame, 2)).substr(0, 6), "tttNNN");
}

TEST(LayoutViewOptions, NoColoursWhenSwitchedOffOrWithoutALanguage) {
    protocol::ViewMessage view = view_of({"int a;"});
    EXPECT_EQ(run_attrs(frame_row(layout(view, screen, options), 0)), std::string(20, 'N'));
    view.language = protocol::Language::C;
    view.syntax_colours = false;
    EXPECT_EQ(run_attrs(frame_row(layout(view, screen, options), 0)), std::string(20, 'N'));
}

TEST(LayoutViewOptions, ARowThatDoesNotStartItsLineIsNoHeading) {
    protocol::ViewMessage view = view_of({"# Title"});
    view.language = protocol::Language::Markdown;
    view.soft_wrap = true;
    view.lines.push_back({"# not a title", DisplayColumn(17), 0});
    const Frame frame = layout(view, screen, options);
    EXPECT_EQ(run_attrs(frame_row(frame, 0)).substr(0, 7), "hhhhhhh");
    EXPECT_EQ(run_attrs(frame_row(frame, 1)).substr(0, 7), "NNNNNNN");
}

} // namespace
} // namespace trio::render
