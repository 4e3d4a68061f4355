// Unit tests for encode_key: the bytes an xterm sends for each key (editor/keys/key).
#include "editor/keys/key.hpp"

#include <gtest/gtest.h>
#include <stdexcept>

namespace trio::keys {
namespace {

std::string encode(std::string_view notation) {
    const std::vector<Key> keys = parse_keys(notation);
    std::string out;
    for (const Key& k : keys) {
        out += encode_key(k);
    }
    return out;
}

TEST(KeyEncoding, CharactersAndControlKeysAreSingleBytesOrUtf8) {
    EXPECT_EQ(encode("a"), "a");
    EXPECT_EQ(encode("\u4e2d"), "\u4e2d");
    EXPECT_EQ(encode("<c-s>"), "\x13");
    EXPECT_EQ(encode("<c-a>"), "\x01");
    EXPECT_EQ(encode("<c-z>"), "\x1a");
    EXPECT_EQ(encode("<c-S>"), "\x13");
    EXPECT_EQ(encode("<c-space>"), std::string(1, '\0'));
    EXPECT_EQ(encode("<c-\\>"), "\x1c");
    EXPECT_EQ(encode("<c-_>"), "\x1f");
    EXPECT_EQ(encode("<ret>"), "\r");
    EXPECT_EQ(encode("<tab>"), "\t");
    EXPECT_EQ(encode("<s-tab>"), "\x1b[Z");
    EXPECT_EQ(encode("<backspace>"), "\x7f");
    EXPECT_EQ(encode("<c-backspace>"), "\x08");
    EXPECT_EQ(encode("<esc>"), "\x1b");
}

TEST(KeyEncoding, AltIsAnEscapePrefix) {
    EXPECT_EQ(encode("<a-x>"), "\x1bx");
    EXPECT_EQ(encode("<a-\u4e2d>"), "\x1b\u4e2d");
    EXPECT_EQ(encode("<a-c-x>"), "\x1b\x18");
    EXPECT_EQ(encode("<a-ret>"), "\x1b\r");
    EXPECT_EQ(encode("<a-backspace>"), "\x1b\x7f");
}

TEST(KeyEncoding, CursorAndEditingKeysUseXtermSequences) {
    EXPECT_EQ(encode("<up><down><right><left>"), "\x1b[A\x1b[B\x1b[C\x1b[D");
    EXPECT_EQ(encode("<home><end>"), "\x1b[H\x1b[F");
    EXPECT_EQ(encode("<s-up>"), "\x1b[1;2A");
    EXPECT_EQ(encode("<a-left>"), "\x1b[1;3D");
    EXPECT_EQ(encode("<c-home>"), "\x1b[1;5H");
    EXPECT_EQ(encode("<c-end>"), "\x1b[1;5F");
    EXPECT_EQ(encode("<c-s-right>"), "\x1b[1;6C");
    EXPECT_EQ(encode("<c-a-s-down>"), "\x1b[1;8B");
    EXPECT_EQ(encode("<pageup><pagedown>"), "\x1b[5~\x1b[6~");
    EXPECT_EQ(encode("<del><ins>"), "\x1b[3~\x1b[2~");
    EXPECT_EQ(encode("<c-del>"), "\x1b[3;5~");
}

TEST(KeyEncoding, FunctionKeysUseSs3ThenTildeSequences) {
    EXPECT_EQ(encode("<f1><f2><f3><f4>"), "\x1bOP\x1bOQ\x1bOR\x1bOS");
    EXPECT_EQ(encode("<s-f1>"), "\x1b[1;2P");
    EXPECT_EQ(encode("<f5><f6><f7><f8>"), "\x1b[15~\x1b[17~\x1b[18~\x1b[19~");
    EXPECT_EQ(encode("<f9><f10><f11><f12>"), "\x1b[20~\x1b[21~\x1b[23~\x1b[24~");
    EXPECT_EQ(encode("<c-f5>"), "\x1b[15;5~");
}

TEST(KeyEncoding, PasteIsBracketed) {
    EXPECT_EQ(encode_key(make_paste("a\nb\x1b")), "\x1b[200~a\nb\x1b\x1b[201~");
}

TEST(KeyEncoding, KeysNoTerminalCanSendAreRejected) {
    EXPECT_THROW((void)encode_key(make_char(U'a', Modifier::Shift)), std::invalid_argument);
    EXPECT_THROW((void)encode_key(make_char(U'1', Modifier::Ctrl)), std::invalid_argument);
    EXPECT_THROW((void)encode_key(make_key(KeyCode::Enter, Modifier::Ctrl)), std::invalid_argument);
    EXPECT_THROW((void)encode_key(make_key(KeyCode::Escape, Modifier::Alt)), std::invalid_argument);
    EXPECT_THROW((void)encode_key(make_key(KeyCode::Tab, Modifier::Shift | Modifier::Alt)),
                 std::invalid_argument);
    EXPECT_THROW((void)encode_key(make_char(0xD800)), std::invalid_argument);
    EXPECT_THROW((void)encode_key(make_paste("x\x1b[201~y")), std::invalid_argument);
}

} // namespace
} // namespace trio::keys
