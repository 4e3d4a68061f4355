// Screen cells back to document offsets, and wheel scrolling; see mouse_map.hpp.
// Input component.
#include "editor/view/mouse_map.hpp"

#include "editor/text/glyph.hpp"
#include "editor/view/line_prefix.hpp"

#include <algorithm>

namespace trio::view {

namespace {

// The offset in `line` of the glyph covering display column `column`, at most the glyph
// starting before `limit` (the next wrapped row's first column; -1: none).
ByteOffset offset_at_column(const document::Document& doc, LineIndex line, std::int64_t column,
                            std::int64_t limit, int tab_width) {
    const std::string text = line_prefix(doc, line, column + 1, tab_width);
    std::size_t pos = 0;
    std::int64_t col = 0;
    while (pos < text.size()) {
        const text::Glyph glyph = text::next_glyph(text, pos, col, tab_width);
        const bool last_of_row = limit >= 0 && col + glyph.width >= limit;
        if (col + glyph.width > column || last_of_row) {
            break;
        }
        pos += glyph.bytes;
        col += glyph.width;
    }
    return ByteOffset(doc.line_start(line).value + pos);
}

} // namespace

ScreenMap screen_map(const protocol::ViewMessage& view, std::uint32_t text_rows, bool panel) {
    ScreenMap map{
        view.first_line, view.left_column, view.gutter_width, view.soft_wrap, panel, text_rows, {}};
    map.rows.reserve(view.lines.size());
    for (const protocol::ViewLine& line : view.lines) {
        map.rows.push_back({line.first_column, line.number});
    }
    return map;
}

std::optional<ByteOffset> offset_at_cell(const document::Document& doc, const ScreenMap& map,
                                         std::uint32_t row, std::uint32_t column, int tab_width) {
    if (map.panel || row >= map.text_rows) {
        return std::nullopt;
    }
    if (row >= map.rows.size()) {
        return ByteOffset(doc.size().value);
    }
    const std::int64_t cell = std::max<std::int64_t>(std::int64_t{column} - map.gutter_width, 0);
    if (!map.soft_wrap) {
        return offset_at_column(doc, LineIndex(map.first_line.value + row),
                                map.left_column.value + cell, -1, tab_width);
    }
    // Continuation rows have number 0: the line is the last numbered row's (or the first).
    LineIndex line = map.first_line;
    for (std::uint32_t i = 1; i <= row; ++i) {
        if (map.rows[i].number != 0) {
            line = LineIndex(line.value + 1);
        }
    }
    const bool continued = row + 1 < map.rows.size() && map.rows[row + 1].number == 0;
    const std::int64_t limit = continued ? map.rows[row + 1].first_column.value : -1;
    return offset_at_column(doc, line, map.rows[row].first_column.value + cell, limit, tab_width);
}

std::int64_t scroll_by_wheel(Viewport& viewport, const document::Document& doc, ByteOffset cursor,
                             std::int64_t lines, std::uint32_t rows) {
    std::uint64_t first = viewport.first_line.value;
    if (lines < 0) {
        first -= std::min<std::uint64_t>(first, static_cast<std::uint64_t>(-lines));
    } else {
        for (std::int64_t i = 0; i < lines && doc.line_exists(LineIndex(first + 1)); ++i) {
            ++first; // line_exists indexes no further than the lines scrolled to
        }
    }
    viewport.first_line = LineIndex(first);
    viewport.first_row = 0;
    const std::uint64_t line = doc.line_of(cursor).value;
    const std::uint64_t last = first + std::max<std::uint32_t>(rows, 1) - 1;
    if (line < first) {
        return static_cast<std::int64_t>(first - line);
    }
    if (line > last) {
        return -static_cast<std::int64_t>(line - last);
    }
    return 0;
}

} // namespace trio::view
