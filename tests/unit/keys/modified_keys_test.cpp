// Unit tests: every modified key issue 7's editing commands use decodes from the bytes real
// terminals send (xterm first, then rxvt and kitty variants) (editor/keys/key_decoder).
#include "canonical_keys.hpp"
#include "editor/keys/key_decoder.hpp"

#include <gtest/gtest.h>

namespace trio::keys {
namespace {

struct Case {
    std::string_view bytes;
    std::string_view notation;
};

TEST(ModifiedKeys, EveryKeyOfTheEditingCommandsDecodesFromWhatTerminalsSend) {
    const Case cases[] = {
        {"\x1b[1;2A", "<s-up>"},
        {"\x1b[1;2B", "<s-down>"},
        {"\x1b[1;2D", "<s-left>"},
        {"\x1b[1;2C", "<s-right>"},
        {"\x1b[1;2H", "<s-home>"},
        {"\x1b[1;2F", "<s-end>"},
        {"\x1b[5;2~", "<s-pageup>"},
        {"\x1b[6;2~", "<s-pagedown>"},
        {"\x1b[1;6D", "<c-s-left>"},
        {"\x1b[1;6C", "<c-s-right>"},
        {"\x1b[1;6H", "<c-s-home>"},
        {"\x1b[1;6F", "<c-s-end>"},
        {"\x1b[1;5D", "<c-left>"},
        {"\x1b[1;5C", "<c-right>"},
        {"\x08", "<c-backspace>"},
        {"\x1b[127;5u", "<c-backspace>"},
        {"\x1b[3;5~", "<c-del>"},
        {"\x1b[1;3D", "<a-left>"},
        {"\x1b[1;3C", "<a-right>"},
        {"\x1b[5;5~", "<c-pageup>"},
        {"\x1b[6;5~", "<c-pagedown>"},
        {"\x1bOR", "<f3>"},
        {"\x1b[1;2R", "<s-f3>"},
        {"\x1bOP", "<f1>"},
        {"\x1bn", "<a-n>"},
        {"\x1bw", "<a-w>"},
        {"\x01", "<c-a>"},
        {"\x03", "<c-c>"},
        {"\x18", "<c-x>"},
        {"\x16", "<c-v>"},
        {"\x0b", "<c-k>"},
        {"\x04", "<c-d>"},
        {"\x0f", "<c-o>"},
        {"\x12", "<c-r>"},
        {"\x07", "<c-g>"},
        {"\x1a", "<c-z>"},
        {"\x19", "<c-y>"},
        {"\x06", "<c-f>"},
        // rxvt: Shift+arrows CSI a-d, Ctrl+arrows SS3 a-d, Shift+Home CSI 7 $, Ctrl+PgUp CSI 5 ^.
        {"\x1b[a", "<s-up>"},
        {"\x1bOd", "<c-left>"},
        {"\x1b[7$", "<s-home>"},
        {"\x1b[5^", "<c-pageup>"},
    };
    for (const Case& c : cases) {
        KeyDecoder decoder;
        EXPECT_EQ(decoder.feed(c.bytes), parse_keys(c.notation)) << c.notation;
        EXPECT_FALSE(decoder.waiting_for_more()) << c.notation;
    }
}

} // namespace
} // namespace trio::keys
