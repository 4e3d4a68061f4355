// Finds the first or last needle occurrence in a window of bytes that arrives as a series of
// chunks (as Document::for_each_chunk delivers it), including occurrences that straddle
// chunk boundaries. Part of SearchJob; runs in the input component.
#pragma once

#include "editor/search/literal_finder.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace trio::search {

enum class Occurrence { First, Last };

// Contract:
// - feed() the window's bytes in order, in chunks of any size (empty ones included); then
//   match() is the absolute offset where the first/last occurrence begins (window_begin plus
//   its index in the concatenated chunks), or nullopt.
// - With Occurrence::First, feed() returns at once after a match has been found.
// - Keeps up to needle size - 1 bytes of the previous chunks to catch straddling matches; it
//   copies nothing else and keeps no view past feed(). Borrows `finder`, which must outlive it.
class ChunkedMatcher {
public:
    ChunkedMatcher(const LiteralFinder& finder, Occurrence wanted, std::uint64_t window_begin);

    void feed(std::string_view chunk);

    [[nodiscard]] std::optional<std::uint64_t> match() const { return m_match; }

private:
    [[nodiscard]] std::size_t find_straddling(std::string_view chunk);

    const LiteralFinder& m_finder;
    Occurrence m_wanted;
    std::uint64_t m_next_offset; // absolute offset of the next byte feed() receives
    std::string m_carry;         // the last (needle size - 1) bytes fed, or fewer at the start
    std::string m_junction;      // scratch: m_carry + the head of the next chunk
    std::optional<std::uint64_t> m_match;
};

} // namespace trio::search
