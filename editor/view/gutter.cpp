// Gutter width and selected columns; see gutter.hpp. Input component.
#include "editor/view/gutter.hpp"

#include "editor/text/glyph.hpp"

#include <algorithm>

namespace trio::view {

namespace {

constexpr std::uint16_t min_gutter_digits = 3;

std::uint16_t digits(std::uint64_t n) {
    std::uint16_t count = 1;
    while (n >= 10) {
        n /= 10;
        ++count;
    }
    return count;
}

} // namespace

std::uint16_t gutter_width(const document::Document& doc, document::LineIndex first_line,
                           std::uint64_t rows, LineNumbers numbers) {
    if (numbers == LineNumbers::Off) {
        return 0;
    }
    const document::LineIndex bottom(first_line.value + std::max<std::uint64_t>(rows, 1) - 1);
    // line_exists indexes no further than `bottom`; when it is false the whole document was
    // indexed on the way, and the last line's look-up is cheap.
    const std::uint64_t largest =
        doc.line_exists(bottom) ? bottom.value + 1
                                : doc.line_of(document::ByteOffset(doc.size().value)).value + 1;
    return static_cast<std::uint16_t>(std::max(digits(largest), min_gutter_digits) + 1);
}

SelectedColumns selected_columns(const RowSpan& row, std::optional<document::ByteRange> selection,
                                 document::ByteOffset line_start, std::uint64_t line_length,
                                 int tab_width) {
    if (!selection || selection->end.value <= line_start.value ||
        selection->begin.value > line_start.value + line_length) {
        return {};
    }
    // The selection in the line's bytes; past the end: the line break is selected.
    const std::uint64_t begin =
        selection->begin.value - std::min(selection->begin.value, line_start.value);
    const std::uint64_t end = std::min(selection->end.value - line_start.value, line_length + 1);
    const bool takes_break = row.ends_line && end > line_length;
    const std::size_t from = std::max<std::size_t>(row.from, begin);
    const std::size_t to = std::min<std::size_t>(row.to, end);
    if (from > to || (from == to && !takes_break)) {
        return {};
    }
    SelectedColumns out;
    std::int64_t column = row.from_column;
    for (std::size_t pos = row.from; pos < to;) {
        if (pos <= from) {
            out.begin = column; // the glyph holding the selection's first byte
        }
        const text::Glyph glyph = text::next_glyph(row.text, pos, column, tab_width);
        pos += glyph.bytes;
        column += glyph.width;
    }
    if (from == to) {
        out.begin = column;
    }
    out.end = column + (takes_break ? 1 : 0);
    return out;
}

} // namespace trio::view
