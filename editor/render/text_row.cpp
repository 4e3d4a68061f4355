// Lays out one text row glyph by glyph. Render component.
#include "editor/render/text_row.hpp"

#include <algorithm>

namespace trio::render {

void draw_text_row(std::span<Cell> row, const protocol::ViewLine& line,
                   protocol::DisplayColumn left_column, int tab_width) {
    for (Cell& cell : row) {
        cell.text.assign(1, ' '); // in place: the strings keep their storage
        cell.width = 1;
        cell.attr = Attr::Normal;
    }
    const std::string_view text = line.text;
    const std::int64_t left = left_column.value;
    const std::int64_t right = left + static_cast<std::int64_t>(row.size());
    std::int64_t column = line.first_column.value;
    std::size_t pos = 0;
    while (pos < text.size() && column < right) {
        const text::Glyph glyph = text::next_glyph(text, pos, column, tab_width);
        const std::int64_t end = column + glyph.width;
        if (glyph.kind == text::GlyphKind::Text && glyph.bytes == 1 && glyph.width == 1) {
            // One ASCII character in one cell, by far the most common glyph: assigned in
            // place, no run of cells built for it.
            if (column >= left) {
                row[static_cast<std::size_t>(column - left)].text.assign(1, text[pos]);
            }
            pos += 1;
            column = end;
            continue;
        }
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
}

CellRun text_row(const protocol::ViewLine& line, protocol::DisplayColumn left_column,
                 std::uint16_t columns, int tab_width) {
    CellRun row = blank_cells(columns, Attr::Normal);
    draw_text_row(row, line, left_column, tab_width);
    return row;
}

} // namespace trio::render
