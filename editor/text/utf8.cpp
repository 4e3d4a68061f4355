// Strict UTF-8 decoding and encoding (RFC 3629). Runs wherever text is handled: input, render.
#include "editor/text/utf8.hpp"

namespace trio::text {

namespace {

constexpr DecodedChar invalid_byte{replacement_character, 1, false};

unsigned char byte_at(std::string_view s, std::size_t pos) {
    return static_cast<unsigned char>(s[pos]);
}

} // namespace

DecodedChar decode_utf8(std::string_view s, std::size_t pos) {
    if (pos >= s.size()) {
        return {replacement_character, 0, false};
    }
    const unsigned char lead = byte_at(s, pos);
    if (lead < 0x80) {
        return {lead, 1, true};
    }
    std::uint8_t length = 0;
    char32_t codepoint = 0;
    // The allowed range of the second byte rules out overlongs (E0, F0), surrogates (ED)
    // and values beyond U+10FFFF (F4) without decoding first (RFC 3629 table 3-7).
    unsigned char second_min = 0x80;
    unsigned char second_max = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        codepoint = lead & 0x1Fu;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        codepoint = lead & 0x0Fu;
        second_min = lead == 0xE0 ? 0xA0 : 0x80;
        second_max = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        codepoint = lead & 0x07u;
        second_min = lead == 0xF0 ? 0x90 : 0x80;
        second_max = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
        return invalid_byte; // continuation byte, C0/C1 (always overlong) or F5-FF
    }
    if (s.size() - pos < length) {
        return invalid_byte;
    }
    for (std::size_t i = 1; i < length; ++i) {
        const unsigned char b = byte_at(s, pos + i);
        const unsigned char lo = i == 1 ? second_min : 0x80;
        const unsigned char hi = i == 1 ? second_max : 0xBF;
        if (b < lo || b > hi) {
            return invalid_byte;
        }
        codepoint = (codepoint << 6) | (b & 0x3Fu);
    }
    return {codepoint, length, true};
}

std::string encode_utf8(char32_t codepoint) {
    if (!is_scalar_value(codepoint)) {
        codepoint = replacement_character;
    }
    std::string out;
    const auto put = [&out](char32_t bits) { out.push_back(static_cast<char>(bits)); };
    if (codepoint < 0x80) {
        put(codepoint);
    } else if (codepoint < 0x800) {
        put(0xC0 | (codepoint >> 6));
        put(0x80 | (codepoint & 0x3F));
    } else if (codepoint < 0x10000) {
        put(0xE0 | (codepoint >> 12));
        put(0x80 | ((codepoint >> 6) & 0x3F));
        put(0x80 | (codepoint & 0x3F));
    } else {
        put(0xF0 | (codepoint >> 18));
        put(0x80 | ((codepoint >> 12) & 0x3F));
        put(0x80 | ((codepoint >> 6) & 0x3F));
        put(0x80 | (codepoint & 0x3F));
    }
    return out;
}

} // namespace trio::text
