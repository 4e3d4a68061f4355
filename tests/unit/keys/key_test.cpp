// Unit tests for Key notation: to_string and parse_keys (editor/keys/key).
#include "canonical_keys.hpp"
#include "editor/keys/key.hpp"

#include <gtest/gtest.h>
#include <stdexcept>

namespace trio::keys {
namespace {

using Keys = std::vector<Key>;

void expect_round_trip(const Key& key) {
    const std::string notation = to_string(key);
    EXPECT_EQ(parse_keys(notation), Keys{key}) << notation;
}

TEST(KeyNotation, NamedKeysRoundTripWithEveryModifierCombination) {
    for (auto code = static_cast<int>(KeyCode::Enter); code < static_cast<int>(KeyCode::Paste);
         ++code) {
        for (const Modifier m : testing::all_modifier_sets) {
            expect_round_trip(make_key(static_cast<KeyCode>(code), m));
        }
    }
}

TEST(KeyNotation, CharactersRoundTripWithEveryModifierCombination) {
    std::vector<char32_t> chars;
    for (char32_t c = 0; c < 0x100; ++c) {
        chars.push_back(c);
    }
    for (const char32_t c : {U'\u4e2d', U'\U0001F600', U'\u200b', U'\uFFFD', U'\U0010FFFF',
                             char32_t{0xD800}, char32_t{0x110000}, char32_t{0xFFFFFFFF}}) {
        chars.push_back(c);
    }
    for (const char32_t c : chars) {
        for (const Modifier m : testing::all_modifier_sets) {
            expect_round_trip(make_char(c, m));
        }
    }
}

TEST(KeyNotation, EveryCanonicalKeyRoundTrips) {
    for (const Key& key : testing::canonical_keys()) {
        expect_round_trip(key);
    }
}

TEST(KeyNotation, ToStringUsesKakouneStyleNames) {
    EXPECT_EQ(to_string(make_char(U's', Modifier::Ctrl)), "<c-s>");
    EXPECT_EQ(to_string(make_char(U'a')), "a");
    EXPECT_EQ(to_string(make_char(U'\u4e2d')), "\u4e2d");
    EXPECT_EQ(to_string(make_char(U'<')), "<lt>");
    EXPECT_EQ(to_string(make_char(U'>')), ">");
    EXPECT_EQ(to_string(make_char(U'>', Modifier::Alt)), "<a-gt>");
    EXPECT_EQ(to_string(make_char(U' ')), "<space>");
    EXPECT_EQ(to_string(make_char(U'-', Modifier::Ctrl)), "<c-->");
    EXPECT_EQ(to_string(make_char(U'\x1b')), "<u+001b>");
    EXPECT_EQ(to_string(make_char(U'\u0085', Modifier::Alt)), "<a-u+0085>");
    EXPECT_EQ(to_string(make_key(KeyCode::Enter)), "<ret>");
    EXPECT_EQ(to_string(make_key(KeyCode::Up, Modifier::Shift)), "<s-up>");
    EXPECT_EQ(to_string(make_key(KeyCode::End, Modifier::Ctrl | Modifier::Shift)), "<c-s-end>");
    EXPECT_EQ(to_string(make_key(KeyCode::F12, Modifier::Ctrl | Modifier::Alt | Modifier::Shift)),
              "<c-a-s-f12>");
    EXPECT_EQ(to_string(make_paste("a\nb<")), "<paste>a\nb<</paste>");
}

TEST(KeyNotation, ParsesASequenceOfTextAndNamedKeys) {
    EXPECT_EQ(parse_keys("\u4e2d\u6587<c-s><c-q>"),
              (Keys{make_char(U'\u4e2d'), make_char(U'\u6587'), make_char(U's', Modifier::Ctrl),
                    make_char(U'q', Modifier::Ctrl)}));
    EXPECT_EQ(parse_keys("a b>"),
              (Keys{make_char(U'a'), make_char(U' '), make_char(U'b'), make_char(U'>')}));
    EXPECT_EQ(parse_keys("<paste><ret>\n</paste><ret>"),
              (Keys{make_paste("<ret>\n"), make_key(KeyCode::Enter)}));
    EXPECT_EQ(parse_keys(""), Keys{});
}

TEST(KeyNotation, ParseAcceptsAnyCaseAndVimAliases) {
    EXPECT_EQ(parse_keys("<C-s>"), Keys{make_char(U's', Modifier::Ctrl)});
    EXPECT_EQ(parse_keys("<C-S>"), Keys{make_char(U'S', Modifier::Ctrl)});
    EXPECT_EQ(parse_keys("<Esc><ESCAPE>"),
              (Keys{make_key(KeyCode::Escape), make_key(KeyCode::Escape)}));
    EXPECT_EQ(
        parse_keys("<CR><enter><bs>"),
        (Keys{make_key(KeyCode::Enter), make_key(KeyCode::Enter), make_key(KeyCode::Backspace)}));
    EXPECT_EQ(parse_keys("<s-a-C-PageDown>"),
              Keys{make_key(KeyCode::PageDown, Modifier::Ctrl | Modifier::Alt | Modifier::Shift)});
    EXPECT_EQ(parse_keys("<a><c-<>"), (Keys{make_char(U'a'), make_char(U'<', Modifier::Ctrl)}));
}

void expect_parse_error(std::string_view notation, std::string_view expected_part) {
    try {
        (void)parse_keys(notation);
        ADD_FAILURE() << "no error for " << ::testing::PrintToString(notation);
    } catch (const std::invalid_argument& e) {
        EXPECT_NE(std::string_view(e.what()).find(expected_part), std::string_view::npos)
            << e.what();
    }
}

TEST(KeyNotation, ParseErrorsNameTheOffset) {
    expect_parse_error("ab<c-s", "'<' without '>' (write a literal '<' as <lt>) at offset 2");
    expect_parse_error("x<foo>", "unknown key name 'foo' at offset 1");
    expect_parse_error("<c-bogus>", "unknown key name 'bogus' at offset 0");
    expect_parse_error("ab<>", "empty key name at offset 2");
    expect_parse_error("<c-c-x>", "modifier 'c-' given twice at offset 0");
    expect_parse_error("<paste>abc", "<paste> without </paste> at offset 0");
    expect_parse_error("<c-paste>x</paste>", "without modifiers at offset 0");
    expect_parse_error("a\nb", "raw control character");
    expect_parse_error("ok\xff", "invalid UTF-8 at offset 2");
    expect_parse_error("<u+zz>", "unknown key name");
}

} // namespace
} // namespace trio::keys
