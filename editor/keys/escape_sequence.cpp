// Escape sequence interpretation: parameters, xterm modifiers, and each terminal's variants.
// Runs in the input component, called by KeyDecoder.
#include "editor/keys/escape_sequence.hpp"

#include "editor/keys/mouse_report.hpp"
#include "editor/keys/xterm_sequences.hpp"
#include "editor/text/utf8.hpp"

#include <vector>

namespace trio::keys {

namespace {

constexpr int max_parameter = 99999;

// "1;5" -> {1, 5}; empty fields are 0 (the default). Private markers (?, <, =, >),
// intermediates and sub-parameters belong to sequences trio does not handle: nullopt.
std::optional<std::vector<int>> parse_parameters(std::string_view s) {
    std::vector<int> out{0};
    for (const char c : s) {
        if (c == ';') {
            out.push_back(0);
        } else if (c >= '0' && c <= '9') {
            int& v = out.back();
            v = v > max_parameter ? v : v * 10 + (c - '0');
        } else {
            return std::nullopt;
        }
    }
    return out;
}

int parameter(const std::vector<int>& p, std::size_t i, int fallback) {
    return i < p.size() && p[i] != 0 ? p[i] : fallback;
}

std::optional<Key> csi_u_key(int codepoint, Modifier mods) {
    switch (codepoint) {
    case 9:
        return make_key(KeyCode::Tab, mods);
    case 13:
        return make_key(KeyCode::Enter, mods);
    case 27:
        return make_key(KeyCode::Escape, mods);
    case 127:
        return make_key(KeyCode::Backspace, mods);
    default:
        break;
    }
    const auto c = static_cast<char32_t>(codepoint);
    if (c < 0x20 || c == 0x7F || !text::is_scalar_value(c)) {
        return std::nullopt;
    }
    return make_char(c, mods);
}

std::optional<Key> csi_key(char final, const std::vector<int>& p) {
    const Modifier mods = xterm::modifiers_from_parameter(parameter(p, 1, 1));
    if (const auto code = xterm::decode_final(final)) {
        return make_key(*code, mods);
    }
    const auto tilde = xterm::decode_tilde(parameter(p, 0, 0));
    switch (final) {
    case 'Z':
        return make_key(KeyCode::Tab, Modifier::Shift | mods);
    case 'a': // rxvt Shift+arrows
        return make_key(KeyCode::Up, Modifier::Shift);
    case 'b':
        return make_key(KeyCode::Down, Modifier::Shift);
    case 'c':
        return make_key(KeyCode::Right, Modifier::Shift);
    case 'd':
        return make_key(KeyCode::Left, Modifier::Shift);
    case '~':
        return tilde ? std::optional(make_key(*tilde, mods)) : std::nullopt;
    case '^': // rxvt: Ctrl, Ctrl+Shift and Shift variants of the ~ keys
        return tilde ? std::optional(make_key(*tilde, Modifier::Ctrl)) : std::nullopt;
    case '@':
        return tilde ? std::optional(make_key(*tilde, Modifier::Ctrl | Modifier::Shift))
                     : std::nullopt;
    case '$':
        return tilde ? std::optional(make_key(*tilde, Modifier::Shift)) : std::nullopt;
    case 'u':
        return csi_u_key(parameter(p, 0, 0), mods);
    default:
        return std::nullopt;
    }
}

std::optional<Key> ss3_key(char final, const std::vector<int>& p) {
    // Old terminals put the modifier alone (ESC O 5 P), xterm after a 1 (ESC O 1;5 P).
    const Modifier mods =
        xterm::modifiers_from_parameter(p.size() >= 2 ? parameter(p, 1, 1) : parameter(p, 0, 1));
    if (const auto code = xterm::decode_final(final)) {
        return make_key(*code, mods);
    }
    switch (final) {
    case 'M': // keypad Enter in application keypad mode
        return make_key(KeyCode::Enter, mods);
    case 'a': // rxvt Ctrl+arrows
        return make_key(KeyCode::Up, Modifier::Ctrl);
    case 'b':
        return make_key(KeyCode::Down, Modifier::Ctrl);
    case 'c':
        return make_key(KeyCode::Right, Modifier::Ctrl);
    case 'd':
        return make_key(KeyCode::Left, Modifier::Ctrl);
    default:
        return std::nullopt;
    }
}

} // namespace

bool is_paste_begin(Introducer introducer, std::string_view parameters, char final) {
    return introducer == Introducer::Csi && final == '~' &&
           parameters == std::to_string(xterm::paste_begin_number);
}

std::optional<Key> sequence_key(Introducer introducer, std::string_view parameters, char final) {
    if (introducer == Introducer::Csi && parameters.starts_with('<')) {
        return mouse::decode_sgr(parameters, final);
    }
    const auto numbers = parse_parameters(parameters);
    if (!numbers) {
        return std::nullopt;
    }
    return introducer == Introducer::Ss3 ? ss3_key(final, *numbers) : csi_key(final, *numbers);
}

} // namespace trio::keys
