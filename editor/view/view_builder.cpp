// Viewport scrolling and clipping of visible lines into a ViewMessage. Runs in the input component.
#include "editor/view/view_builder.hpp"

#include "editor/text/glyph.hpp"
#include "editor/view/line_prefix.hpp"

#include <algorithm>

namespace trio::view {

namespace {

DisplayColumn cursor_column(const ViewSource& source) {
    const LineIndex line = source.doc.line_of(source.cursor);
    const std::string before = source.doc.text({source.doc.line_start(line), source.cursor});
    return DisplayColumn(text::display_width(before, source.tab_width));
}

// The panel's rows in place of the document's, and the cursor parked after the last one.
void show_panel(protocol::ViewMessage& view, const ViewSource& source,
                protocol::TerminalSize size) {
    const std::size_t shown = std::min<std::size_t>(source.panel.size(), text_rows(size));
    view.left_column = DisplayColumn(0);
    for (std::size_t row = 0; row < shown; ++row) {
        view.lines.push_back(
            clip_line(source.panel[row], DisplayColumn(0), size.columns, source.tab_width));
    }
    view.cursor_row = shown == 0 ? 0 : static_cast<std::uint32_t>(shown - 1);
    const std::int64_t end =
        shown == 0 ? 0 : text::display_width(view.lines.back().text, source.tab_width);
    // On the last column when the row is full: the cursor stays inside the text area.
    const std::int64_t last_column = std::max<std::int64_t>(std::int64_t{size.columns} - 1, 0);
    view.cursor_column = static_cast<std::uint32_t>(std::min(end, last_column));
}

} // namespace

std::uint32_t text_rows(protocol::TerminalSize size) {
    return size.rows > protocol::chrome_rows ? size.rows - protocol::chrome_rows : 0u;
}

void scroll_to_cursor(Viewport& viewport, const ViewSource& source, protocol::TerminalSize size) {
    const std::uint64_t rows = std::max<std::uint32_t>(text_rows(size), 1);
    const std::uint64_t line = source.doc.line_of(source.cursor).value;
    if (line < viewport.first_line.value) {
        viewport.first_line = LineIndex(line);
    } else if (line >= viewport.first_line.value + rows) {
        viewport.first_line = LineIndex(line - rows + 1);
    }
    const std::int64_t columns = std::max<std::int64_t>(size.columns, 1);
    const DisplayColumn column = cursor_column(source);
    if (column < viewport.left_column) {
        viewport.left_column = column;
    } else if (column.value >= viewport.left_column.value + columns) {
        viewport.left_column = DisplayColumn(column.value - columns + 1);
    }
}

protocol::ViewLine clip_line(std::string_view line, DisplayColumn left, std::uint32_t width,
                             int tab_width) {
    const std::int64_t right = left.value + width;
    std::size_t pos = 0;
    std::int64_t col = 0;
    // Skip glyphs that end before the left edge.
    while (pos < line.size()) {
        const text::Glyph glyph = text::next_glyph(line, pos, col, tab_width);
        if (col + glyph.width > left.value) {
            break;
        }
        pos += glyph.bytes;
        col += glyph.width;
    }
    protocol::ViewLine out{{}, DisplayColumn(col)};
    const std::size_t begin = pos;
    while (pos < line.size() && col < right) {
        const text::Glyph glyph = text::next_glyph(line, pos, col, tab_width);
        pos += glyph.bytes;
        col += glyph.width;
    }
    out.text.assign(line.substr(begin, pos - begin));
    return out;
}

protocol::ViewMessage build_view(const ViewSource& source, const Viewport& viewport,
                                 protocol::TerminalSize size) {
    const document::Document& doc = source.doc;
    protocol::ViewMessage view;
    view.first_line = viewport.first_line;
    view.left_column = viewport.left_column;
    const std::uint64_t rows = text_rows(size);
    const std::int64_t right = viewport.left_column.value + size.columns;
    // A panel covers every text row: then no line of the document is copied.
    const std::uint64_t document_rows = source.panel.empty() ? rows : 0;
    for (std::uint64_t line = viewport.first_line.value;
         line < viewport.first_line.value + document_rows && doc.line_exists(LineIndex(line));
         ++line) {
        view.lines.push_back(clip_line(line_prefix(doc, LineIndex(line), right, source.tab_width),
                                       viewport.left_column, size.columns, source.tab_width));
    }
    const LineIndex cursor_line = doc.line_of(source.cursor);
    const DisplayColumn column = cursor_column(source);
    view.cursor_row = static_cast<std::uint32_t>(cursor_line.value - viewport.first_line.value);
    view.cursor_column = static_cast<std::uint32_t>(column.value - viewport.left_column.value);
    view.file_name = source.file_name;
    view.modified = source.modified;
    view.read_only = source.read_only;
    view.cursor_line = cursor_line.value + 1;
    view.cursor_display_column = static_cast<std::uint64_t>(column.value) + 1;
    // 0 ("?" on the status line) until a huge file's lines are all counted.
    view.line_count = doc.lines_indexed() ? doc.line_count().value : 0;
    view.design = source.design;
    view.message = source.message;
    view.message_is_error = source.message_is_error;
    view.prompt = source.prompt;
    view.note = source.note;
    if (!source.panel.empty()) {
        show_panel(view, source, size);
    }
    return view;
}

} // namespace trio::view
