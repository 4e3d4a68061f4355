// Where the cursor goes: pure functions over a Document that move by grapheme cluster,
// by line and by display column (a CJK character is two columns and is never split).
// Runs in the input component.
#pragma once

#include "editor/document/document.hpp"
#include "editor/document/units.hpp"

namespace trio::commands {

using document::ByteOffset;
using document::DisplayColumn;
using document::Document;
using document::LineIndex;

// The next / previous cursor position: one grapheme cluster along, crossing line breaks.
// At the end (start) of the document the position is returned unchanged.
[[nodiscard]] ByteOffset next_position(const Document& doc, ByteOffset pos);
[[nodiscard]] ByteOffset previous_position(const Document& doc, ByteOffset pos);

// Display column of `pos` within its line (tabs expanded to `tab_width`).
[[nodiscard]] DisplayColumn column_of(const Document& doc, ByteOffset pos, int tab_width);

// The position in `line` whose glyph covers `column`, moved back to the glyph's start so a
// wide character or a tab is never split; the line's end if the line is shorter.
[[nodiscard]] ByteOffset position_at_column(const Document& doc, LineIndex line,
                                            DisplayColumn column, int tab_width);

// `line`, or the last line if the document has fewer lines; counts a huge document's lines
// only as far as `line`, never all of them for a line near the top.
[[nodiscard]] LineIndex last_line_up_to(const Document& doc, LineIndex line);

} // namespace trio::commands
