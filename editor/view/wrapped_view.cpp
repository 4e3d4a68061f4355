// Soft wrap in the view: scrolling by rows and building the rows; see wrapped_view.hpp.
// Input component.
#include "editor/view/wrapped_view.hpp"

#include "editor/view/gutter.hpp"
#include "editor/view/soft_wrap.hpp"

#include <algorithm>
#include <limits>

namespace trio::view {

namespace {

constexpr std::uint64_t all_rows = std::numeric_limits<std::uint64_t>::max();

std::uint64_t line_length(const document::Document& doc, LineIndex line) {
    return doc.line_end(line).value - doc.line_start(line).value;
}

// Rows from the top of `viewport` down to the cursor's row (at `place` of `line`, below the
// top line), counting no further than `rows`.
std::uint64_t rows_to_cursor(const Viewport& viewport, const ViewSource& source, LineIndex line,
                             const CursorPlace& place, std::uint64_t rows, std::uint32_t width) {
    const document::Document& doc = source.doc;
    if (viewport.first_row > 0 && line_length(doc, viewport.first_line) > max_wrapped_line_bytes) {
        return rows; // not laid out: scroll as if the cursor were far below
    }
    std::uint64_t distance = 0;
    for (LineIndex l = viewport.first_line; l < line && distance < rows;
         l = LineIndex(l.value + 1)) {
        const std::uint64_t skip = l == viewport.first_line ? viewport.first_row : 0;
        distance += wrap_line(doc, l, width, source.tab_width, skip, rows - distance).rows.size();
    }
    return distance + place.row;
}

} // namespace

void scroll_wrapped(Viewport& viewport, const ViewSource& source, std::uint64_t rows,
                    std::uint32_t width) {
    const document::Document& doc = source.doc;
    viewport.left_column = DisplayColumn(0);
    const LineIndex line = doc.line_of(source.cursor);
    const CursorPlace place = cursor_place(doc, source.cursor, width, source.tab_width);
    if (line < viewport.first_line ||
        (line == viewport.first_line && place.row < viewport.first_row)) {
        viewport = Viewport{line, DisplayColumn(0), place.row};
        return;
    }
    const std::uint64_t distance = line == viewport.first_line
                                       ? place.row - viewport.first_row
                                       : rows_to_cursor(viewport, source, line, place, rows, width);
    if (distance < rows) {
        return;
    }
    // The cursor is below the screen: put its row at the bottom, walking back rows - 1 rows.
    std::uint64_t remaining = rows - 1;
    if (place.row >= remaining) {
        viewport = Viewport{line, DisplayColumn(0), place.row - remaining};
        return;
    }
    remaining -= place.row;
    LineIndex top = line;
    while (top.value > 0) {
        const LineIndex above(top.value - 1);
        if (line_length(doc, above) > max_wrapped_line_bytes) {
            break; // see max_wrapped_line_bytes: the screen starts below it
        }
        const std::uint64_t count =
            wrap_line(doc, above, width, source.tab_width, 0, all_rows).rows.size();
        if (count >= remaining) {
            viewport = Viewport{above, DisplayColumn(0), count - remaining};
            return;
        }
        remaining -= count;
        top = above;
    }
    viewport = Viewport{top, DisplayColumn(0), 0};
}

void build_wrapped_rows(protocol::ViewMessage& view, const ViewSource& source,
                        const Viewport& viewport, std::uint64_t rows, std::uint32_t width) {
    const document::Document& doc = source.doc;
    const LineIndex cursor_line = doc.line_of(source.cursor);
    const CursorPlace place = cursor_place(doc, source.cursor, width, source.tab_width);
    std::optional<std::uint64_t> cursor_row;
    std::uint64_t skip = viewport.first_row;
    for (LineIndex line = viewport.first_line; view.lines.size() < rows && doc.line_exists(line);
         line = LineIndex(line.value + 1)) {
        const std::uint64_t shown = view.lines.size();
        const WrappedLine wrapped =
            wrap_line(doc, line, width, source.tab_width, skip, rows - shown);
        if (line == cursor_line && place.row >= skip) {
            cursor_row = shown + (place.row - skip);
        }
        const document::ByteOffset start = doc.line_start(line);
        const std::uint64_t length = line_length(doc, line);
        for (std::size_t i = 0; i < wrapped.rows.size(); ++i) {
            const WrapRow& row = wrapped.rows[i];
            protocol::ViewLine out{wrapped.text.substr(row.begin, row.end - row.begin),
                                   DisplayColumn(row.first_column)};
            out.number = skip == 0 && i == 0 ? line.value + 1 : 0;
            const bool ends_line = row.end == length && i + 1 == wrapped.rows.size();
            const SelectedColumns selected =
                selected_columns({wrapped.text, row.begin, row.end, row.first_column, ends_line},
                                 source.selection, start, length, source.tab_width);
            // The line break's cell after a full row would fall outside the text area.
            const std::int64_t right = row.first_column + width;
            if (selected.end > selected.begin && selected.begin < right) {
                out.selection_begin = DisplayColumn(selected.begin);
                out.selection_end = DisplayColumn(std::min(selected.end, right));
            }
            view.lines.push_back(std::move(out));
        }
        skip = 0;
    }
    const std::uint64_t last_row = rows == 0 ? 0 : rows - 1;
    view.cursor_row = static_cast<std::uint32_t>(std::min(cursor_row.value_or(last_row), last_row));
    view.cursor_column = static_cast<std::uint32_t>(
        std::clamp<std::int64_t>(place.column - place.row_first_column, 0, width));
}

} // namespace trio::view
