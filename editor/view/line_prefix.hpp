// The start of a line, just long enough for a given display column: so that a 50 MiB line is
// never copied whole to draw a screen or to move the cursor near its start. Runs in the
// input component.
#pragma once

#include "editor/document/document.hpp"

#include <cstdint>
#include <string>

namespace trio::view {

// The bytes of `line` from its start, without its line break, ending at a glyph boundary
// at or after display column `columns` (tabs expanded to `tab_width`), or the whole line if
// it is narrower. Costs O(bytes returned): most glyphs take a column per at most 4 bytes; where
// zero-width marks make that false, the window doubles until it is wide enough.
[[nodiscard]] std::string line_prefix(const document::Document& doc, document::LineIndex line,
                                      std::int64_t columns, int tab_width);

} // namespace trio::view
