// Turns the newest ViewMessage into a Frame: the pure half of drawing, testable without a
// terminal (the Screen does the I/O). Runs in the render component.
#pragma once

#include "editor/protocol/messages.hpp"
#include "editor/render/frame.hpp"
#include "editor/syntax/highlight.hpp"

#include <span>
#include <string_view>
#include <vector>

namespace trio::render {

struct LayoutOptions {
    int tab_width = 8; // < 1 is treated as 1
};

// Shown on the first row instead of the editor when the terminal is too small for it.
inline constexpr std::string_view too_small_text = "Terminal too small";
inline constexpr std::uint16_t min_rows = 5;
inline constexpr std::uint16_t min_columns = 20;

// The screen of `size` (R rows, C columns) for `view`:
// - rows 0 .. R-4: text; row i shows view.lines[i] (text_row.hpp), blank past the last line:
//   - with view.gutter_width G > 0 (at most C-1), its first G columns are the gutter
//     (gutter.hpp: lines[i].number in Attr::LineNumber, or Normal when syntax_colours is
//     off) and the text takes the other C-G;
//   - the text shows its line from view.left_column, or from lines[i].first_column when
//     view.soft_wrap (each row is its own piece of a wrapped line);
//   - when view.syntax_colours and view.language is not None, the text is coloured by
//     syntax::highlight, row after row from State::Normal at the top of the screen: a
//     comment or string opened above the first row shown is not known (as in vim with a
//     short sync), nor is what a horizontally scrolled row hides on its left;
// - row R-3: the status bar (status_bar.hpp);
// - row R-2: view.message in Attr::Error or Attr::Message, cut at C columns, and view.note
//   right-aligned when both fit with a space between them;
// - row R-1: the key hints for view.prompt (key_hints.hpp);
// - cursor: after the message when a prompt is open, otherwise at (cursor_row,
//   cursor_column) clamped into the text area.
// Below min_rows x min_columns: only too_small_text on row 0 (cut at C), cursor hidden.
// Any size is accepted, 0x0 included. No cell ever holds a control byte: unprintable
// characters become notations (^A, <85>, \x80). Pure, thread-safe, never throws except
// std::bad_alloc.
[[nodiscard]] Frame layout(const protocol::ViewMessage& view, protocol::TerminalSize size,
                           const LayoutOptions& options);

// The parts of layout() that FrameBuilder also uses, for a frame of at least
// min_rows x min_columns. lay_out_chrome writes the status, message and hints rows (each in
// full) and the cursor. lay_out_text_row writes text row `row` (gutter included) from
// `line` (nullptr: blank, past the end of the file), starting in syntax state `state`, and
// returns the state the next row starts in; `spans` is scratch space it reuses. frame_row
// is the cells of one row.
void lay_out_chrome(Frame& frame, const protocol::ViewMessage& view, const LayoutOptions& options);
syntax::State lay_out_text_row(Frame& frame, std::uint16_t row, const protocol::ViewMessage& view,
                               const protocol::ViewLine* line, syntax::State state,
                               const LayoutOptions& options, std::vector<syntax::Span>& spans);
[[nodiscard]] std::span<Cell> frame_row(Frame& frame, std::uint16_t row);

} // namespace trio::render
