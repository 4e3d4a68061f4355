// UTF-8 decoding and encoding, strict and never stuck: every byte is consumed by exactly one
// decode step. Pure functions, used by the input component (keys, cursor motion) and render.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace trio::text {

inline constexpr char32_t replacement_character = U'\uFFFD';

struct DecodedChar {
    char32_t codepoint = replacement_character;
    std::uint8_t length = 0; // bytes consumed: 1-4, or 0 only when pos is at the end
    bool valid = false;
};

// Decodes the character starting at byte `pos` of `s`. A byte that does not start a
// well-formed sequence (stray continuation byte, C0/C1/F5-FF lead, truncated sequence,
// overlong form, surrogate, beyond U+10FFFF) gives {U+FFFD, 1, false}: each bad byte is
// replaced on its own, so the caller always advances. `pos >= s.size()` gives {U+FFFD, 0,
// false}.
[[nodiscard]] DecodedChar decode_utf8(std::string_view s, std::size_t pos);

// The UTF-8 bytes of `codepoint`; a surrogate or a value beyond U+10FFFF encodes U+FFFD.
[[nodiscard]] std::string encode_utf8(char32_t codepoint);

// True for a scalar value UTF-8 can carry (not a surrogate, at most U+10FFFF).
[[nodiscard]] constexpr bool is_scalar_value(char32_t c) {
    return c <= 0x10FFFF && (c < 0xD800 || c > 0xDFFF);
}

// True for a byte of the form 10xxxxxx, which never starts a character.
[[nodiscard]] constexpr bool is_continuation_byte(unsigned char b) {
    return (b & 0xC0) == 0x80;
}

} // namespace trio::text
