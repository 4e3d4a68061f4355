// How one grapheme cluster is shown on a terminal: its cells and the printable text for
// them. Pure functions shared by the view builder (input component) and render, so the
// cursor column and the drawn screen always agree.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace trio::text {

enum class GlyphKind : std::uint8_t {
    Text,    // a grapheme cluster drawn as itself
    Tab,     // '\t', expanded with spaces to the next tab stop
    Control, // a control or invisible format character, drawn as ^X or <hex>
    Invalid, // a byte that is not valid UTF-8, drawn as \xNN
};

struct Glyph {
    std::size_t bytes = 0; // bytes of the line it covers (at least 1)
    int width = 0;         // terminal cells it takes (at least 1)
    GlyphKind kind = GlyphKind::Text;
};

// The glyph starting at byte `pos` (< line.size()) of `line` when drawn at display
// `column` (>= 0; only tabs depend on it). `tab_width` < 1 is treated as 1. Rules:
// - Text: one grapheme cluster (next_grapheme); width = utf8proc_charwidth of its first
//   character, so East Asian wide characters take 2 cells and combining marks joined to a
//   base add nothing. A cluster whose first character is a visible but zero-width
//   character (a combining mark with no base) takes 1 cell and is drawn on U+25CC DOTTED
//   CIRCLE, so it never vanishes or merges into the previous cell.
// - Tab: 1 byte, width tab_width - column % tab_width.
// - Control: exactly one character, never a whole cluster (so CR LF shows as ^M^J):
//   C0 controls and DEL as ^@ … ^_ and ^? (2 cells); C1 controls (U+0080–U+009F) and
//   other invisible zero-width characters (ZWSP, BOM, bidi controls, line/paragraph
//   separators, unassigned) as Vim does, lowercase hex in angle brackets: <85>, <200b>,
//   <feff> (4 to 8 cells). Invisible text could otherwise hide what the file holds.
// - Invalid: one byte that is not valid UTF-8, drawn as \xNN in lowercase hex (4 cells).
//   A C1 control is a valid character, hence <80> rather than \x80: the two differ.
[[nodiscard]] Glyph next_glyph(std::string_view line, std::size_t pos, std::int64_t column,
                               int tab_width);

// The printable text for `glyph` (as returned by next_glyph for `pos`): exactly
// glyph.width cells wide and free of control bytes, so the renderer can write it as is.
// Text: the cluster's bytes (after U+25CC for a lone mark); Tab: glyph.width spaces;
// Control and Invalid: the notations above.
[[nodiscard]] std::string glyph_text(std::string_view line, std::size_t pos, const Glyph& glyph);

// The display column of the glyph that contains byte `pos` (its first cell), or the
// width of the whole line when pos >= line.size(). Cost: O(pos).
[[nodiscard]] std::int64_t column_at_byte(std::string_view line, std::size_t pos, int tab_width);

// The number of cells `line` takes when drawn from column 0.
[[nodiscard]] std::int64_t display_width(std::string_view line, int tab_width);

// The byte offset of the glyph that contains display `column`: a column inside a wide
// character or a tab gives that glyph's start, so the cursor never splits it. Column <= 0
// gives 0; a column at or past the line's width gives line.size(). Cost: O(result).
[[nodiscard]] std::size_t byte_at_column(std::string_view line, std::int64_t column, int tab_width);

} // namespace trio::text
