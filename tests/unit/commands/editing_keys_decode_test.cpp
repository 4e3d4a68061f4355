// Checks that the bytes a terminal sends for the editing keys decode to the Keys the Editor
// acts on (the decoder is in editor/keys; these are the keys issue 7 relies on).
#include "editor/keys/key.hpp"
#include "editor/keys/key_decoder.hpp"

#include <gtest/gtest.h>

namespace trio::commands {
namespace {

using keys::KeyCode;
using keys::make_char;
using keys::make_key;
using keys::Modifier;

keys::Key decode_one(std::string_view bytes) {
    keys::KeyDecoder decoder;
    std::vector<keys::Key> keys = decoder.feed(bytes);
    EXPECT_EQ(keys.size(), 1u) << bytes;
    return keys.empty() ? keys::Key{} : keys.front();
}

TEST(EditingKeys, ControlArrowsAndShiftArrowsDecodeWithTheirModifiers) {
    EXPECT_EQ(decode_one("\x1b[1;5D"), make_key(KeyCode::Left, Modifier::Ctrl));
    EXPECT_EQ(decode_one("\x1b[1;5C"), make_key(KeyCode::Right, Modifier::Ctrl));
    EXPECT_EQ(decode_one("\x1b[1;2A"), make_key(KeyCode::Up, Modifier::Shift));
    EXPECT_EQ(decode_one("\x1b[1;2H"), make_key(KeyCode::Home, Modifier::Shift));
    EXPECT_EQ(decode_one("\x1b[6;2~"), make_key(KeyCode::PageDown, Modifier::Shift));
    EXPECT_EQ(decode_one("\x1b[1;6D"), make_key(KeyCode::Left, Modifier::Ctrl | Modifier::Shift));
    EXPECT_EQ(decode_one("\x1b[1;6F"), make_key(KeyCode::End, Modifier::Ctrl | Modifier::Shift));
}

TEST(EditingKeys, WordDeletionKeysDecodeAsControlBackspaceAndControlDelete) {
    EXPECT_EQ(decode_one("\x08"), make_key(KeyCode::Backspace, Modifier::Ctrl));
    EXPECT_EQ(decode_one("\x7f"), make_key(KeyCode::Backspace));
    EXPECT_EQ(decode_one("\x1b[3;5~"), make_key(KeyCode::Delete, Modifier::Ctrl));
}

TEST(EditingKeys, ClipboardAndToggleKeysDecodeAsControlAndAltLetters) {
    EXPECT_EQ(decode_one("\x03"), make_char('c', Modifier::Ctrl));
    EXPECT_EQ(decode_one("\x18"), make_char('x', Modifier::Ctrl));
    EXPECT_EQ(decode_one("\x16"), make_char('v', Modifier::Ctrl));
    EXPECT_EQ(decode_one("\x0b"), make_char('k', Modifier::Ctrl));
    EXPECT_EQ(decode_one("\x04"), make_char('d', Modifier::Ctrl));
    EXPECT_EQ(decode_one("\x01"), make_char('a', Modifier::Ctrl));
    EXPECT_EQ(decode_one("\x12"), make_char('r', Modifier::Ctrl));
    EXPECT_EQ(decode_one("\x1bn"), make_char('n', Modifier::Alt));
    EXPECT_EQ(decode_one("\x1bw"), make_char('w', Modifier::Alt));
    EXPECT_EQ(decode_one("\x1bOP"), make_key(KeyCode::F1));
}

} // namespace
} // namespace trio::commands
