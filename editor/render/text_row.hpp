// One text row of the screen from a ViewLine: tabs expanded, wide characters cut at either
// edge shown blank, control and invalid bytes as notations. Pure; render component.
#pragma once

#include "editor/protocol/messages.hpp"
#include "editor/render/cell_run.hpp"

#include <cstdint>
#include <span>

namespace trio::render {

// Exactly `columns` cells showing display columns [left_column, left_column + columns) of
// the line that `line` is a clipped part of (line.text starts at line.first_column).
// Text is Attr::Normal, notations Attr::Special; never half a glyph.
[[nodiscard]] CellRun text_row(const protocol::ViewLine& line, protocol::DisplayColumn left_column,
                               std::uint16_t columns, int tab_width);

// The same, written over the cells of `row` (row.size() columns), reusing their storage: the
// renderer redraws rows of a frame it keeps rather than building new ones for every key.
void draw_text_row(std::span<Cell> row, const protocol::ViewLine& line,
                   protocol::DisplayColumn left_column, int tab_width);

} // namespace trio::render
