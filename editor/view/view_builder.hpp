// Builds the ViewMessage render needs: only the visible rows, clipped to the visible columns,
// plus cursor and status. Its size is bounded by the screen, never by the file.
// Runs in the input component.
#pragma once

#include "editor/document/document.hpp"
#include "editor/protocol/messages.hpp"

#include <string>

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
};

[[nodiscard]] std::uint32_t text_rows(protocol::TerminalSize size);

// Moves `viewport` the least needed to show the cursor (vertical and horizontal scrolling).
void scroll_to_cursor(Viewport& viewport, const ViewSource& source, protocol::TerminalSize size);

// The visible part of one line: `text` from the first glyph reaching column `left` up to
// the glyph that starts at or beyond `left + width`.
[[nodiscard]] protocol::ViewLine clip_line(std::string_view line, DisplayColumn left,
                                           std::uint32_t width, int tab_width);

[[nodiscard]] protocol::ViewMessage build_view(const ViewSource& source, const Viewport& viewport,
                                               protocol::TerminalSize size);

} // namespace trio::view
