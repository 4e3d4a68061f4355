// One text row of the screen from a ViewLine: tabs expanded, wide characters cut at either
// edge shown blank, control and invalid bytes as notations, syntax colours and the
// selection applied. Pure; render component.
#pragma once

#include "editor/protocol/messages.hpp"
#include "editor/render/cell_run.hpp"
#include "editor/syntax/highlight.hpp"

#include <cstdint>
#include <span>

namespace trio::render {

// The Attr a syntax class is drawn in (Plain: Normal).
[[nodiscard]] Attr attr_of(syntax::Colour colour);

// Exactly `columns` cells showing display columns [left_column, left_column + columns) of
// the line that `line` is a clipped part of (line.text starts at line.first_column).
// Text is Attr::Normal, or the attr_of its syntax class where `colours` (spans of
// line.text, as syntax::highlight makes them) says so; notations are Attr::Special; the
// cells of columns [line.selection_begin, line.selection_end) are Attr::Selection, blank
// ones past the text included (the selected line break). Never half a glyph.
[[nodiscard]] CellRun text_row(const protocol::ViewLine& line, protocol::DisplayColumn left_column,
                               std::uint16_t columns, int tab_width,
                               std::span<const syntax::Span> colours = {});

// The same, written over the cells of `row` (row.size() columns), reusing their storage: the
// renderer redraws rows of a frame it keeps rather than building new ones for every key.
void draw_text_row(std::span<Cell> row, const protocol::ViewLine& line,
                   protocol::DisplayColumn left_column, int tab_width,
                   std::span<const syntax::Span> colours = {});

} // namespace trio::render
