// The line-number gutter's width and the selection's columns on a row: what a ViewLine and a
// ViewMessage carry besides the text. Runs in the input component (view_builder).
#pragma once

#include "editor/document/document.hpp"

#include <cstdint>
#include <optional>
#include <string_view>

namespace trio::view {

// Off: the line numbers are not shown. On: a gutter as wide as the digits of the largest line
// number that can be on screen (first_line + rows, or the last line), at least 3, plus one
// space. Costs one line look-up.
enum class LineNumbers : std::uint8_t { Off, On };
[[nodiscard]] std::uint16_t gutter_width(const document::Document& doc,
                                         document::LineIndex first_line, std::uint64_t rows,
                                         LineNumbers numbers);

// A row showing bytes [from, to) of a line, from display column `from_column`; `text` holds
// the line's bytes from its start, at least up to `to`. `selection` is the selected bytes of
// the document and `line_start`, `line_length` place the line (its break excluded).
struct RowSpan {
    std::string_view text;
    std::size_t from = 0;
    std::size_t to = 0;
    std::int64_t from_column = 0;
    bool ends_line = false; // `to` is the line's end (the last row of the line)
};
struct SelectedColumns {
    std::int64_t begin = 0;
    std::int64_t end = 0; // == begin: nothing on this row is selected
};
// The selected display columns of the row (of the line: not relative to the row), one more at
// the end when the row ends the line and the selection takes its line break. Costs
// O(to - from).
[[nodiscard]] SelectedColumns selected_columns(const RowSpan& row,
                                               std::optional<document::ByteRange> selection,
                                               document::ByteOffset line_start,
                                               std::uint64_t line_length, int tab_width);

} // namespace trio::view
