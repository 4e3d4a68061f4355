// CRC-32 and FNV-1a 64 over bytes: the journal's record checksums and the original file's
// sample hash. Pure functions, used by the autosave component and by recovery.
#pragma once

#include <cstdint>
#include <string_view>

namespace trio::journal {

// CRC-32 (IEEE 802.3, reflected, as zlib's crc32()). Incremental: pass the previous result as
// `crc` to continue over a following chunk; start with 0. crc32("123456789") == 0xcbf43926.
// Detects every burst error of up to 32 bits, so any one corrupted byte in a record.
[[nodiscard]] std::uint32_t crc32(std::string_view bytes, std::uint32_t crc = 0);

// FNV-1a 64. Incremental the same way; start with fnv1a64_offset_basis.
inline constexpr std::uint64_t fnv1a64_offset_basis = 0xcbf29ce484222325ULL;
[[nodiscard]] std::uint64_t fnv1a64(std::string_view bytes,
                                    std::uint64_t hash = fnv1a64_offset_basis);

} // namespace trio::journal
