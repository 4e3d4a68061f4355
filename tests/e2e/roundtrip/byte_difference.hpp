// Explains how two byte strings differ (first differing offset, sizes, the bytes around it),
// for the round-trip tests' failure messages. Runs in the test process.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace trio::e2e {

// The offset of the first byte where `expected` and `actual` differ, counting a missing or
// an extra byte at the end of the shorter one; nullopt when they are equal.
[[nodiscard]] std::optional<std::size_t> first_difference(std::string_view expected,
                                                          std::string_view actual);

// Empty when equal; otherwise both sizes, the first differing offset and up to 16 bytes of
// each string from a little before it, in hex, e.g.
// "sizes 10 and 9; first difference at offset 4\n  expected @0: 6c 69 6e 65 0d 0a …".
[[nodiscard]] std::string describe_difference(std::string_view expected, std::string_view actual);

} // namespace trio::e2e
