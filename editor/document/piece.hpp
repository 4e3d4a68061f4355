// One piece of a piece table: a run of bytes in the original text or in the add buffer. A
// value type inside a Document (input component and autosave replica).
#pragma once

#include <cstdint>
#include <limits>

namespace trio::document {

enum class PieceSource : std::uint8_t { Original, Add };

// A piece's '\n' count before anyone needed it: pieces of the original start uncounted so that
// opening a file indexes nothing.
inline constexpr std::uint64_t unknown_newlines = std::numeric_limits<std::uint64_t>::max();

struct Piece {
    PieceSource source = PieceSource::Original;
    std::uint64_t start = 0;                   // offset in its source
    std::uint64_t length = 0;                  // never 0 for a piece in a document
    std::uint64_t newlines = unknown_newlines; // '\n' in the piece, or unknown_newlines
};

} // namespace trio::document
