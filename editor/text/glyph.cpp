// Terminal glyphs for grapheme clusters: widths, tabs and safe notations for control and
// invalid bytes. Runs in the input component (cursor columns) and in render (drawing).
#include "editor/text/glyph.hpp"

#include "editor/text/grapheme.hpp"
#include "editor/text/utf8.hpp"

#include <utf8proc.h>

namespace trio::text {

namespace {

constexpr std::string_view dotted_circle = "\u25CC";
constexpr std::string_view hex_digits = "0123456789abcdef";

bool is_c0_or_del(char32_t c) {
    return c < 0x20 || c == 0x7F;
}

// Letters, marks, numbers, punctuation and symbols are visible; other (C*, Z*) categories
// are controls, format characters, separators or unassigned.
bool is_graphic(char32_t c) {
    switch (utf8proc_category(static_cast<utf8proc_int32_t>(c))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
    case UTF8PROC_CATEGORY_PC:
    case UTF8PROC_CATEGORY_PD:
    case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE:
    case UTF8PROC_CATEGORY_PI:
    case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO:
    case UTF8PROC_CATEGORY_SM:
    case UTF8PROC_CATEGORY_SC:
    case UTF8PROC_CATEGORY_SK:
    case UTF8PROC_CATEGORY_SO:
        return true;
    default:
        return false;
    }
}

std::string hex(std::uint32_t value, std::size_t min_digits) {
    std::string out;
    while (value != 0 || out.size() < min_digits) {
        out.insert(out.begin(), hex_digits[value & 0xFu]);
        value >>= 4;
    }
    return out;
}

std::string control_notation(char32_t c) {
    if (c == 0x7F) {
        return "^?";
    }
    if (c < 0x20) {
        return {'^', static_cast<char>(c + 0x40)};
    }
    return "<" + hex(static_cast<std::uint32_t>(c), 2) + ">";
}

int text_width(std::size_t size) {
    return static_cast<int>(size);
}

// A printable ASCII character followed by ASCII (or nothing) is a grapheme cluster of its own,
// one cell wide: only non-ASCII characters (combining marks, joiners, extenders) attach to a
// base, and CR LF is made of controls. Most text is such characters, and this answers for
// them without decoding or looking up Unicode properties, on every keystroke's screen.
bool is_plain_ascii_at(std::string_view line, std::size_t pos) {
    if (pos >= line.size()) {
        return false;
    }
    const auto byte = static_cast<unsigned char>(line[pos]);
    if (byte < 0x20 || byte >= 0x7F) {
        return false;
    }
    return pos + 1 >= line.size() || static_cast<unsigned char>(line[pos + 1]) < 0x80;
}

} // namespace

Glyph next_glyph(std::string_view line, std::size_t pos, std::int64_t column, int tab_width) {
    if (is_plain_ascii_at(line, pos)) {
        return {1, 1, GlyphKind::Text}; // the common case, without utf8proc's tables
    }
    const DecodedChar first = decode_utf8(line, pos);
    if (!first.valid) {
        return {1, 4, GlyphKind::Invalid};
    }
    if (first.codepoint == U'\t') {
        const std::int64_t stop = tab_width < 1 ? 1 : tab_width;
        const std::int64_t from = column < 0 ? 0 : column;
        return {1, static_cast<int>(stop - from % stop), GlyphKind::Tab};
    }
    const int width = utf8proc_charwidth(static_cast<utf8proc_int32_t>(first.codepoint));
    // Unassigned characters get utf8proc width 1 but wcwidth -1: the terminal's guess
    // would differ from ours, so they are shown in hex like invisible ones.
    const bool unassigned =
        utf8proc_category(static_cast<utf8proc_int32_t>(first.codepoint)) == UTF8PROC_CATEGORY_CN;
    if (is_c0_or_del(first.codepoint) || unassigned ||
        (width == 0 && !is_graphic(first.codepoint))) {
        return {first.length, text_width(control_notation(first.codepoint).size()),
                GlyphKind::Control};
    }
    return {next_grapheme(line, pos) - pos, width == 0 ? 1 : width, GlyphKind::Text};
}

std::string glyph_text(std::string_view line, std::size_t pos, const Glyph& glyph) {
    switch (glyph.kind) {
    case GlyphKind::Tab:
        return std::string(static_cast<std::size_t>(glyph.width), ' ');
    case GlyphKind::Invalid:
        return "\\x" + hex(static_cast<unsigned char>(line[pos]), 2);
    case GlyphKind::Control:
        return control_notation(decode_utf8(line, pos).codepoint);
    case GlyphKind::Text:
        break;
    }
    if (glyph.bytes == 1 && is_plain_ascii_at(line, pos)) {
        return std::string(1, line[pos]);
    }
    std::string out;
    const DecodedChar first = decode_utf8(line, pos);
    if (utf8proc_charwidth(static_cast<utf8proc_int32_t>(first.codepoint)) == 0) {
        out = dotted_circle;
    }
    out.append(line.substr(pos, glyph.bytes));
    return out;
}

std::int64_t column_at_byte(std::string_view line, std::size_t pos, int tab_width) {
    std::size_t at = 0;
    std::int64_t column = 0;
    while (at < pos && at < line.size()) {
        const Glyph glyph = next_glyph(line, at, column, tab_width);
        if (at + glyph.bytes > pos) {
            break;
        }
        at += glyph.bytes;
        column += glyph.width;
    }
    return column;
}

std::int64_t display_width(std::string_view line, int tab_width) {
    return column_at_byte(line, line.size(), tab_width);
}

std::size_t byte_at_column(std::string_view line, std::int64_t column, int tab_width) {
    std::size_t at = 0;
    std::int64_t at_column = 0;
    while (at < line.size()) {
        const Glyph glyph = next_glyph(line, at, at_column, tab_width);
        if (at_column + glyph.width > column) {
            break;
        }
        at += glyph.bytes;
        at_column += glyph.width;
    }
    return at;
}

} // namespace trio::text
