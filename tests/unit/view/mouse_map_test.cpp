// Unit tests for mapping mouse cells back to the document and for wheel scrolling
// (editor/view/mouse_map).
#include "editor/view/mouse_map.hpp"

#include <gtest/gtest.h>

namespace trio::view {
namespace {

using document::Document;

ViewSource source_for(const Document& doc, std::uint64_t cursor) {
    return ViewSource{doc,   ByteOffset(cursor),        8,  "f.txt", false,
                      false, protocol::Design::Threads, "", false,   protocol::Prompt::None,
                      ""};
}

ScreenMap map_of(const ViewSource& source, Viewport viewport, protocol::TerminalSize size) {
    scroll_to_cursor(viewport, source, size);
    return screen_map(build_view(source, viewport, size), text_rows(size), false);
}

TEST(MouseMap, CellsMapThroughTheGutterAndTheHorizontalScroll) {
    const Document doc("a\tb中c\nsecond line\n");
    ViewSource source = source_for(doc, 0);
    source.line_numbers = true; // gutter of 4
    const ScreenMap map = map_of(source, {}, {8, 30});
    EXPECT_EQ(offset_at_cell(doc, map, 0, 4, 8), ByteOffset(0));  // 'a'
    EXPECT_EQ(offset_at_cell(doc, map, 0, 9, 8), ByteOffset(1));  // inside the tab
    EXPECT_EQ(offset_at_cell(doc, map, 0, 13, 8), ByteOffset(3)); // right half of 中
    EXPECT_EQ(offset_at_cell(doc, map, 0, 29, 8), ByteOffset(7)); // past the end: line end
    EXPECT_EQ(offset_at_cell(doc, map, 1, 0, 8), ByteOffset(8));  // gutter: row start
    EXPECT_EQ(offset_at_cell(doc, map, 4, 3, 8), ByteOffset(20)); // below the text: the end
    EXPECT_EQ(offset_at_cell(doc, map, 5, 3, 8), std::nullopt);   // status row
    const ScreenMap scrolled = map_of(source_for(doc, 18), {}, {8, 10});
    EXPECT_EQ(scrolled.left_column, DisplayColumn(1));
    EXPECT_EQ(offset_at_cell(doc, scrolled, 1, 0, 8), ByteOffset(9)); // 'e' of "second"
}

TEST(MouseMap, WrappedRowsMapToTheirPartOfTheLine) {
    const Document doc(std::string(25, 'x') + "\nnext");
    ViewSource source = source_for(doc, 0);
    source.soft_wrap = true;
    const ScreenMap map = map_of(source, {}, {8, 10}); // rows of 10
    EXPECT_EQ(offset_at_cell(doc, map, 1, 3, 8), ByteOffset(13));
    EXPECT_EQ(offset_at_cell(doc, map, 2, 9, 8), ByteOffset(25)); // the line's end
    EXPECT_EQ(offset_at_cell(doc, map, 3, 1, 8), ByteOffset(27)); // "next"
    const ScreenMap panel = screen_map(build_view(source, {}, {8, 10}), 5, true);
    EXPECT_EQ(offset_at_cell(doc, panel, 0, 0, 8), std::nullopt);
}

TEST(MouseMap, TheWheelScrollsWithinTheDocumentAndMovesTheCursorOnlyToKeepItShown) {
    std::string text;
    for (int i = 0; i < 10; ++i) {
        text += "line\n";
    }
    const Document doc(text); // 11 lines (the last empty)
    Viewport viewport{};
    EXPECT_EQ(scroll_by_wheel(viewport, doc, ByteOffset(0), 3, 4), 3); // cursor on line 0
    EXPECT_EQ(viewport.first_line, LineIndex(3));
    EXPECT_EQ(scroll_by_wheel(viewport, doc, ByteOffset(5 * 3), 3, 4), 3);
    EXPECT_EQ(scroll_by_wheel(viewport, doc, ByteOffset(5 * 8), 30, 4), 2); // line 8 → 10
    EXPECT_EQ(viewport.first_line, LineIndex(10));
    EXPECT_EQ(scroll_by_wheel(viewport, doc, ByteOffset(5 * 10), -4, 4), -1); // line 10 → 9
    EXPECT_EQ(viewport.first_line, LineIndex(6));
    EXPECT_EQ(scroll_by_wheel(viewport, doc, ByteOffset(0), -30, 4), 0);
    EXPECT_EQ(viewport.first_line, LineIndex(0));
}

} // namespace
} // namespace trio::view
