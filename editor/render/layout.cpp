// Lays out the whole screen from a ViewMessage. Render component.
#include "editor/render/layout.hpp"

#include "editor/render/cell_run.hpp"
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

std::span<Cell> frame_row(Frame& frame, std::uint16_t row) {
    return {frame.cells.data() + std::size_t{row} * frame.columns, frame.columns};
}

Frame layout(const protocol::ViewMessage& view, protocol::TerminalSize size,
             const LayoutOptions& options) {
    if (size.rows < min_rows || size.columns < min_columns) {
        return too_small(size);
    }
    const int tab_width = std::max(options.tab_width, 1);
    Frame frame = blank_frame(size.rows, size.columns);
    const auto text_rows = static_cast<std::uint16_t>(size.rows - chrome_rows);
    const std::size_t shown = std::min<std::size_t>(view.lines.size(), text_rows);
    for (std::size_t i = 0; i < shown; ++i) {
        draw_text_row(frame_row(frame, static_cast<std::uint16_t>(i)), view.lines[i],
                      view.left_column, tab_width);
    }
    lay_out_chrome(frame, view, options);
    return frame;
}

} // namespace trio::render
