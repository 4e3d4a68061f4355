// Key values and their textual notation (`<c-s>`, `<lt>`, `<paste>…</paste>`). Runs in the
// input component (keymap messages) and in the e2e harness (reading `keys` files).
#include "editor/keys/key.hpp"

#include "editor/keys/mouse_report.hpp"
#include "editor/text/utf8.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <stdexcept>

namespace trio::keys {

namespace {

struct NamedKey {
    std::string_view name;
    KeyCode code;
};

// Canonical names first: to_string uses the first entry for a code.
constexpr std::array<NamedKey, 30> named_keys = {{
    {"ret", KeyCode::Enter},
    {"tab", KeyCode::Tab},
    {"backspace", KeyCode::Backspace},
    {"del", KeyCode::Delete},
    {"esc", KeyCode::Escape},
    {"up", KeyCode::Up},
    {"down", KeyCode::Down},
    {"left", KeyCode::Left},
    {"right", KeyCode::Right},
    {"home", KeyCode::Home},
    {"end", KeyCode::End},
    {"pageup", KeyCode::PageUp},
    {"pagedown", KeyCode::PageDown},
    {"ins", KeyCode::Insert},
    {"f1", KeyCode::F1},
    {"f2", KeyCode::F2},
    {"f3", KeyCode::F3},
    {"f4", KeyCode::F4},
    {"f5", KeyCode::F5},
    {"f6", KeyCode::F6},
    {"f7", KeyCode::F7},
    {"f8", KeyCode::F8},
    {"f9", KeyCode::F9},
    {"f10", KeyCode::F10},
    {"f11", KeyCode::F11},
    {"f12", KeyCode::F12},
    // Aliases accepted by parse_keys, Vim style.
    {"cr", KeyCode::Enter},
    {"enter", KeyCode::Enter},
    {"bs", KeyCode::Backspace},
    {"escape", KeyCode::Escape},
}};

constexpr std::string_view paste_open = "<paste>";
constexpr std::string_view paste_close = "</paste>";

// Characters that would be invisible or unsafe in a notation file, written as <u+hex>.
bool needs_hex_name(char32_t c) {
    return c < 0x20 || (c >= 0x7F && c < 0xA0) || !text::is_scalar_value(c);
}

std::string hex_name(char32_t c) {
    constexpr std::string_view digits = "0123456789abcdef";
    std::string hex;
    for (auto v = static_cast<std::uint32_t>(c); v != 0 || hex.size() < 4; v >>= 4) {
        hex.insert(hex.begin(), digits[v & 0xFu]);
    }
    return "u+" + hex;
}

std::string modifier_prefix(Modifier m) {
    std::string out;
    if (has(m, Modifier::Ctrl)) {
        out += "c-";
    }
    if (has(m, Modifier::Alt)) {
        out += "a-";
    }
    if (has(m, Modifier::Shift)) {
        out += "s-";
    }
    return out;
}

std::string lowercase(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](char c) {
        return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    });
    return out;
}

[[noreturn]] void parse_error(std::string_view what, std::size_t offset) {
    throw std::invalid_argument("parse_keys: " + std::string(what) + " at offset " +
                                std::to_string(offset));
}

std::optional<char32_t> parse_hex_name(std::string_view name) {
    if (name.size() < 3 || name.size() > 10 || name.substr(0, 2) != "u+") {
        return std::nullopt;
    }
    std::uint32_t value = 0;
    for (const char c : name.substr(2)) {
        const auto digit = std::string_view("0123456789abcdef").find(c);
        if (digit == std::string_view::npos) {
            return std::nullopt;
        }
        value = (value << 4) | static_cast<std::uint32_t>(digit);
    }
    return static_cast<char32_t>(value);
}

