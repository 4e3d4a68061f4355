// Table-driven CRC-32 and FNV-1a 64; see checksum.hpp. Run by the autosave component and by
// recovery.
#include "editor/journal/checksum.hpp"

#include <array>

namespace trio::journal {

namespace {

// Built at compile time, so there is no lazily initialised static to race on.
constexpr std::array<std::uint32_t, 256> make_crc_table() {
    std::array<std::uint32_t, 256> table{};
    for (std::uint32_t i = 0; i < 256; ++i) {
        std::uint32_t c = i;
        for (int bit = 0; bit < 8; ++bit) {
            c = (c & 1U) != 0 ? 0xedb88320U ^ (c >> 1) : c >> 1;
        }
        table[i] = c;
    }
    return table;
}

constexpr std::array<std::uint32_t, 256> crc_table = make_crc_table();

} // namespace

std::uint32_t crc32(std::string_view bytes, std::uint32_t crc) {
    crc = ~crc;
    for (const char ch : bytes) {
        crc = crc_table[(crc ^ static_cast<std::uint8_t>(ch)) & 0xffU] ^ (crc >> 8);
    }
    return ~crc;
}

std::uint64_t fnv1a64(std::string_view bytes, std::uint64_t hash) {
    for (const char ch : bytes) {
        hash ^= static_cast<std::uint8_t>(ch);
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

} // namespace trio::journal
