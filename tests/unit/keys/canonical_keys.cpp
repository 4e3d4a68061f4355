// Test helper: the list of every canonical key, shared by the notation and decoder tests.
#include "canonical_keys.hpp"

namespace trio::keys::testing {

std::vector<KeyCode> sequence_key_codes() {
    std::vector<KeyCode> codes = {
        KeyCode::Up,  KeyCode::Down,   KeyCode::Left,     KeyCode::Right,  KeyCode::Home,
        KeyCode::End, KeyCode::PageUp, KeyCode::PageDown, KeyCode::Insert, KeyCode::Delete};
    for (auto f = static_cast<int>(KeyCode::F1); f <= static_cast<int>(KeyCode::F12); ++f) {
        codes.push_back(static_cast<KeyCode>(f));
    }
    return codes;
}

std::vector<Key> canonical_keys() {
    std::vector<Key> keys;
    const auto plain_and_alt = [&keys](char32_t c) {
        keys.push_back(make_char(c));
        keys.push_back(make_char(c, Modifier::Alt));
    };
    for (char32_t c = 0x20; c < 0x7F; ++c) {
        plain_and_alt(c);
    }
    for (const char32_t c : {U'\u00e9', U'\u4e2d', U'\u6587', U'\U0001F600', U'\u0301', U'\u200b',
                             U'\u0085', U'\uFFFD', U'\U0010FFFF'}) {
        plain_and_alt(c);
    }
    for (char32_t c = U'a'; c <= U'z'; ++c) {
        if (c != U'h' && c != U'i' && c != U'm') { // ^H ^I ^M are <c-backspace> <tab> <ret>
            keys.push_back(make_char(c, Modifier::Ctrl));
            keys.push_back(make_char(c, Modifier::Ctrl | Modifier::Alt));
        }
    }
    for (const char32_t c : {U' ', U'\\', U']', U'^', U'_'}) {
        keys.push_back(make_char(c, Modifier::Ctrl));
        keys.push_back(make_char(c, Modifier::Ctrl | Modifier::Alt));
    }
    for (const KeyCode code : sequence_key_codes()) {
        for (const Modifier m : all_modifier_sets) {
            keys.push_back(make_key(code, m));
        }
    }
    keys.push_back(make_key(KeyCode::Enter));
    keys.push_back(make_key(KeyCode::Enter, Modifier::Alt));
    keys.push_back(make_key(KeyCode::Tab));
    keys.push_back(make_key(KeyCode::Tab, Modifier::Alt));
    keys.push_back(make_key(KeyCode::Tab, Modifier::Shift));
    keys.push_back(make_key(KeyCode::Backspace));
    keys.push_back(make_key(KeyCode::Backspace, Modifier::Alt));
    keys.push_back(make_key(KeyCode::Backspace, Modifier::Ctrl));
    keys.push_back(make_key(KeyCode::Backspace, Modifier::Ctrl | Modifier::Alt));
    keys.push_back(make_key(KeyCode::Escape));
    for (const MouseAction action : {MouseAction::Press, MouseAction::Drag, MouseAction::Release}) {
        for (const MouseButton button :
             {MouseButton::Left, MouseButton::Middle, MouseButton::Right}) {
            keys.push_back(make_mouse({button, action, 4, 9}));
        }
    }
    for (const Modifier m : all_modifier_sets) {
        keys.push_back(make_mouse({MouseButton::WheelUp, MouseAction::Press, 0, 0}, m));
        keys.push_back(make_mouse({MouseButton::WheelDown, MouseAction::Press, 300, 1000}, m));
        keys.push_back(make_mouse({MouseButton::Left, MouseAction::Drag, 65535, 65535}, m));
    }
    keys.push_back(make_paste(""));
    keys.push_back(make_paste("line one\nline two\r\n\ttabbed"));
    keys.push_back(make_paste("\x1b[A\x1b\x1b[201\x1b[20~ esc inside \x1b"));
    keys.push_back(make_paste("\u4e2d\u6587 \U0001F600 \xff\xc3 invalid too"));
    return keys;
}

} // namespace trio::keys::testing
