// The line-number gutter at the left of the text rows. Pure; render component.
#pragma once

#include "editor/render/frame.hpp"

#include <cstdint>
#include <span>

namespace trio::render {

// Writes over `cells` (the gutter of one row, cells.size() columns): `number` right-aligned
// in all but the last column, in `attr`, then one blank; every cell blank (Normal) for
// number 0 (a continuation row, or past the end of the file). A number too long for the
// gutter keeps its last digits (input sizes the gutter for the largest number shown).
void draw_gutter(std::span<Cell> cells, std::uint64_t number, Attr attr);

} // namespace trio::render
