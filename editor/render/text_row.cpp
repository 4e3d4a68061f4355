// Lays out one text row glyph by glyph. Render component.
#include "editor/render/text_row.hpp"

#include <algorithm>

namespace trio::render {

CellRun text_row(const protocol::ViewLine& line, protocol::DisplayColumn left_column,
                 std::uint16_t columns, int tab_width) {
    CellRun row = blank_cells(columns, Attr::Normal);
    const std::string_view text = line.text;
    const std::int64_t left = left_column.value;
    const std::int64_t right = left + columns;
    std::int64_t column = line.first_column.value;
    std::size_t pos = 0;
    while (pos < text.size() && column < right) {
        const text::Glyph glyph = text::next_glyph(text, pos, column, tab_width);
        const std::int64_t end = column + glyph.width;
        const bool cut = column < left || end > right;
        // A wide character cut by an edge stays blank: half of it cannot be drawn. Tabs and
        // notations are one ASCII character per cell, so their visible part is drawn.
        if (end > left && !(cut && glyph.kind == text::GlyphKind::Text)) {
            const CellRun cells = glyph_cells(text, pos, glyph, Attr::Normal, Attr::Special);
            for (std::int64_t c = std::max(column, left); c < std::min(end, right); ++c) {
                row[static_cast<std::size_t>(c - left)] =
                    cells[static_cast<std::size_t>(c - column)];
            }
        }
        pos += glyph.bytes;
        column = end;
    }
    return row;
}

} // namespace trio::render
