// What to search for: the needle and how to match it. A plain value type, built by the input
// component's search prompt and handed to a SearchJob.
#pragma once

#include <string>

namespace trio::search {

enum class Direction { Forward, Backward };

// Insensitive folds ASCII letters only ('A'-'Z' match 'a'-'z'); every other byte, including
// UTF-8 multi-byte sequences, must match exactly. Full Unicode case folding changes byte
// lengths and would cost the byte-at-a-time SIMD scan its speed; an editor on 1 GiB files
// chooses speed here.
enum class CaseMode { Sensitive, Insensitive };

// Whether a search continues from the other end of the document after reaching one end.
enum class Wrap { No, Yes };

struct SearchQuery {
    std::string needle; // raw bytes, need not be valid UTF-8; empty matches nothing
    Direction direction = Direction::Forward;
    CaseMode case_mode = CaseMode::Sensitive;
    Wrap wrap = Wrap::Yes;
};

} // namespace trio::search
