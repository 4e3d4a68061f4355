// Soft wrap: a line laid out as rows of the text area's width, read no further than the rows
// needed. Runs in the input component (view_builder).
#pragma once

#include "editor/document/document.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace trio::view {

// One screen row of a wrapped line: bytes [begin, end) of the line, drawn from display
// column `first_column` (of the line) up to `end_column`.
struct WrapRow {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::int64_t first_column = 0;
    std::int64_t end_column = 0;
    bool operator==(const WrapRow&) const = default;
};

// A line that ends with a full row gets one more, empty row (begin == end == the line's
// length): where the cursor stands at the end of that line, as in Vim.
//
// Cost limit: a line longer than this is not laid out to find the rows above the cursor or
// below the top of the screen (that would read it whole on every key): scrolling past it
// then shows the line after it at the top instead (see scroll_to_cursor).
inline constexpr std::uint64_t max_wrapped_line_bytes = 1024 * 1024;

// Greedy wrap of `text` (a line's first bytes, no line break) at `width` columns (at least
// 1): each glyph goes on the current row if it fits, else it starts the next row (a wide
// character or a tab is never split; one wider than a whole row gets a row of its own).
// Tabs expand from the line's start, as render draws them. One row at a time: no allocation.
class RowBreaker {
public:
    RowBreaker(std::string_view text, std::uint32_t width, int tab_width);
    // The next row, or nullopt once the text is used up (an empty text has one empty row).
    // The last row returned may be cut short by the end of `text`, not by the width.
    [[nodiscard]] std::optional<WrapRow> next();

private:
    std::string_view m_text;
    std::int64_t m_width;
    int m_tab_width;
    std::size_t m_pos = 0;
    std::int64_t m_column = 0;
    bool m_done = false;
};

struct WrappedLine {
    std::string text;          // the line's first bytes: at least up to the end of `rows`
    std::vector<WrapRow> rows; // rows first_row… of the line, at most max_rows of them
    bool complete = false;     // `rows` reach the line's last row
};

// Rows [first_row, first_row + max_rows) of `line`, or as many as it has. Costs O(bytes up to
// the end of those rows): reads a prefix of the line (line_prefix), doubling it only when
// glyphs narrower than bytes need it; the skipped rows are not stored.
[[nodiscard]] WrappedLine wrap_line(const document::Document& doc, document::LineIndex line,
                                    std::uint32_t width, int tab_width, std::uint64_t first_row,
                                    std::uint64_t max_rows);

// Where the cursor is shown in its wrapped line: the row (0 = the line's first) and the
// display column from the line's start. Costs O(bytes of the line before the cursor), as the
// cursor's column does without wrapping.
struct CursorPlace {
    std::uint64_t row = 0;
    std::int64_t column = 0;
    std::int64_t row_first_column = 0;
};
[[nodiscard]] CursorPlace cursor_place(const document::Document& doc, document::ByteOffset cursor,
                                       std::uint32_t width, int tab_width);

} // namespace trio::view
