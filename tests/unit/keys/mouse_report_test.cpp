// Unit tests for mouse reports: SGR and X10 decoding, SGR encoding and the `<mouse-…>`
// notation (editor/keys/mouse_report, through KeyDecoder, encode_key and parse_keys).
#include "canonical_keys.hpp"
#include "editor/keys/key_decoder.hpp"

#include <gtest/gtest.h>
#include <stdexcept>

namespace trio::keys {
namespace {

using Keys = std::vector<Key>;

Keys decode(std::string_view bytes) {
    KeyDecoder decoder;
    Keys keys = decoder.feed(bytes);
    EXPECT_FALSE(decoder.waiting_for_more()) << "bytes left pending";
    return keys;
}

Key mouse(MouseButton button, MouseAction action, std::uint16_t row, std::uint16_t column,
          Modifier m = Modifier::None) {
    return make_mouse({button, action, row, column}, m);
}

TEST(MouseReport, SgrPressDragAndReleaseAreZeroBasedScreenCells) {
    // ESC [ < button ; column ; row — the terminal counts from 1, trio from 0.
    EXPECT_EQ(decode("\x1b[<0;11;6M\x1b[<32;13;7M\x1b[<0;13;7m"),
              (Keys{mouse(MouseButton::Left, MouseAction::Press, 5, 10),
                    mouse(MouseButton::Left, MouseAction::Drag, 6, 12),
                    mouse(MouseButton::Left, MouseAction::Release, 6, 12)}));
    EXPECT_EQ(decode("\x1b[<1;1;1M\x1b[<2;300;200m"),
              (Keys{mouse(MouseButton::Middle, MouseAction::Press, 0, 0),
                    mouse(MouseButton::Right, MouseAction::Release, 199, 299)}));
}

TEST(MouseReport, SgrWheelAndModifierBitsAreDecoded) {
    EXPECT_EQ(decode("\x1b[<64;5;3M\x1b[<65;5;3M"),
              (Keys{mouse(MouseButton::WheelUp, MouseAction::Press, 2, 4),
                    mouse(MouseButton::WheelDown, MouseAction::Press, 2, 4)}));
    // Shift 4, Meta 8, Ctrl 16.
    EXPECT_EQ(decode("\x1b[<4;1;1M\x1b[<8;1;1M\x1b[<16;1;1M\x1b[<60;1;1M"),
              (Keys{mouse(MouseButton::Left, MouseAction::Press, 0, 0, Modifier::Shift),
                    mouse(MouseButton::Left, MouseAction::Press, 0, 0, Modifier::Alt),
                    mouse(MouseButton::Left, MouseAction::Press, 0, 0, Modifier::Ctrl),
                    mouse(MouseButton::Left, MouseAction::Drag, 0, 0,
                          Modifier::Shift | Modifier::Alt | Modifier::Ctrl)}));
}

TEST(MouseReport, ReportsTrioDoesNotUseAreDroppedWithoutLeakingText) {
    // Motion with no button, horizontal wheel, button 8, coordinate 0, a missing field,
    // a coordinate past 16 bits: all consumed, none typed.
    EXPECT_EQ(decode("\x1b[<35;5;5M\x1b[<66;5;5M\x1b[<128;5;5M\x1b[<0;0;5M\x1b[<0;5M"
                     "\x1b[<0;65537;1Mx"),
              Keys{make_char(U'x')});
}

TEST(MouseReport, X10ReportsAreDecodedAndTheirBytesNeverTyped) {
    // ESC [ M, then button, column, row, each plus 32; 3 is X10's anonymous release.
    EXPECT_EQ(decode("\x1b[M *&\x1b[M#*&\x1b[M`!!a"),
              (Keys{mouse(MouseButton::Left, MouseAction::Press, 5, 9),
                    mouse(MouseButton::Left, MouseAction::Release, 5, 9),
                    mouse(MouseButton::WheelUp, MouseAction::Press, 0, 0), make_char(U'a')}));
    // Split anywhere, the report stays whole; cut short, it is dropped on timeout.
    KeyDecoder decoder;
    EXPECT_EQ(decoder.feed("\x1b[M "), Keys{});
    EXPECT_TRUE(decoder.waiting_for_more());
    EXPECT_EQ(decoder.feed("\xff"), Keys{});
    EXPECT_EQ(decoder.on_timeout(), std::nullopt);
    EXPECT_EQ(decoder.feed("b"), Keys{make_char(U'b')});
}

TEST(MouseReport, EncodesAsSgrReports) {
    EXPECT_EQ(encode_key(mouse(MouseButton::Left, MouseAction::Press, 5, 10)), "\x1b[<0;11;6M");
    EXPECT_EQ(encode_key(mouse(MouseButton::Left, MouseAction::Release, 5, 10)), "\x1b[<0;11;6m");
    EXPECT_EQ(encode_key(mouse(MouseButton::Right, MouseAction::Drag, 0, 0, Modifier::Ctrl)),
              "\x1b[<50;1;1M");
    EXPECT_EQ(encode_key(mouse(MouseButton::WheelDown, MouseAction::Press, 2, 3)), "\x1b[<65;4;3M");
    EXPECT_THROW((void)encode_key(mouse(MouseButton::WheelUp, MouseAction::Release, 0, 0)),
                 std::invalid_argument);
    EXPECT_THROW((void)encode_key(mouse(MouseButton::WheelUp, MouseAction::Drag, 0, 0)),
                 std::invalid_argument);
}

TEST(MouseReport, NotationNamesActionButtonRowAndColumn) {
    EXPECT_EQ(to_string(mouse(MouseButton::Left, MouseAction::Press, 5, 10)),
              "<mouse-press-left-5-10>");
    EXPECT_EQ(to_string(mouse(MouseButton::Middle, MouseAction::Drag, 6, 12, Modifier::Shift)),
              "<s-mouse-drag-middle-6-12>");
    EXPECT_EQ(to_string(mouse(MouseButton::WheelUp, MouseAction::Press, 3, 0)), "<wheel-up-3-0>");
    EXPECT_EQ(to_string(mouse(MouseButton::WheelDown, MouseAction::Release, 3, 0)),
              "<mouse-release-wheeldown-3-0>");
    EXPECT_EQ(parse_keys("<Mouse-Release-Right-0-1><wheel-down-7-8><mouse-press-wheelup-1-2>"),
              (Keys{mouse(MouseButton::Right, MouseAction::Release, 0, 1),
                    mouse(MouseButton::WheelDown, MouseAction::Press, 7, 8),
                    mouse(MouseButton::WheelUp, MouseAction::Press, 1, 2)}));
    for (const std::string_view bad :
         {"<mouse-press-left-5>", "<mouse-hover-left-1-1>", "<mouse-press-thumb-1-1>",
          "<wheel-left-1-1>", "<mouse-press-left-1-65536>", "<mouse-press-left--1-2>"}) {
        EXPECT_THROW((void)parse_keys(bad), std::invalid_argument) << bad;
    }
}

} // namespace
} // namespace trio::keys
