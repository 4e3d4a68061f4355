// Extended grapheme cluster boundaries (UAX #29, via utf8proc): what the user sees as one
// character and the cursor steps over as one. Pure functions, used by the input component.
#pragma once

#include <cstddef>
#include <string_view>

namespace trio::text {

// The end of the grapheme cluster that starts at byte `pos`: the next boundary after `pos`.
// Returns s.size() when pos >= s.size(). Clusters follow UAX #29 with two additions for
// text that is not valid UTF-8: an invalid byte (see decode_utf8) is a cluster of its own,
// and `pos` inside a multi-byte character is treated as an invalid byte. CR LF is one
// cluster. Cost: O(cluster length).
[[nodiscard]] std::size_t next_grapheme(std::string_view s, std::size_t pos);

// The start of the grapheme cluster that ends at `pos` (the boundary before `pos`), or 0.
// For a `pos` that is not a boundary, the start of the cluster containing byte pos - 1.
// Cost: O(length of the clusters scanned back to a boundary that does not depend on earlier
// text) — usually one or two clusters; a long run of combining marks or regional
// indicators is scanned to its start.
[[nodiscard]] std::size_t previous_grapheme(std::string_view s, std::size_t pos);

} // namespace trio::text
