// The terminal byte decoder: a state machine over UTF-8, C0 controls, CSI/SS3 escape
// sequences and bracketed paste. Runs in the input component.
#include "editor/keys/key_decoder.hpp"

#include "editor/keys/xterm_sequences.hpp"
#include "editor/text/utf8.hpp"

namespace trio::keys {

namespace {

constexpr unsigned char esc = 0x1B;
// Real sequences are a dozen bytes; a longer one is garbage and is dropped at its end.
constexpr std::size_t max_sequence_bytes = 32;
constexpr int max_parameter = 99999;

Key control_key(unsigned char byte) {
    switch (byte) {
    case 0x00:
        return make_char(U' ', Modifier::Ctrl);
    case 0x08:
        return make_key(KeyCode::Backspace, Modifier::Ctrl);
    case 0x09:
        return make_key(KeyCode::Tab);
    case 0x0D:
        return make_key(KeyCode::Enter);
    case 0x7F:
        return make_key(KeyCode::Backspace);
    default:
        break;
    }
    if (byte <= 0x1A) {
        return make_char(U'a' + byte - 1, Modifier::Ctrl);
    }
    return make_char(byte + 0x40u, Modifier::Ctrl); // 0x1C-0x1F: <c-\> <c-]> <c-^> <c-_>
}

std::size_t utf8_length(unsigned char lead) {
    if (lead >= 0xC2 && lead <= 0xDF) {
        return 2;
    }
    if (lead >= 0xE0 && lead <= 0xEF) {
        return 3;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        return 4;
    }
    return 0;
}

bool is_all_digits(std::string_view s) {
    return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

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

std::vector<Key> KeyDecoder::feed(std::span<const std::byte> bytes) {
    return feed(std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
}

std::vector<Key> KeyDecoder::feed(std::string_view bytes) {
    std::vector<Key> out;
    std::size_t pos = 0;
    while (pos < bytes.size()) {
        if (m_state == State::Paste) {
            pos += consume_paste(bytes.substr(pos), out);
        } else {
            step(static_cast<unsigned char>(bytes[pos]), out);
            ++pos;
        }
    }
    return out;
}

void KeyDecoder::step(unsigned char byte, std::vector<Key>& out) {
    // A state that cannot use the byte returns to Ground and hands the byte on.
    for (;;) {
        bool consumed = true;
        switch (m_state) {
        case State::Ground:
            consumed = step_ground(byte, out);
            break;
        case State::Utf8:
            consumed = step_utf8(byte, out);
            break;
        case State::Escape:
            consumed = step_escape(byte, out);
            break;
        case State::Csi:
        case State::Ss3:
            consumed = step_sequence(byte, out);
            break;
        case State::LinuxFunction:
            consumed = step_linux_function(byte, out);
            break;
        case State::Paste:
            consume_paste(std::string_view(reinterpret_cast<const char*>(&byte), 1), out);
            break;
        }
        if (consumed) {
            return;
        }
    }
}

bool KeyDecoder::step_ground(unsigned char byte, std::vector<Key>& out) {
    if (byte == esc) {
        m_state = State::Escape;
    } else if (byte < 0x20 || byte == 0x7F) {
        emit(control_key(byte), out);
    } else if (byte < 0x80) {
        emit(make_char(byte), out);
    } else if (const std::size_t length = utf8_length(byte); length != 0) {
        m_pending_bytes.assign(1, static_cast<char>(byte));
        m_utf8_length = length;
        m_state = State::Utf8;
    } else {
        emit(make_char(text::replacement_character), out);
    }
    return true;
}

bool KeyDecoder::step_utf8(unsigned char byte, std::vector<Key>& out) {
    if (!text::is_continuation_byte(byte)) {
        replace_pending_bytes(out);
        m_state = State::Ground;
        return false;
    }
    m_pending_bytes.push_back(static_cast<char>(byte));
    if (m_pending_bytes.size() < m_utf8_length) {
        return true;
    }
    m_state = State::Ground;
    const text::DecodedChar c = text::decode_utf8(m_pending_bytes, 0);
    if (c.valid) {
        m_pending_bytes.clear();
        emit(make_char(c.codepoint), out);
    } else {
        replace_pending_bytes(out); // overlong, surrogate or beyond U+10FFFF
    }
    return true;
}

bool KeyDecoder::step_escape(unsigned char byte, std::vector<Key>& out) {
    switch (byte) {
    case '[':
        m_state = State::Csi;
        return true;
    case 'O':
        m_state = State::Ss3;
        return true;
    case esc:
        emit(make_key(KeyCode::Escape), out); // the second ESC starts afresh
        return true;
    default:
        m_pending_modifiers = m_pending_modifiers | Modifier::Alt;
        m_state = State::Ground;
        return false;
    }
}

bool KeyDecoder::step_sequence(unsigned char byte, std::vector<Key>& out) {
    if (m_state == State::Csi && m_pending_bytes.empty() && byte == '[') {
        m_state = State::LinuxFunction;
        return true;
    }
    if (byte >= 0x20 && byte <= 0x3F) {
        // rxvt sends Shift+Insert and friends as CSI 2 $, where '$' is the last byte even
        // though ECMA-48 makes it an intermediate; waiting for a final would eat a key.
        if (byte == '$' && m_state == State::Csi && is_all_digits(m_pending_bytes)) {
            finish_sequence('$', out);
        } else if (m_pending_bytes.size() < max_sequence_bytes) {
            m_pending_bytes.push_back(static_cast<char>(byte));
        } else {
            m_sequence_too_long = true;
        }
        return true;
    }
    if (byte >= 0x40 && byte <= 0x7E) {
        finish_sequence(static_cast<char>(byte), out);
        return true;
    }
    // A control or non-ASCII byte cannot continue a sequence: it was cut short. Drop it and
    // let the byte (often the ESC of the next sequence) be read afresh.
    m_pending_bytes.clear();
    m_sequence_too_long = false;
    m_state = State::Ground;
    return false;
}

bool KeyDecoder::step_linux_function(unsigned char byte, std::vector<Key>& out) {
    m_state = State::Ground;
    if (byte >= 'A' && byte <= 'E') {
        const auto first = static_cast<std::uint8_t>(KeyCode::F1);
        emit(make_key(static_cast<KeyCode>(first + (byte - 'A'))), out);
        return true;
    }
    return byte >= 0x20 && byte <= 0x7E; // an unknown final ends the sequence too
}

void KeyDecoder::finish_sequence(char final, std::vector<Key>& out) {
    const bool ss3 = m_state == State::Ss3;
    const bool too_long = m_sequence_too_long;
    const auto params = parse_parameters(m_pending_bytes);
    m_pending_bytes.clear();
    m_sequence_too_long = false;
    m_state = State::Ground;
    if (too_long || !params) {
        return;
    }
    if (!ss3 && final == '~' && params->front() == xterm::paste_begin_number) {
        m_state = State::Paste;
        m_paste.clear();
        m_paste_end_matched = 0;
        return;
    }
    if (auto key = ss3 ? ss3_key(final, *params) : csi_key(final, *params)) {
        emit(std::move(*key), out);
    }
}

std::size_t KeyDecoder::consume_paste(std::string_view bytes, std::vector<Key>& out) {
    constexpr std::string_view marker = xterm::paste_end;
    std::size_t pos = 0;
    while (pos < bytes.size()) {
        if (m_paste_end_matched == 0) {
            // Bulk-copy up to the next ESC: a paste of megabytes costs one pass.
            const std::size_t next_esc = std::min(bytes.find('\x1b', pos), bytes.size());
            m_paste.append(bytes.substr(pos, next_esc - pos));
            pos = next_esc;
            if (pos == bytes.size()) {
                break;
            }
        }
        if (bytes[pos] == marker[m_paste_end_matched]) {
            ++pos;
            if (++m_paste_end_matched == marker.size()) {
                m_paste_end_matched = 0;
                m_state = State::Ground;
                emit(make_paste(std::move(m_paste)), out);
                m_paste.clear();
                return pos;
            }
        } else {
            // What matched was pasted text after all. ESC appears only at the marker's
            // start, so no shorter suffix of it can be a new match: restart at this byte.
            m_paste.append(marker.substr(0, m_paste_end_matched));
            m_paste_end_matched = 0;
        }
    }
    return pos;
}

void KeyDecoder::replace_pending_bytes(std::vector<Key>& out) {
    for (std::size_t i = 0; i < m_pending_bytes.size(); ++i) {
        emit(make_char(text::replacement_character), out);
    }
    m_pending_bytes.clear();
}

void KeyDecoder::emit(Key key, std::vector<Key>& out) {
    key.modifiers = key.modifiers | m_pending_modifiers;
    m_pending_modifiers = Modifier::None;
    out.push_back(std::move(key));
}

std::optional<Key> KeyDecoder::on_timeout() {
    const State state = m_state;
    const bool bare_introducer = m_pending_bytes.empty() && !m_sequence_too_long;
    const Modifier mods = m_pending_modifiers;
    if (state == State::Ground || state == State::Paste) {
        return std::nullopt;
    }
    m_state = State::Ground;
    m_pending_bytes.clear();
    m_sequence_too_long = false;
    m_pending_modifiers = Modifier::None;
    switch (state) {
    case State::Escape:
        return make_key(KeyCode::Escape);
    case State::Utf8:
        return make_char(text::replacement_character, mods);
    case State::Csi:
        return bare_introducer ? std::optional(make_char(U'[', Modifier::Alt)) : std::nullopt;
    case State::Ss3:
        return bare_introducer ? std::optional(make_char(U'O', Modifier::Alt)) : std::nullopt;
    default:
        return std::nullopt; // an incomplete sequence: dropped
    }
}

bool KeyDecoder::waiting_for_more() const {
    return m_state != State::Ground && m_state != State::Paste;
}

} // namespace trio::keys
