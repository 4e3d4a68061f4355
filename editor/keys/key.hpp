// A key press (or a bracketed paste) as a value type, and its textual notation
// (`<c-s>`, `<s-up>`, `<lt>`, `中`), used by the key decoder, the keymap and the e2e tests.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace trio::keys {

enum class KeyCode : std::uint8_t {
    Char, // a character: `codepoint` holds it (for <c-a>: 'a' with Modifier::Ctrl)
    Enter,
    Tab,
    Backspace,
    Delete,
    Escape,
    Up,
    Down,
    Left,
    Right,
    Home,
    End,
    PageUp,
    PageDown,
    Insert,
    F1,
    F2,
    F3,
    F4,
    F5,
    F6,
    F7,
    F8,
    F9,
    F10,
    F11,
    F12,
    Paste, // a bracketed paste: `text` holds the pasted bytes, verbatim
    Mouse, // a mouse report (xterm SGR): `mouse` holds the button, action and screen cell
};

enum class Modifier : std::uint8_t { None = 0, Shift = 1, Alt = 2, Ctrl = 4 };

constexpr Modifier operator|(Modifier a, Modifier b) {
    return static_cast<Modifier>(static_cast<std::uint8_t>(a) | static_cast<std::uint8_t>(b));
}
constexpr bool has(Modifier set, Modifier m) {
    return (static_cast<std::uint8_t>(set) & static_cast<std::uint8_t>(m)) != 0;
}

enum class MouseButton : std::uint8_t { Left, Middle, Right, WheelUp, WheelDown };
// Drag: the pointer moved with a button held (xterm reports it while mode 1002 is on).
// A wheel notch is a Press; terminals send no release for it.
enum class MouseAction : std::uint8_t { Press, Release, Drag };

// Where and how the mouse acted. `row` and `column` are the 0-based screen cell (the
// terminal's 1-based report minus one), whatever the screen shows there.
struct MouseEvent {
    MouseButton button = MouseButton::Left;
    MouseAction action = MouseAction::Press;
    std::uint16_t row = 0;
    std::uint16_t column = 0;

    bool operator==(const MouseEvent&) const = default;
};

struct Key {
    KeyCode code = KeyCode::Char;
    char32_t codepoint = 0; // KeyCode::Char only; U+FFFD for an invalid UTF-8 byte
    Modifier modifiers = Modifier::None;
    std::string text;   // KeyCode::Paste only
    MouseEvent mouse{}; // KeyCode::Mouse only

    bool operator==(const Key&) const = default;
};

// Convenience constructors for readable code and tests.
[[nodiscard]] Key make_char(char32_t codepoint, Modifier modifiers = Modifier::None);
[[nodiscard]] Key make_key(KeyCode code, Modifier modifiers = Modifier::None);
[[nodiscard]] Key make_paste(std::string text);
[[nodiscard]] Key make_mouse(MouseEvent mouse, Modifier modifiers = Modifier::None);

// Notation, Kakoune/Vim style: plain characters stand for themselves (UTF-8), `<lt>` is '<',
// named keys are `<ret>` `<tab>` `<backspace>` `<del>` `<esc>` `<up>` `<down>` `<left>`
// `<right>` `<home>` `<end>` `<pageup>` `<pagedown>` `<ins>` `<f1>`…`<f12>` `<space>`,
// modifiers prefix them: `<c-s>` `<a-n>` `<s-up>` `<c-s-end>`; a paste is
// `<paste>text</paste>` with the text verbatim.
// Also: `<gt>` is '>' (to_string uses it after a modifier: `<a-gt>`); control characters
// and non-scalar values are `<u+001b>` (so a notation file never holds raw control bytes);
// parse_keys accepts modifier letters and names in any case (`<C-S>` is Ctrl+'S', `<Esc>`)
// and the aliases `<cr>` `<enter>` `<bs>` `<escape>`, and rejects raw control bytes.
// Mouse reports are `<mouse-ACTION-BUTTON-ROW-COL>`: ACTION press, release or drag; BUTTON
// left, middle, right, wheelup or wheeldown; ROW and COL the 0-based screen cell, e.g.
// `<mouse-press-left-5-10>`, `<s-mouse-drag-left-6-12>`. A wheel notch (a press) is written
// `<wheel-up-ROW-COL>` / `<wheel-down-ROW-COL>`, which parse_keys also accepts.
// parse_keys(to_string(k)) == {k} for every key, except a paste whose text contains
// "</paste>".
[[nodiscard]] std::string to_string(const Key& key);

// Parses a sequence in the notation above. Throws std::invalid_argument naming the offset
// of the first thing it cannot parse.
[[nodiscard]] std::vector<Key> parse_keys(std::string_view notation);

// The bytes an xterm-compatible terminal (TERM=xterm-256color, normal cursor-key mode,
// bracketed paste on) sends for `key`. The decoder's inverse: decode(encode(k)) == k.
// Keys a terminal sends as the same bytes as another key decode to that canonical key:
// <c-i> is <tab>, <c-m> <ret>, <c-h> <c-backspace>, <c-[> <esc>, <c-?> <backspace>,
// <c-@> <c-space>, <c-S> <c-s>, and a Char below U+0020 its <c-…> form.
// A mouse report is encoded as xterm's SGR report (mode 1006): ESC [ < b ; col+1 ; row+1 M
// (m for a release), with Shift, Alt and Ctrl in b.
// Throws std::invalid_argument for a key no xterm can send (<s-a>, <c-1>, <c-ret>,
// <a-esc>, a non-scalar codepoint, a paste containing the end marker ESC [201~, a wheel
// release or drag).
[[nodiscard]] std::string encode_key(const Key& key);

} // namespace trio::keys
