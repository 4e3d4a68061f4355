// Laying out a line as wrapped rows; see soft_wrap.hpp. Input component.
#include "editor/view/soft_wrap.hpp"

#include "editor/text/glyph.hpp"
#include "editor/view/line_prefix.hpp"

#include <algorithm>
#include <limits>

namespace trio::view {

namespace {

// Bytes read past the cursor to learn whether the glyph there still fits on its row: a
// grapheme cluster longer than this is measured by its start.
constexpr std::uint64_t cursor_lookahead_bytes = 64;

// The empty row after a line ending with a full row (see WrapRow).
std::optional<WrapRow> trailing_row(const WrapRow& last, std::int64_t width) {
    if (last.end > last.begin && last.end_column - last.first_column >= width) {
        return WrapRow{last.end, last.end, last.end_column, last.end_column};
    }
    return std::nullopt;
}

} // namespace

RowBreaker::RowBreaker(std::string_view text, std::uint32_t width, int tab_width)
    : m_text(text), m_width(std::max<std::int64_t>(width, 1)), m_tab_width(tab_width) {}

std::optional<WrapRow> RowBreaker::next() {
    if (m_done) {
        return std::nullopt;
    }
    WrapRow row{m_pos, m_pos, m_column, m_column};
    while (m_pos < m_text.size()) {
        const text::Glyph glyph = text::next_glyph(m_text, m_pos, m_column, m_tab_width);
        if (m_pos > row.begin && m_column + glyph.width - row.first_column > m_width) {
            break;
        }
        m_pos += glyph.bytes;
        m_column += glyph.width;
    }
    row.end = m_pos;
    row.end_column = m_column;
    m_done = m_pos == m_text.size();
    return row;
}

WrappedLine wrap_line(const document::Document& doc, document::LineIndex line, std::uint32_t width,
                      int tab_width, std::uint64_t first_row, std::uint64_t max_rows) {
    const std::uint64_t length = doc.line_end(line).value - doc.line_start(line).value;
    const std::int64_t wide = std::max<std::int64_t>(width, 1);
    const std::int64_t row_columns = wide + std::max(tab_width, 2);
    const std::int64_t limit = std::numeric_limits<std::int64_t>::max() / 8;
    const auto most_rows = static_cast<std::uint64_t>(limit / row_columns);
    // One row more than asked: its start proves the rows before it are complete.
    const std::uint64_t wanted = first_row >= most_rows || max_rows >= most_rows - first_row
                                     ? most_rows
                                     : first_row + max_rows + 1;
    std::int64_t columns = static_cast<std::int64_t>(wanted) * row_columns;
    for (;;) {
        WrappedLine out{line_prefix(doc, line, columns, tab_width), {}, false};
        const bool whole = out.text.size() == length;
        RowBreaker breaker(out.text, width, tab_width);
        std::uint64_t index = 0;
        WrapRow previous;
        while (out.rows.size() <= max_rows) {
            const auto row = breaker.next();
            if (!row) {
                break;
            }
            previous = *row;
            if (index++ >= first_row) {
                out.rows.push_back(*row);
            }
        }
        if (whole && out.rows.size() <= max_rows) {
            if (const auto extra = trailing_row(previous, wide)) {
                if (index++ >= first_row) {
                    out.rows.push_back(*extra);
                }
            }
        }
        if (whole || out.rows.size() > max_rows) {
            out.complete = out.rows.size() <= max_rows;
            out.rows.resize(std::min<std::uint64_t>(out.rows.size(), max_rows));
            return out;
        }
        columns = std::min(columns * 2, limit); // narrow glyphs took more bytes than assumed
    }
}

CursorPlace cursor_place(const document::Document& doc, document::ByteOffset cursor,
                         std::uint32_t width, int tab_width) {
    const document::LineIndex line = doc.line_of(cursor);
    const document::ByteOffset start = doc.line_start(line);
    const document::ByteOffset end = doc.line_end(line);
    const document::ByteOffset stop(std::min(end.value, cursor.value + cursor_lookahead_bytes));
    const std::string text = doc.text({start, stop});
    const std::size_t at = cursor.value - start.value;
    RowBreaker breaker(text, width, tab_width);
    CursorPlace place;
    WrapRow last;
    std::uint64_t index = 0;
    while (const auto row = breaker.next()) {
        if (row->begin > at) {
            break;
        }
        last = *row;
        place.row = index++;
    }
    if (stop == end && at == text.size()) {
        if (const auto extra = trailing_row(last, std::max<std::int64_t>(width, 1))) {
            last = *extra;
            ++place.row;
        }
    }
    place.row_first_column = last.first_column;
    place.column = last.first_column;
    for (std::size_t pos = last.begin; pos < at;) {
        const text::Glyph glyph = text::next_glyph(text, pos, place.column, tab_width);
        pos += glyph.bytes;
        place.column += glyph.width;
    }
    return place;
}

} // namespace trio::view
