// Building blocks for laying out one row: the cells of a glyph, of a one-line field (status
// bar, message, hints) and clipping that never leaves half a wide character. Render component.
#pragma once

#include "editor/render/frame.hpp"
#include "editor/text/glyph.hpp"

#include <cstddef>
#include <string_view>
#include <vector>

namespace trio::render {

// Consecutive cells of one row, one per display column (continuation cells included), so
// a run's size is its display width.
using CellRun = std::vector<Cell>;

// Exactly glyph.width cells for the glyph at byte `pos` of `line` (see text::next_glyph).
// A Text glyph is one cell holding the whole cluster plus continuation cells, in `attr`;
// a tab is spaces in `attr`; a control or invalid byte is its notation (^A, <85>, \x80),
// one ASCII character per cell, in `special`.
[[nodiscard]] CellRun glyph_cells(std::string_view line, std::size_t pos, const text::Glyph& glyph,
                                  Attr attr, Attr special);

// All of `text` laid out from column 0 in `attr` (notations included: a field has one look).
[[nodiscard]] CellRun field_cells(std::string_view text, Attr attr, int tab_width);

[[nodiscard]] CellRun blank_cells(std::size_t count, Attr attr);

// Drops cells from the end until at most `width` remain and no wide character is left
// without its continuation.
void clip_right(CellRun& run, std::size_t width);

// Drops cells from the start until at most `width` remain and the run does not start with
// a continuation cell.
void clip_left(CellRun& run, std::size_t width);

void append(CellRun& run, const CellRun& more);

} // namespace trio::render
