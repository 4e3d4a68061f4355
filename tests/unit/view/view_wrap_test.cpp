// Unit tests for what issue 7 added to the view: the gutter, selected columns and soft wrap
// (editor/view/view_builder with wrapped_view).
#include "editor/view/soft_wrap.hpp"
#include "editor/view/view_builder.hpp"

#include <gtest/gtest.h>

namespace trio::view {
namespace {

using document::ByteRange;
using document::Document;

ViewSource source_for(const Document& doc, std::uint64_t cursor) {
    return ViewSource{doc,   ByteOffset(cursor),        8,  "f.txt", false,
                      false, protocol::Design::Threads, "", false,   protocol::Prompt::None,
                      ""};
}

struct Row {
    std::string text;
    std::int64_t first_column;
    std::uint64_t number;
    bool operator==(const Row&) const = default;
};

std::vector<Row> rows_of(const protocol::ViewMessage& view) {
    std::vector<Row> out;
    for (const protocol::ViewLine& line : view.lines) {
        out.push_back({line.text, line.first_column.value, line.number});
    }
    return out;
}

TEST(ViewWrap, LineNumbersNarrowTheTextAndTheCursorColumnIncludesTheGutter) {
    const Document doc(std::string(30, 'x') + "\nshort");
    ViewSource source = source_for(doc, 3);
    source.line_numbers = true;
    Viewport viewport{};
    scroll_to_cursor(viewport, source, {6, 20});
    const auto view = build_view(source, viewport, {6, 20});
    EXPECT_EQ(view.gutter_width, 4);
    EXPECT_EQ(rows_of(view), (std::vector<Row>{{std::string(16, 'x'), 0, 1}, {"short", 0, 2}}));
    EXPECT_EQ(view.cursor_column, 7u);
    // Column 16 is the first beyond the narrowed text area: the view scrolls right.
    source.cursor = ByteOffset(16);
    scroll_to_cursor(viewport, source, {6, 20});
    EXPECT_EQ(viewport.left_column, DisplayColumn(1));
    EXPECT_EQ(build_view(source, viewport, {6, 20}).cursor_column, 19u);
}

TEST(ViewWrap, WithoutLineNumbersThereIsNoGutterButRowsStillCarryTheirNumber) {
    const Document doc("a\nb");
    const auto view = build_view(source_for(doc, 0), Viewport{LineIndex(1), {}}, {6, 20});
    EXPECT_EQ(view.gutter_width, 0);
    EXPECT_EQ(rows_of(view), (std::vector<Row>{{"b", 0, 2}}));
}

TEST(ViewWrap, SelectionColumnsAreSetOnEverySelectedRow) {
    const Document doc("one\ntwo\nthree");
    ViewSource source = source_for(doc, 0);
    source.selection = ByteRange{ByteOffset(1), ByteOffset(9)}; // "ne\ntwo\nt"
    const auto view = build_view(source, Viewport{}, {6, 20});
    ASSERT_EQ(view.lines.size(), 3u);
    EXPECT_EQ(view.lines[0].selection_begin, DisplayColumn(1));
    EXPECT_EQ(view.lines[0].selection_end, DisplayColumn(4)); // the line break too
    EXPECT_EQ(view.lines[1].selection_begin, DisplayColumn(0));
    EXPECT_EQ(view.lines[1].selection_end, DisplayColumn(4));
    EXPECT_EQ(view.lines[2].selection_begin, DisplayColumn(0));
    EXPECT_EQ(view.lines[2].selection_end, DisplayColumn(1));
}

TEST(ViewWrap, SoftWrapShowsALongLineAsRowsWithTheCursorInTheRightRow) {
    const Document doc(std::string(50, 'x') + "\nend");
    ViewSource source = source_for(doc, 45);
    source.soft_wrap = true;
    source.line_numbers = true;
    source.selection = ByteRange{ByteOffset(10), ByteOffset(20)};
    Viewport viewport{};
    scroll_to_cursor(viewport, source, {8, 24}); // 5 text rows, 20 text columns
    const auto view = build_view(source, viewport, {8, 24});
    EXPECT_TRUE(view.soft_wrap);
    EXPECT_EQ(view.left_column, DisplayColumn(0));
    EXPECT_EQ(rows_of(view), (std::vector<Row>{{std::string(20, 'x'), 0, 1},
                                               {std::string(20, 'x'), 20, 0},
                                               {std::string(10, 'x'), 40, 0},
                                               {"end", 0, 2}}));
    EXPECT_EQ(view.cursor_row, 2u);
    EXPECT_EQ(view.cursor_column, 4u + 5u);
    EXPECT_EQ(view.lines[0].selection_begin, DisplayColumn(10));
    EXPECT_EQ(view.lines[0].selection_end, DisplayColumn(20));
    EXPECT_EQ(view.lines[1].selection_begin, view.lines[1].selection_end);
    EXPECT_EQ(view.cursor_display_column, 46u);
}

TEST(ViewWrap, SoftWrapScrollsByRowsInsideALineTallerThanTheScreen) {
    const Document doc("top\n" + std::string(190, 'x') + "\nbottom");
    ViewSource source = source_for(doc, 4 + 150); // row 7 of line 2 at 20 columns
    source.soft_wrap = true;
    Viewport viewport{};
    const protocol::TerminalSize size{8, 20}; // 5 text rows
    scroll_to_cursor(viewport, source, size);
    EXPECT_EQ(viewport.first_line, LineIndex(1));
    EXPECT_EQ(viewport.first_row, 3u); // rows 3-7 shown, the cursor's at the bottom
    auto view = build_view(source, viewport, size);
    EXPECT_EQ(view.cursor_row, 4u);
    EXPECT_EQ(view.lines[0].first_column, DisplayColumn(60));
    EXPECT_EQ(view.lines[0].number, 0u);
    // Up to the first line: the top follows the cursor's row.
    source.cursor = ByteOffset(1);
    scroll_to_cursor(viewport, source, size);
    EXPECT_EQ(viewport.first_line, LineIndex(0));
    EXPECT_EQ(viewport.first_row, 0u);
    // Down to the last line from the top: the rows above it fill the screen.
    source.cursor = ByteOffset(doc.size().value);
    scroll_to_cursor(viewport, source, size);
    EXPECT_EQ(viewport.first_line, LineIndex(1));
    EXPECT_EQ(viewport.first_row, 6u); // rows 6-9 of the long line, then "bottom"
    view = build_view(source, viewport, size);
    EXPECT_EQ(view.cursor_row, 4u);
    EXPECT_EQ(view.lines[4].text, "bottom");
}

TEST(ViewWrap, ALineBeyondTheWrapLimitAboveTheCursorIsNotLaidOut) {
    const Document doc(std::string(max_wrapped_line_bytes + 10, 'x') + "\nafter\nlast");
    ViewSource source = source_for(doc, max_wrapped_line_bytes + 11); // start of "after"
    source.soft_wrap = true;
    Viewport viewport{LineIndex(0), DisplayColumn(0), 50'000}; // deep inside the long line
    scroll_to_cursor(viewport, source, {8, 20});
    EXPECT_EQ(viewport.first_line, LineIndex(1));
    EXPECT_EQ(viewport.first_row, 0u);
    const auto view = build_view(source, viewport, {8, 20});
    EXPECT_EQ(rows_of(view), (std::vector<Row>{{"after", 0, 2}, {"last", 0, 3}}));
    EXPECT_EQ(view.cursor_row, 0u);
}

TEST(ViewWrap, SoftWrapOfAHugeSingleLineReadsOnlyTheScreen) {
    const Document doc(std::string(5'000'000, 'x'));
    ViewSource source = source_for(doc, 0);
    source.soft_wrap = true;
    Viewport viewport{};
    scroll_to_cursor(viewport, source, {24, 80});
    const auto view = build_view(source, viewport, {24, 80});
    ASSERT_EQ(view.lines.size(), 21u);
    EXPECT_EQ(view.lines[20].first_column, DisplayColumn(20 * 80));
}

} // namespace
} // namespace trio::view
