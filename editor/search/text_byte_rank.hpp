// A static estimate of how common each byte is in text files, used to pick the needle bytes
// a scan filters on. Pure data; used wherever a SearchJob runs (the input component).
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace trio::search {

namespace detail {

// Roughly most to least common in English prose and source code (letter frequencies, then
// digits, capitals and punctuation). It need not be exact: it only steers the scan away from
// filtering on ' ' or 'e', which would make it stop and verify every few bytes.
inline constexpr std::string_view common_bytes_in_order =
    " etaoinsrhldcumfpgwyb,.\nvk_()01;=-\"TSAIC2MP/'ERxBDLNO*:{}FjH34WG\t5>68U79<&q#zVKY[]!+$%"
    "|\\~?@^`JQXZ";

constexpr std::array<std::uint8_t, 256> make_byte_rank() {
    std::array<std::uint8_t, 256> rank{}; // bytes not listed (controls, UTF-8 bytes) rank 0
    std::uint8_t next = 255;
    for (const char c : common_bytes_in_order) {
        rank[static_cast<unsigned char>(c)] = next--;
    }
    return rank;
}

} // namespace detail

// Higher means more common; 0 for bytes text rarely holds.
inline constexpr std::array<std::uint8_t, 256> text_byte_rank = detail::make_byte_rank();

} // namespace trio::search
