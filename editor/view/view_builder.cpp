// Viewport scrolling and clipping of visible lines into a ViewMessage. Runs in the input component.
#include "editor/view/view_builder.hpp"

#include "editor/text/glyph.hpp"
#include "editor/view/gutter.hpp"
#include "editor/view/line_prefix.hpp"
#include "editor/view/wrapped_view.hpp"

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

// Rows without soft wrap: each line from its start up to the right edge, clipped from
// left_column, with its number and selected columns.
void show_clipped_rows(protocol::ViewMessage& view, const ViewSource& source,
                       const Viewport& viewport, std::uint64_t rows, std::uint32_t width) {
    const document::Document& doc = source.doc;
    const std::int64_t right = viewport.left_column.value + width;
    for (LineIndex line = viewport.first_line;
         line.value < viewport.first_line.value + rows && doc.line_exists(line);
         line = LineIndex(line.value + 1)) {
        const std::string prefix = line_prefix(doc, line, right, source.tab_width);
        protocol::ViewLine out = clip_line(prefix, viewport.left_column, width, source.tab_width);
        out.number = line.value + 1;
        const document::ByteOffset start = doc.line_start(line);
        const std::uint64_t length = doc.line_end(line).value - start.value;
        const SelectedColumns selected =
            selected_columns({prefix, 0, prefix.size(), 0, prefix.size() == length},
                             source.selection, start, length, source.tab_width);
        if (selected.end > selected.begin) {
            out.selection_begin = DisplayColumn(selected.begin);
            out.selection_end = DisplayColumn(selected.end);
        }
        view.lines.push_back(std::move(out));
    }
}

} // namespace

std::uint32_t text_rows(protocol::TerminalSize size) {
    return size.rows > protocol::chrome_rows ? size.rows - protocol::chrome_rows : 0u;
}

std::uint32_t text_width(protocol::TerminalSize size, std::uint16_t gutter) {
    return size.columns > gutter ? std::uint32_t{size.columns} - gutter : 1u;
}

std::uint16_t gutter_for(const ViewSource& source, const Viewport& viewport,
                         protocol::TerminalSize size) {
    return gutter_width(source.doc, viewport.first_line, text_rows(size),
                        source.line_numbers ? LineNumbers::On : LineNumbers::Off);
}

void scroll_to_cursor(Viewport& viewport, const ViewSource& source, protocol::TerminalSize size) {
    const std::uint64_t rows = std::max<std::uint32_t>(text_rows(size), 1);
    if (source.soft_wrap) {
        // The gutter's width depends on the lines shown and the rows on the gutter's width:
        // a second pass settles a change (line 999 scrolling to 1000).
        for (int pass = 0; pass < 2; ++pass) {
            scroll_wrapped(viewport, source, rows,
                           text_width(size, gutter_for(source, viewport, size)));
        }
        return;
    }
    viewport.first_row = 0;
    const std::uint64_t line = source.doc.line_of(source.cursor).value;
    if (line < viewport.first_line.value) {
        viewport.first_line = LineIndex(line);
    } else if (line >= viewport.first_line.value + rows) {
        viewport.first_line = LineIndex(line - rows + 1);
    }
    const std::int64_t columns = text_width(size, gutter_for(source, viewport, size));
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
    view.gutter_width = source.panel.empty() ? gutter_for(source, viewport, size) : 0;
    view.soft_wrap = source.soft_wrap;
    view.language = source.language;
    view.syntax_colours = source.syntax_colours;
    const std::uint32_t width = text_width(size, view.gutter_width);
    const LineIndex cursor_line = doc.line_of(source.cursor);
    const DisplayColumn column = cursor_column(source);
    if (source.soft_wrap && source.panel.empty()) {
        view.left_column = DisplayColumn(0);
        build_wrapped_rows(view, source, viewport, rows, width);
    } else if (source.panel.empty()) {
        show_clipped_rows(view, source, viewport, rows, width);
        const std::uint64_t last_row = rows == 0 ? 0 : rows - 1;
        view.cursor_row = static_cast<std::uint32_t>(std::min(
            cursor_line.value - std::min(cursor_line.value, viewport.first_line.value), last_row));
        view.cursor_column = static_cast<std::uint32_t>(
            std::max<std::int64_t>(column.value - viewport.left_column.value, 0));
    }
    view.cursor_column += view.gutter_width;
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
