// Counting and finding '\n' in a run of bytes: the scans under every line look-up of a
// Document (input component and autosave replica).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace trio::document {

// How many '\n' `bytes` holds. Vectorised (SSE2 on x86-64, a scalar loop elsewhere): several
// GB/s on warm memory, because indexing a 1 GiB file must take well under a second.
[[nodiscard]] std::uint64_t count_newlines(std::string_view bytes);

// The index in `bytes` of its n-th '\n' (0-based), or nullopt when it holds n or fewer.
[[nodiscard]] std::optional<std::uint64_t> find_newline(std::string_view bytes, std::uint64_t n);

} // namespace trio::document
