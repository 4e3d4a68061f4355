// Base64 and the OSC 52 clipboard sequence. Render component.
#include "editor/render/clipboard_sequence.hpp"

#include <cstdint>

namespace trio::render {

std::string base64_encode(std::string_view bytes) {
    constexpr std::string_view alphabet =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 3 <= bytes.size(); i += 3) {
        const std::uint32_t group = std::uint32_t{static_cast<unsigned char>(bytes[i])} << 16 |
                                    std::uint32_t{static_cast<unsigned char>(bytes[i + 1])} << 8 |
                                    std::uint32_t{static_cast<unsigned char>(bytes[i + 2])};
        out += alphabet[group >> 18 & 63];
        out += alphabet[group >> 12 & 63];
        out += alphabet[group >> 6 & 63];
        out += alphabet[group & 63];
    }
    const std::size_t rest = bytes.size() - i;
    if (rest > 0) {
        std::uint32_t group = std::uint32_t{static_cast<unsigned char>(bytes[i])} << 16;
        if (rest == 2) {
            group |= std::uint32_t{static_cast<unsigned char>(bytes[i + 1])} << 8;
        }
        out += alphabet[group >> 18 & 63];
        out += alphabet[group >> 12 & 63];
        out += rest == 2 ? alphabet[group >> 6 & 63] : '=';
        out += '=';
    }
    return out;
}

std::string osc52_copy_sequence(std::string_view text) {
    return "\x1b]52;c;" + base64_encode(text) + "\a";
}

} // namespace trio::render
