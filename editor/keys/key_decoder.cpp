// The terminal byte decoder: a state machine over UTF-8, C0 controls, CSI/SS3 escape
// sequences and bracketed paste. Runs in the input component.
#include "editor/keys/key_decoder.hpp"

#include "editor/keys/escape_sequence.hpp"
#include "editor/keys/mouse_report.hpp"
#include "editor/keys/xterm_sequences.hpp"
#include "editor/text/utf8.hpp"

namespace trio::keys {

namespace {

constexpr unsigned char esc = 0x1B;
// Real sequences are a dozen bytes; a longer one is garbage and is dropped at its end.
constexpr std::size_t max_sequence_bytes = 32;

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
        case State::X10Mouse:
            consumed = step_x10_mouse(byte, out);
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

bool KeyDecoder::step_x10_mouse(unsigned char byte, std::vector<Key>& out) {
    // The three bytes are values plus 32, any byte up to 255: none of them is text.
    m_pending_bytes.push_back(static_cast<char>(byte));
    if (m_pending_bytes.size() == 3) {
        const auto at = [this](std::size_t i) {
            return static_cast<unsigned char>(m_pending_bytes[i]);
        };
        const auto key = mouse::decode_x10(at(0), at(1), at(2));
        m_pending_bytes.clear();
        m_state = State::Ground;
        if (key) {
            emit(*key, out);
        }
    }
    return true;
}

void KeyDecoder::finish_sequence(char final, std::vector<Key>& out) {
    const Introducer introducer = m_state == State::Ss3 ? Introducer::Ss3 : Introducer::Csi;
    const bool too_long = m_sequence_too_long;
    const std::string parameters = std::move(m_pending_bytes);
    m_pending_bytes.clear();
    m_sequence_too_long = false;
    m_state = State::Ground;
    if (too_long) {
        return;
    }
    if (introducer == Introducer::Csi && parameters.empty() && final == 'M') {
        m_state = State::X10Mouse; // no key sends a bare CSI M: it is an X10 mouse report
        return;
    }
    if (is_paste_begin(introducer, parameters, final)) {
        m_state = State::Paste;
        m_paste.clear();
        m_paste_end_matched = 0;
        return;
    }
    if (auto key = sequence_key(introducer, parameters, final)) {
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
