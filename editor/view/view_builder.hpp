// Builds the ViewMessage render needs: only the visible rows, clipped to the visible columns,
// plus cursor and status. Its size is bounded by the screen, never by the file.
// Runs in the input component.
#pragma once

#include "editor/document/document.hpp"
#include "editor/protocol/messages.hpp"

#include <string>
#include <vector>

namespace trio::view {

using document::ByteOffset;
using document::DisplayColumn;
using document::LineIndex;

// The part of the document on screen; kept by the input component between views.
struct Viewport {
    LineIndex first_line;
    DisplayColumn left_column;
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
};

[[nodiscard]] std::uint32_t text_rows(protocol::TerminalSize size);

// Moves `viewport` the least needed to show the cursor (vertical and horizontal scrolling).
void scroll_to_cursor(Viewport& viewport, const ViewSource& source, protocol::TerminalSize size);

// The visible part of one line: `text` from the first glyph reaching column `left` up to
// the glyph that starts at or beyond `left + width`.
[[nodiscard]] protocol::ViewLine clip_line(std::string_view line, DisplayColumn left,
                                           std::uint32_t width, int tab_width);

// The view of `source` through `viewport` on a terminal of `size`. With a panel, the text rows
// show the panel's rows instead of the document's, from the top, cut at the text rows and
// the columns (not scrolled: left_column is 0), with blank rows below; the cursor is parked
// at the end of the panel's last row shown. Everything else (status bar, message, prompt,
// cursor line and column on the status bar) is the document's as without a panel.
[[nodiscard]] protocol::ViewMessage build_view(const ViewSource& source, const Viewport& viewport,
                                               protocol::TerminalSize size);

} // namespace trio::view
