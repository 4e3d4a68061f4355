// Builds the ViewMessage render needs: only the visible rows, clipped to the visible columns,
// plus cursor and status. Its size is bounded by the screen, never by the file.
// Runs in the input component.
#pragma once

#include "editor/document/document.hpp"
#include "editor/protocol/messages.hpp"

#include <optional>
#include <string>
#include <vector>

namespace trio::view {

using document::ByteOffset;
using document::DisplayColumn;
using document::LineIndex;

// The part of the document on screen; kept by the input component between views.
struct Viewport {
    LineIndex first_line;
    DisplayColumn left_column; // 0 with soft wrap
    // With soft wrap: the row of first_line's wrapped rows shown at the top (a line taller
    // than the screen scrolls inside itself). 0 without.
    std::uint64_t first_row = 0;
};

// Everything the view shows besides the document text.
struct ViewSource {
    const document::Document& doc;
    ByteOffset cursor;
    int tab_width = 8;
    std::string file_name;
    bool modified = false;
    bool read_only = false;
    protocol::Design design = protocol::Design::Threads;
    std::string message;
    bool message_is_error = false;
    protocol::Prompt prompt = protocol::Prompt::None;
    std::string note;
    // A panel drawn over the text area instead of the document (the F2 runtime panel), one
    // string per row; empty: none. See build_view.
    std::vector<std::string> panel{};
    bool line_numbers = false; // a gutter of line numbers at the left of the text rows
    bool soft_wrap = false;    // long lines continue on the next rows instead of scrolling
    std::optional<document::ByteRange> selection{}; // highlighted bytes, begin < end
    protocol::Language language = protocol::Language::None;
    bool syntax_colours = true;
};

[[nodiscard]] std::uint32_t text_rows(protocol::TerminalSize size);

// Moves `viewport` the least needed to show the cursor (vertical and horizontal scrolling;
// with soft wrap, vertical by wrapped rows and never horizontal). The text area is narrowed by
// the gutter. Cost: O(the screen's bytes + the bytes of the cursor's line before the cursor);
// with soft wrap, lines above the cursor longer than max_wrapped_line_bytes are not laid out:
// the screen then starts at the line after such a line (see soft_wrap.hpp).
void scroll_to_cursor(Viewport& viewport, const ViewSource& source, protocol::TerminalSize size);

// The columns of the text area: the terminal's minus the gutter, at least 1.
[[nodiscard]] std::uint32_t text_width(protocol::TerminalSize size, std::uint16_t gutter);

// The gutter `source` gets through `viewport`; see gutter_width().
[[nodiscard]] std::uint16_t gutter_for(const ViewSource& source, const Viewport& viewport,
                                       protocol::TerminalSize size);

// The visible part of one line: `text` from the first glyph reaching column `left` up to
// the glyph that starts at or beyond `left + width`.
[[nodiscard]] protocol::ViewLine clip_line(std::string_view line, DisplayColumn left,
                                           std::uint32_t width, int tab_width);

// The view of `source` through `viewport` on a terminal of `size`. With a panel, the text rows
// show the panel's rows instead of the document's, from the top, cut at the text rows and
// the columns (not scrolled: left_column is 0), with blank rows below; the cursor is parked
// at the end of the panel's last row shown. Everything else (status bar, message, prompt,
// cursor line and column on the status bar) is the document's as without a panel.
// Each row carries its line number (0 on a wrapped line's continuation rows and on panel
// rows) and its selected columns; cursor_column includes the gutter. With soft wrap each row
// is a segment of its line (ViewLine.first_column where it starts), left_column is 0, and
// the rows start at viewport.first_row of the first line. `viewport` should have been
// through scroll_to_cursor; if the cursor is not on screen anyway, its row is clamped to the
// last text row.
[[nodiscard]] protocol::ViewMessage build_view(const ViewSource& source, const Viewport& viewport,
                                               protocol::TerminalSize size);

} // namespace trio::view
