// encode_key: the bytes an xterm sends for a Key, the inverse of KeyDecoder. Used by the e2e
// harness to type scripted keys and by the decoder's tests.
#include "editor/keys/key.hpp"
#include "editor/keys/mouse_report.hpp"
#include "editor/keys/xterm_sequences.hpp"
#include "editor/text/utf8.hpp"

#include <stdexcept>

namespace trio::keys {

namespace {

[[noreturn]] void no_encoding(const Key& key) {
    throw std::invalid_argument("encode_key: a terminal cannot send " + to_string(key));
}

constexpr Modifier without_alt(Modifier m) {
    return static_cast<Modifier>(static_cast<std::uint8_t>(m) &
                                 ~static_cast<std::uint8_t>(Modifier::Alt));
}

// The byte Ctrl+c produces, following the ASCII rule "clear bits 5 and 6".
std::optional<char> control_byte(char32_t c) {
    if ((c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z')) {
        return static_cast<char>(c & 0x1F);
    }
    switch (c) {
    case U' ':
    case U'@':
        return '\0';
    case U'[':
    case U'\\':
    case U']':
    case U'^':
    case U'_':
        return static_cast<char>(c & 0x1F);
    case U'?':
        return '\x7f';
    default:
        return std::nullopt;
    }
}

std::string encode_char(const Key& key, Modifier mods) {
    if (mods == Modifier::None) {
        if (!text::is_scalar_value(key.codepoint)) {
            no_encoding(key);
        }
        return text::encode_utf8(key.codepoint);
    }
    if (mods == Modifier::Ctrl) {
        if (const auto byte = control_byte(key.codepoint)) {
            return std::string(1, *byte);
        }
    }
    no_encoding(key);
}

// Keys whose unmodified form is a single byte and which take only Alt (as an ESC prefix)
// or, for Backspace, Ctrl (xterm sends ^H for Ctrl+Backspace and DEL for Backspace).
std::optional<std::string> encode_byte_key(KeyCode code, Modifier mods) {
    switch (code) {
    case KeyCode::Enter:
        return mods == Modifier::None ? std::optional<std::string>("\r") : std::nullopt;
    case KeyCode::Tab:
        if (mods == Modifier::Shift) {
            return "\x1b[Z";
        }
        return mods == Modifier::None ? std::optional<std::string>("\t") : std::nullopt;
    case KeyCode::Backspace:
        if (mods == Modifier::Ctrl) {
            return "\x08";
        }
        return mods == Modifier::None ? std::optional<std::string>("\x7f") : std::nullopt;
    case KeyCode::Escape:
        return mods == Modifier::None ? std::optional<std::string>("\x1b") : std::nullopt;
    default:
        return std::nullopt;
    }
}

std::optional<std::string> encode_sequence_key(KeyCode code, Modifier mods) {
    const int m = xterm::modifier_parameter(mods);
    for (const xterm::FinalKey& k : xterm::final_keys) {
        if (k.code == code) {
            if (mods != Modifier::None) {
                return "\x1b[1;" + std::to_string(m) + k.final;
            }
            // Unmodified F1-F4 use SS3, arrows and Home/End CSI (normal cursor-key mode).
            const bool function_key = code >= KeyCode::F1 && code <= KeyCode::F4;
            return std::string(function_key ? "\x1bO" : "\x1b[") + k.final;
        }
    }
    for (const xterm::TildeKey& k : xterm::tilde_keys) {
        if (k.code == code) {
            const std::string suffix = mods == Modifier::None ? "" : ";" + std::to_string(m);
            return "\x1b[" + std::to_string(k.number) + suffix + "~";
        }
    }
    return std::nullopt;
}

} // namespace

std::string encode_key(const Key& key) {
    if (key.code == KeyCode::Paste) {
        if (key.modifiers != Modifier::None ||
            key.text.find(xterm::paste_end) != std::string::npos) {
            no_encoding(key);
        }
        return std::string(xterm::paste_begin) + key.text + std::string(xterm::paste_end);
    }
    if (key.code == KeyCode::Mouse) {
        return mouse::encode_sgr(key.mouse, key.modifiers);
    }
    if (const auto sequence = encode_sequence_key(key.code, key.modifiers)) {
        return *sequence;
    }
    // Alt is an ESC prefix on everything else (xterm's metaSendsEscape, the default).
    const std::string prefix = has(key.modifiers, Modifier::Alt) ? "\x1b" : "";
    const Modifier mods = without_alt(key.modifiers);
    if (key.code == KeyCode::Char) {
        return prefix + encode_char(key, mods);
    }
    if (key.code == KeyCode::Escape && !prefix.empty()) {
        no_encoding(key); // ESC ESC reads as two Escape keys
    }
    if (const auto bytes = encode_byte_key(key.code, mods)) {
        if (!prefix.empty() && key.code == KeyCode::Tab && mods == Modifier::Shift) {
            no_encoding(key); // ESC CSI Z is not a sequence any terminal sends
        }
        return prefix + *bytes;
    }
    no_encoding(key);
}

} // namespace trio::keys
