// Tests that FrameBuilder, which lays out only the rows that changed, always builds exactly the
// frame layout() builds from scratch, whatever sequence of views and sizes it is given.
#include "editor/render/frame_builder.hpp"
#include "render_test_helpers.hpp"

#include <gtest/gtest.h>

namespace trio::render {
namespace {

using testing::view_of;

constexpr protocol::TerminalSize screen{8, 24};
const LayoutOptions options{4};

// Builds `view` both ways and compares them.
void expect_same_as_layout(FrameBuilder& builder, const protocol::ViewMessage& view,
                           protocol::TerminalSize size) {
    const Frame& built = builder.build(view, size);
    const Frame fresh = layout(view, size, options);
    ASSERT_EQ(built.rows, fresh.rows);
    ASSERT_EQ(built.columns, fresh.columns);
    for (std::uint16_t r = 0; r < fresh.rows; ++r) {
        EXPECT_EQ(row_text(built, r), row_text(fresh, r)) << "row " << r;
    }
    EXPECT_TRUE(built == fresh);
}

TEST(FrameBuilder, CursorMovesTypingAndScrollingMatchAFreshLayout) {
    FrameBuilder builder(options);
    auto view = view_of({"alpha", "beta\tgamma", "中文 wide", "delta"});
    expect_same_as_layout(builder, view, screen);
    view.cursor_row = 2; // a cursor key: no text row changes
    view.cursor_column = 3;
    view.cursor_line = 3;
    expect_same_as_layout(builder, view, screen);
    view.lines[1].text = "bextta\tgamma"; // typing changes one row
    view.modified = true;
    expect_same_as_layout(builder, view, screen);
    view.lines.erase(view.lines.begin()); // scrolled: every row moves up, the last is blank
    expect_same_as_layout(builder, view, screen);
    view.left_column = protocol::DisplayColumn(3); // horizontal scroll redraws everything
    expect_same_as_layout(builder, view, screen);
    view.lines.push_back({"\x01 control", protocol::DisplayColumn(0)});
    view.message = "Saved";
    expect_same_as_layout(builder, view, screen);
}

TEST(FrameBuilder, AResizeOrATooSmallScreenStartsAfresh) {
    FrameBuilder builder(options);
    auto view = view_of({"one", "two", "three"});
    expect_same_as_layout(builder, view, screen);
    expect_same_as_layout(builder, view, {10, 30});
    expect_same_as_layout(builder, view, {3, 10}); // too small
    view.lines[0].text = "ONE";
    expect_same_as_layout(builder, view, {3, 10});
    expect_same_as_layout(builder, view, screen);
    view.lines.clear(); // an empty file
    expect_same_as_layout(builder, view, screen);
}

TEST(FrameBuilder, AViewWithMoreLinesThanRowsShowsOnlyWhatFits) {
    FrameBuilder builder(options);
    std::vector<std::string> many;
    for (int i = 0; i < 20; ++i) {
        many.push_back("line " + std::to_string(i));
    }
    auto view = view_of(many);
    expect_same_as_layout(builder, view, screen);
    view.lines[4].text = "changed below the text rows";
    expect_same_as_layout(builder, view, screen);
}

TEST(FrameBuilder, ACommentOpenedAboveRecoloursTheUnchangedRowsBelow) {
    FrameBuilder builder(options);
    auto view = view_of({"int a;", "int b;", "int c;", "int d;"});
    view.language = protocol::Language::C;
    expect_same_as_layout(builder, view, screen);
    view.lines[0].text = "int a; /*"; // rows 1-3 are unchanged but now inside a comment
    expect_same_as_layout(builder, view, screen);
    view.lines[2].text = "*/ int c;"; // and row 3 comes out of it again
    expect_same_as_layout(builder, view, screen);
    view.lines[0].text = "int a;";
    expect_same_as_layout(builder, view, screen);
}

TEST(FrameBuilder, GutterWrapSelectionAndColourChangesMatchAFreshLayout) {
    FrameBuilder builder(options);
    auto view = view_of({"def f():", "    return 1", "x = '''", "y"});
    view.language = protocol::Language::Python;
    for (std::size_t i = 0; i < view.lines.size(); ++i) {
        view.lines[i].number = i + 1;
    }
    expect_same_as_layout(builder, view, screen);
    view.gutter_width = 2; // Alt-N
    expect_same_as_layout(builder, view, screen);
    view.lines[1].selection_end = protocol::DisplayColumn(5);
    expect_same_as_layout(builder, view, screen);
    view.syntax_colours = false;
    expect_same_as_layout(builder, view, screen);
    view.syntax_colours = true;
    view.language = protocol::Language::Shell;
    expect_same_as_layout(builder, view, screen);
    view.soft_wrap = true; // Alt-W
    view.lines.insert(view.lines.begin() + 1, {"ontinued", protocol::DisplayColumn(8), 0});
    expect_same_as_layout(builder, view, screen);
}

} // namespace
} // namespace trio::render
