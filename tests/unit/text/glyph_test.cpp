// Unit tests for terminal glyphs: widths, tabs and safe notations (editor/text/glyph).
#include "editor/text/glyph.hpp"
#include "editor/text/utf8.hpp"

#include <gtest/gtest.h>
#include <random>
#include <vector>

namespace trio::text {
namespace {

struct Shown {
    std::size_t bytes;
    int width;
    GlyphKind kind;
    std::string text;
    bool operator==(const Shown&) const = default;
};

void PrintTo(const Shown& s, std::ostream* os) {
    *os << "{bytes=" << s.bytes << " width=" << s.width << " kind=" << static_cast<int>(s.kind)
        << " text=" << testing::PrintToString(s.text) << "}";
}

Shown show(std::string_view line, std::size_t pos = 0, std::int64_t column = 0, int tab = 8) {
    const Glyph g = next_glyph(line, pos, column, tab);
    return {g.bytes, g.width, g.kind, glyph_text(line, pos, g)};
}

TEST(Glyph, AsciiIsOneCell) {
    EXPECT_EQ(show("ab"), (Shown{1, 1, GlyphKind::Text, "a"}));
}

TEST(Glyph, EastAsianWideCharacterIsTwoCells) {
    EXPECT_EQ(show("\u4e2d\u6587"), (Shown{3, 2, GlyphKind::Text, "\u4e2d"}));
    EXPECT_EQ(show("\U0001F600"), (Shown{4, 2, GlyphKind::Text, "\U0001F600"}));
}

TEST(Glyph, CombiningMarkAddsNoWidthToItsBase) {
    EXPECT_EQ(show("e\u0301x"), (Shown{3, 1, GlyphKind::Text, "e\u0301"}));
    EXPECT_EQ(show("\u4e2d\u0301"), (Shown{5, 2, GlyphKind::Text, "\u4e2d\u0301"}));
}

TEST(Glyph, LoneCombiningMarkIsDrawnOnADottedCircle) {
    EXPECT_EQ(show("\u0301a"), (Shown{2, 1, GlyphKind::Text, "\u25CC\u0301"}));
}

TEST(Glyph, TabExpandsToTheNextTabStop) {
    EXPECT_EQ(show("\t", 0, 0, 8), (Shown{1, 8, GlyphKind::Tab, "        "}));
    EXPECT_EQ(show("\t", 0, 3, 8), (Shown{1, 5, GlyphKind::Tab, "     "}));
    EXPECT_EQ(show("\t", 0, 8, 8), (Shown{1, 8, GlyphKind::Tab, "        "}));
    EXPECT_EQ(show("\t", 0, 5, 4), (Shown{1, 3, GlyphKind::Tab, "   "}));
    EXPECT_EQ(show("\t", 0, 5, 0), (Shown{1, 1, GlyphKind::Tab, " "}));
}

TEST(Glyph, C0ControlsAndDeleteAreShownInCaretNotation) {
    EXPECT_EQ(show("\x01"), (Shown{1, 2, GlyphKind::Control, "^A"}));
    EXPECT_EQ(show(std::string_view("\0", 1)), (Shown{1, 2, GlyphKind::Control, "^@"}));
    EXPECT_EQ(show("\x1b[31m"), (Shown{1, 2, GlyphKind::Control, "^["}));
    EXPECT_EQ(show("\x1f"), (Shown{1, 2, GlyphKind::Control, "^_"}));
    EXPECT_EQ(show("\x7f"), (Shown{1, 2, GlyphKind::Control, "^?"}));
}

TEST(Glyph, CrLfIsShownAsTwoControls) {
    EXPECT_EQ(show("\r\n", 0), (Shown{1, 2, GlyphKind::Control, "^M"}));
    EXPECT_EQ(show("\r\n", 1), (Shown{1, 2, GlyphKind::Control, "^J"}));
}

TEST(Glyph, C1ControlsAndInvisibleCharactersAreShownInHex) {
    EXPECT_EQ(show("\u0085"), (Shown{2, 4, GlyphKind::Control, "<85>"}));
    EXPECT_EQ(show("\u009b"), (Shown{2, 4, GlyphKind::Control, "<9b>"}));
    EXPECT_EQ(show("\u200b"), (Shown{3, 6, GlyphKind::Control, "<200b>"})); // zero width space
    EXPECT_EQ(show("\ufeff"), (Shown{3, 6, GlyphKind::Control, "<feff>"})); // BOM
    EXPECT_EQ(show("\u202e"), (Shown{3, 6, GlyphKind::Control, "<202e>"})); // RTL override
    EXPECT_EQ(show("\u2028"), (Shown{3, 6, GlyphKind::Control, "<2028>"})); // line separator
    EXPECT_EQ(show("\u0378"), (Shown{2, 5, GlyphKind::Control, "<378>"}));  // unassigned
    EXPECT_EQ(show("\U0010FFFF"), (Shown{4, 8, GlyphKind::Control, "<10ffff>"})); // nonchar
}

TEST(Glyph, InvalidByteIsShownInHexEscape) {
    EXPECT_EQ(show("\xff"), (Shown{1, 4, GlyphKind::Invalid, "\\xff"}));
    EXPECT_EQ(show("\xe4\xb8"), (Shown{1, 4, GlyphKind::Invalid, "\\xe4"}));
    EXPECT_EQ(show("\xc2\x85", 1), (Shown{1, 4, GlyphKind::Invalid, "\\x85"}));
}

TEST(Glyph, DisplayWidthAddsGlyphsAndExpandsTabs) {
    EXPECT_EQ(display_width("", 8), 0);
    EXPECT_EQ(display_width("a\u4e2d\tb", 8), 9);
    EXPECT_EQ(display_width("a\u4e2d\tb", 4), 5);
    EXPECT_EQ(display_width("\x01\xff", 8), 6);
}

TEST(Glyph, ByteAtColumnGivesTheStartOfTheGlyphContainingTheColumn) {
    const std::string line = "a\u4e2d"
                             "b"; // columns: a=0, 中=1-2, b=3
    EXPECT_EQ(byte_at_column(line, -1, 8), 0u);
    EXPECT_EQ(byte_at_column(line, 0, 8), 0u);
    EXPECT_EQ(byte_at_column(line, 1, 8), 1u);
    EXPECT_EQ(byte_at_column(line, 2, 8), 1u); // second half of 中
    EXPECT_EQ(byte_at_column(line, 3, 8), 4u);
    EXPECT_EQ(byte_at_column(line, 4, 8), 5u);
    EXPECT_EQ(byte_at_column(line, 100, 8), 5u);
    EXPECT_EQ(byte_at_column("\tx", 5, 8), 0u); // inside the tab
    EXPECT_EQ(byte_at_column("\tx", 8, 8), 1u);
}

TEST(Glyph, ColumnAtByteGivesTheFirstCellOfTheGlyph) {
    const std::string line = "a\u4e2d"
                             "b";
    EXPECT_EQ(column_at_byte(line, 0, 8), 0);
    EXPECT_EQ(column_at_byte(line, 1, 8), 1);
    EXPECT_EQ(column_at_byte(line, 2, 8), 1); // inside 中
    EXPECT_EQ(column_at_byte(line, 4, 8), 3);
    EXPECT_EQ(column_at_byte(line, 5, 8), 4);
    EXPECT_EQ(column_at_byte(line, 50, 8), 4);
}

bool has_control_character(std::string_view s) {
    for (std::size_t pos = 0; pos < s.size();) {
        const DecodedChar c = decode_utf8(s, pos);
        if (!c.valid || c.codepoint < 0x20 || (c.codepoint >= 0x7F && c.codepoint < 0xA0)) {
            return true;
        }
        pos += c.length;
    }
    return false;
}

// The renderer relies on this: glyphs tile the line, and what it writes is printable and
// exactly as wide as the glyph says.
TEST(Glyph, GlyphTextIsPrintableAndAsWideAsTheGlyphOnRandomLines) {
    const std::vector<std::string> pieces = {
        "a",        "\t",     "\r",         "\n",         std::string(1, '\0'),
        "\x1b",     "\x7f",   "\u0085",     "\u0301",     "\u200b",
        "\u200d",   "\u4e2d", "\U0001F600", "\U0001F1EB", "\xff",
        "\xe4\xb8", "\u1100", "\u1161",     "\ufe0f",     "\u0600"};
    std::mt19937 rng(3);
    std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
    for (int round = 0; round < 2000; ++round) {
        std::string line;
        for (int n = 0; n < 12; ++n) {
            line += pieces[pick(rng)];
        }
        std::size_t pos = 0;
        std::int64_t column = 0;
        while (pos < line.size()) {
            const Glyph g = next_glyph(line, pos, column, 4);
            ASSERT_GE(g.bytes, 1u);
            ASSERT_GE(g.width, 1);
            const std::string text = glyph_text(line, pos, g);
            ASSERT_FALSE(has_control_character(text)) << testing::PrintToString(text);
            if (g.kind != GlyphKind::Tab) {
                ASSERT_EQ(display_width(text, 4), g.width) << testing::PrintToString(text);
            }
            ASSERT_EQ(column_at_byte(line, pos, 4), column);
            ASSERT_EQ(byte_at_column(line, column + g.width - 1, 4), pos);
            pos += g.bytes;
            column += g.width;
        }
        ASSERT_EQ(pos, line.size());
        ASSERT_EQ(display_width(line, 4), column);
    }
}

} // namespace
} // namespace trio::text
