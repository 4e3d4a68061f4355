// Lays out the whole screen from a ViewMessage. Render component.
#include "editor/render/layout.hpp"

#include "editor/render/cell_run.hpp"
#include "editor/render/gutter.hpp"
#include "editor/render/key_hints.hpp"
#include "editor/render/status_bar.hpp"
#include "editor/render/text_row.hpp"

#include <algorithm>

namespace trio::render {

namespace {

using protocol::chrome_rows;

// Copies `run` into `row` from column 0, cutting it at the frame's width; blank after it.
void put_row(Frame& frame, std::uint16_t row, const CellRun& run) {
    const std::size_t count = std::min<std::size_t>(run.size(), frame.columns);
    const auto begin = frame.cells.begin() + std::ptrdiff_t{row} * frame.columns;
    std::copy_n(run.begin(), count, begin);
    std::fill(begin + static_cast<std::ptrdiff_t>(count), begin + frame.columns, Cell{});
}

Frame too_small(protocol::TerminalSize size) {
    Frame frame = blank_frame(size.rows, size.columns);
    if (size.rows > 0) {
        CellRun text = field_cells(too_small_text, Attr::Normal, 1);
        clip_right(text, size.columns);
        put_row(frame, 0, text);
    }
    return frame;
}

std::uint16_t clamp_to(std::uint64_t value, std::uint16_t limit) {
    return static_cast<std::uint16_t>(std::min<std::uint64_t>(value, limit));
}

} // namespace

void lay_out_chrome(Frame& frame, const protocol::ViewMessage& view, const LayoutOptions& options) {
    const int tab_width = std::max(options.tab_width, 1);
    const auto status_row = static_cast<std::uint16_t>(frame.rows - 3);
    const auto message_row = static_cast<std::uint16_t>(frame.rows - 2);
    const auto hints_row = static_cast<std::uint16_t>(frame.rows - 1);
    put_row(frame, status_row, status_bar(view, frame.columns, tab_width));

    const Attr message_attr = view.message_is_error ? Attr::Error : Attr::Message;
    CellRun message = field_cells(view.message, message_attr, tab_width);
    const std::size_t message_width = message.size();
    const CellRun note = field_cells(view.note, Attr::Message, tab_width);
    // The note goes to the right end, and only where it leaves the message (and one space) whole.
    if (!note.empty() && message_width + 1 + note.size() <= frame.columns) {
        append(message, blank_cells(frame.columns - message_width - note.size(), Attr::Message));
        append(message, note);
    }
    clip_right(message, frame.columns);
    put_row(frame, message_row, message);

    put_row(frame, hints_row, key_hints(view.prompt, frame.columns));

    const auto last_column = static_cast<std::uint16_t>(frame.columns - 1);
    const auto text_rows = static_cast<std::uint16_t>(frame.rows - chrome_rows);
    frame.cursor_visible = true;
    if (view.prompt != protocol::Prompt::None) {
        frame.cursor_row = message_row;
        frame.cursor_column = clamp_to(message_width, last_column);
    } else {
        frame.cursor_row = clamp_to(view.cursor_row, static_cast<std::uint16_t>(text_rows - 1));
        frame.cursor_column = clamp_to(view.cursor_column, last_column);
    }
}

syntax::State lay_out_text_row(Frame& frame, std::uint16_t row, const protocol::ViewMessage& view,
                               const protocol::ViewLine* line, syntax::State state,
                               const LayoutOptions& options, std::vector<syntax::Span>& spans) {
    const std::span<Cell> cells = frame_row(frame, row);
    const std::size_t gutter =
        std::min<std::size_t>(view.gutter_width, cells.empty() ? 0 : cells.size() - 1);
    const int tab_width = std::max(options.tab_width, 1);
    if (line == nullptr) {
        draw_gutter(cells.first(gutter), 0, Attr::Normal);
        draw_text_row(cells.subspan(gutter), protocol::ViewLine{}, view.left_column, tab_width);
        return state;
    }
    draw_gutter(cells.first(gutter), line->number,
                view.syntax_colours ? Attr::LineNumber : Attr::Normal);
    spans.clear();
    if (view.syntax_colours && view.language != protocol::Language::None) {
        // A row that does not start its line (the rest of a wrapped line, or a line
        // scrolled to the left) must not look like a heading or a directive.
        const syntax::RowStart start = line->first_column.value == 0
                                           ? syntax::RowStart::LineStart
                                           : syntax::RowStart::Continuation;
        state = syntax::highlight(view.language, line->text, state, start, spans);
    }
    const protocol::DisplayColumn left = view.soft_wrap ? line->first_column : view.left_column;
    draw_text_row(cells.subspan(gutter), *line, left, tab_width, spans);
    return state;
}

std::span<Cell> frame_row(Frame& frame, std::uint16_t row) {
    return {frame.cells.data() + std::size_t{row} * frame.columns, frame.columns};
}

Frame layout(const protocol::ViewMessage& view, protocol::TerminalSize size,
             const LayoutOptions& options) {
    if (size.rows < min_rows || size.columns < min_columns) {
        return too_small(size);
    }
    Frame frame = blank_frame(size.rows, size.columns);
    const auto text_rows = static_cast<std::uint16_t>(size.rows - chrome_rows);
    std::vector<syntax::Span> spans;
    syntax::State state = syntax::State::Normal;
    for (std::uint16_t i = 0; i < text_rows; ++i) {
        const protocol::ViewLine* line = i < view.lines.size() ? &view.lines[i] : nullptr;
        state = lay_out_text_row(frame, i, view, line, state, options, spans);
    }
    lay_out_chrome(frame, view, options);
    return frame;
}

} // namespace trio::render
