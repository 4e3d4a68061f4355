// Lays out one text row glyph by glyph. Render component.
#include "editor/render/text_row.hpp"

#include <algorithm>

namespace trio::render {

namespace {

// The syntax class of byte `pos`, walking `spans` forward: rows are drawn left to right, so
// each span is passed once (`next` is the first span that may still matter).
Attr attr_at(std::span<const syntax::Span> spans, std::size_t& next, std::size_t pos) {
    while (next < spans.size() && spans[next].end <= pos) {
        ++next;
    }
    if (next < spans.size() && spans[next].begin <= pos) {
        return attr_of(spans[next].colour);
    }
    return Attr::Normal;
}

void apply_selection(std::span<Cell> row, const protocol::ViewLine& line, std::int64_t left) {
    const std::int64_t right = left + static_cast<std::int64_t>(row.size());
    const std::int64_t begin = std::max(line.selection_begin.value, left);
    const std::int64_t end = std::min(line.selection_end.value, right);
    for (std::int64_t c = begin; c < end; ++c) {
        row[static_cast<std::size_t>(c - left)].attr = Attr::Selection;
    }
}

} // namespace

Attr attr_of(syntax::Colour colour) {
    switch (colour) {
    case syntax::Colour::Keyword:
        return Attr::Keyword;
    case syntax::Colour::Type:
        return Attr::Type;
    case syntax::Colour::String:
        return Attr::String;
    case syntax::Colour::Comment:
        return Attr::Comment;
    case syntax::Colour::Number:
        return Attr::Number;
    case syntax::Colour::Preprocessor:
        return Attr::Preprocessor;
    case syntax::Colour::Heading:
        return Attr::Heading;
    case syntax::Colour::Emphasis:
        return Attr::Emphasis;
    case syntax::Colour::Code:
        return Attr::Code;
    case syntax::Colour::Variable:
        return Attr::Variable;
    case syntax::Colour::Plain:
        break;
    }
    return Attr::Normal;
}

void draw_text_row(std::span<Cell> row, const protocol::ViewLine& line,
                   protocol::DisplayColumn left_column, int tab_width,
                   std::span<const syntax::Span> colours) {
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
    std::size_t next_span = 0;
    while (pos < text.size() && column < right) {
        const text::Glyph glyph = text::next_glyph(text, pos, column, tab_width);
        const std::int64_t end = column + glyph.width;
        const Attr attr = attr_at(colours, next_span, pos);
        if (glyph.kind == text::GlyphKind::Text && glyph.bytes == 1 && glyph.width == 1) {
            // One ASCII character in one cell, by far the most common glyph: assigned in
            // place, no run of cells built for it.
            if (column >= left) {
                Cell& cell = row[static_cast<std::size_t>(column - left)];
                cell.text.assign(1, text[pos]);
                cell.attr = attr;
            }
            pos += 1;
            column = end;
            continue;
        }
        const bool cut = column < left || end > right;
        // A wide character cut by an edge stays blank: half of it cannot be drawn. Tabs and
        // notations are one ASCII character per cell, so their visible part is drawn.
        if (end > left && !(cut && glyph.kind == text::GlyphKind::Text)) {
            const CellRun cells = glyph_cells(text, pos, glyph, attr, Attr::Special);
            for (std::int64_t c = std::max(column, left); c < std::min(end, right); ++c) {
                row[static_cast<std::size_t>(c - left)] =
                    cells[static_cast<std::size_t>(c - column)];
            }
        }
        pos += glyph.bytes;
        column = end;
    }
    apply_selection(row, line, left);
}

CellRun text_row(const protocol::ViewLine& line, protocol::DisplayColumn left_column,
                 std::uint16_t columns, int tab_width, std::span<const syntax::Span> colours) {
    CellRun row = blank_cells(columns, Attr::Normal);
    draw_text_row(row, line, left_column, tab_width, colours);
    return row;
}

} // namespace trio::render
