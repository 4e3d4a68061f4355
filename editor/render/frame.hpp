// The Frame: a screen's worth of cells with attributes and a cursor, built in memory by
// layout() and put on the terminal by a Screen. Plain value types; render component.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace trio::render {

// How a cell is drawn. The Screen maps each to terminal attributes (ncurses_screen.cpp).
enum class Attr : std::uint8_t {
    Normal,
    StatusBar,
    Special, // a notation standing for something unprintable: ^X, <85>, \xNN
    Error,
    HintKey,
    HintText,
    Message,
    LineNumber, // the gutter's numbers
    Selection,  // selected text (reverse video), whatever its syntax colour
    // Syntax classes (syntax::Colour), coloured only where the terminal has colours.
    Keyword,
    Type,
    String,
    Comment,
    Number,
    Preprocessor,
    Heading,
    Emphasis,
    Code,
    Variable,
};

// One terminal cell. `text` is one grapheme cluster in UTF-8 (combining marks included),
// never containing a control byte. A double-width character occupies two cells: the first
// has width 2 and the text, the second (its continuation) has width 0 and empty text.
struct Cell {
    std::string text = " ";
    std::uint8_t width = 1;
    Attr attr = Attr::Normal;
    bool operator==(const Cell&) const = default;
};

// A rows x columns grid of cells in row-major order, plus where the cursor is.
// Invariant: cells.size() == rows * columns.
struct Frame {
    std::uint16_t rows = 0;
    std::uint16_t columns = 0;
    std::vector<Cell> cells;
    std::uint16_t cursor_row = 0;
    std::uint16_t cursor_column = 0;
    bool cursor_visible = false;

    // Unchecked beyond a debug assertion: r < rows and c < columns.
    [[nodiscard]] Cell& at(std::uint16_t r, std::uint16_t c);
    [[nodiscard]] const Cell& at(std::uint16_t r, std::uint16_t c) const;

    bool operator==(const Frame&) const = default;
};

// A frame of blank Normal cells with a hidden cursor at the origin.
[[nodiscard]] Frame blank_frame(std::uint16_t rows, std::uint16_t columns);

// The concatenated text of row `r` (continuation cells add nothing), e.g. for tests and
// debugging: a row of "中" and "a" on three cells reads "中a".
[[nodiscard]] std::string row_text(const Frame& frame, std::uint16_t r);

} // namespace trio::render
