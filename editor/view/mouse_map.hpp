// Mouse reports back to the document: which offset a screen cell shows (through the geometry
// of the last view sent) and how the wheel scrolls. Runs in the input component.
#pragma once

#include "editor/document/document.hpp"
#include "editor/protocol/messages.hpp"
#include "editor/view/view_builder.hpp"

#include <cstdint>
#include <optional>
#include <vector>

namespace trio::view {

// What the text rows of a view show, kept from the last view sent (a few bytes per row).
struct ScreenMap {
    struct Row {
        DisplayColumn first_column; // soft wrap: where the row starts in its line
        std::uint64_t number = 0;   // 1-based line, 0 on a continuation row
    };
    LineIndex first_line;
    DisplayColumn left_column;
    std::uint16_t gutter_width = 0;
    bool soft_wrap = false;
    bool panel = false; // a panel (F1, F2) covers the text: no cell shows the document
    std::uint32_t text_rows = 0;
    std::vector<Row> rows; // one per text row shown (fewer at the end of the document)
};

// The map of `view`, drawn on a terminal with `text_rows` text rows; `panel`: the text rows
// showed a panel.
[[nodiscard]] ScreenMap screen_map(const protocol::ViewMessage& view, std::uint32_t text_rows,
                                   bool panel);

// The document offset shown at the 0-based screen cell (`row`, `column`): the start of the
// glyph covering it; past the end of its row, the row's end (a wrapped row's end is the next
// row's start, so the last glyph of the row instead); in the gutter, the row's start; below
// the last line, the document's end. nullopt for a cell outside the text rows (status,
// message, hints) or under a panel. Costs O(bytes of the line up to that cell): no more than
// building the view did.
[[nodiscard]] std::optional<ByteOffset> offset_at_cell(const document::Document& doc,
                                                       const ScreenMap& map, std::uint32_t row,
                                                       std::uint32_t column, int tab_width);

// Scrolls `viewport` by `lines` (negative: up), not above the first line nor beyond the last
// one, and returns how many lines the cursor must then move (scroll_cursor) to stay on the
// `rows` text rows: 0 when it still is. With soft wrap the viewport moves by whole lines
// (first_row 0); scroll_to_cursor settles the rest.
[[nodiscard]] std::int64_t scroll_by_wheel(Viewport& viewport, const document::Document& doc,
                                           ByteOffset cursor, std::int64_t lines,
                                           std::uint32_t rows);

} // namespace trio::view