// The inside of `<…>`: modifier prefixes then one name. `offset` is where '<' is.
Key parse_bracketed(std::string_view body, std::size_t offset) {
    Modifier mods = Modifier::None;
    // "c--" is Ctrl + '-': a prefix needs at least one character of name after it.
    while (body.size() > 2 && body[1] == '-') {
        const char m = static_cast<char>(std::tolower(static_cast<unsigned char>(body[0])));
        const Modifier mod = m == 'c'   ? Modifier::Ctrl
                             : m == 'a' ? Modifier::Alt
                             : m == 's' ? Modifier::Shift
                                        : Modifier::None;
        if (mod == Modifier::None) {
            break;
        }
        if (has(mods, mod)) {
            parse_error("modifier '" + std::string(1, m) + "-' given twice", offset);
        }
        mods = mods | mod;
        body.remove_prefix(2);
    }
    if (body.empty()) {
        parse_error("empty key name", offset);
    }
    const text::DecodedChar single = text::decode_utf8(body, 0);
    if (single.valid && single.length == body.size()) {
        return make_char(single.codepoint, mods);
    }
    const std::string name = lowercase(body);
    for (const NamedKey& k : named_keys) {
        if (k.name == name) {
            return make_key(k.code, mods);
        }
    }
    if (name == "space") {
        return make_char(U' ', mods);
    }
    if (name == "lt") {
        return make_char(U'<', mods);
    }
    if (name == "gt") {
        return make_char(U'>', mods);
    }
    if (const auto codepoint = parse_hex_name(name)) {
        return make_char(*codepoint, mods);
    }
    if (const auto event = mouse::parse_notation(name)) {
        return make_mouse(*event, mods);
    }
    if (name == "paste") {
        parse_error("a paste is written <paste>…</paste>, lowercase, without modifiers", offset);
    }
    parse_error("unknown key name '" + std::string(body) + "'", offset);
}

std::string char_to_string(char32_t c, Modifier mods) {
    std::string name;
    if (c == U'<') {
        name = "lt";
    } else if (c == U' ') {
        name = "space";
    } else if (needs_hex_name(c)) {
        name = hex_name(c);
    } else if (c == U'>' && mods != Modifier::None) {
        name = "gt"; // "<a->>" would close early
    } else if (mods == Modifier::None) {
        return text::encode_utf8(c);
    } else {
        name = text::encode_utf8(c);
    }
    return "<" + modifier_prefix(mods) + name + ">";
}

} // namespace

Key make_char(char32_t codepoint, Modifier modifiers) {
    return Key{KeyCode::Char, codepoint, modifiers, {}, {}};
}

Key make_key(KeyCode code, Modifier modifiers) {
    return Key{code, 0, modifiers, {}, {}};
}

Key make_paste(std::string text) {
    return Key{KeyCode::Paste, 0, Modifier::None, std::move(text), {}};
}

Key make_mouse(MouseEvent mouse, Modifier modifiers) {
    return Key{KeyCode::Mouse, 0, modifiers, {}, mouse};
}

std::string to_string(const Key& key) {
    if (key.code == KeyCode::Paste) {
        return std::string(paste_open) + key.text + std::string(paste_close);
    }
    if (key.code == KeyCode::Char) {
        return char_to_string(key.codepoint, key.modifiers);
    }
    if (key.code == KeyCode::Mouse) {
        return "<" + modifier_prefix(key.modifiers) + mouse::notation(key.mouse) + ">";
    }
    for (const NamedKey& k : named_keys) {
        if (k.code == key.code) {
            return "<" + modifier_prefix(key.modifiers) + std::string(k.name) + ">";
        }
    }
    return "<" + hex_name(0xFFFD) + ">"; // unreachable: every KeyCode has a name
}

std::vector<Key> parse_keys(std::string_view notation) {
    std::vector<Key> keys;
    std::size_t pos = 0;
    while (pos < notation.size()) {
        if (notation.substr(pos, paste_open.size()) == paste_open) {
            const std::size_t begin = pos + paste_open.size();
            const std::size_t end = notation.find(paste_close, begin);
            if (end == std::string_view::npos) {
                parse_error("<paste> without </paste>", pos);
            }
            keys.push_back(make_paste(std::string(notation.substr(begin, end - begin))));
            pos = end + paste_close.size();
        } else if (notation[pos] == '<') {
            const std::size_t close = notation.find('>', pos + 1);
            if (close == std::string_view::npos) {
                parse_error("'<' without '>' (write a literal '<' as <lt>)", pos);
            }
            keys.push_back(parse_bracketed(notation.substr(pos + 1, close - pos - 1), pos));
            pos = close + 1;
        } else {
            const text::DecodedChar c = text::decode_utf8(notation, pos);
            if (!c.valid) {
                parse_error("invalid UTF-8", pos);
            }
            if (needs_hex_name(c.codepoint)) {
                parse_error("raw control character (write <ret>, <tab>, <c-…> or <u+…>)", pos);
            }
            keys.push_back(make_char(c.codepoint));
            pos += c.length;
        }
    }
    return keys;
}

} // namespace trio::keys
