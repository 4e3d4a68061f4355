// Finds a literal needle in one contiguous run of bytes, fast (SSE2 where available). The
// building block of SearchJob; runs wherever the job runs (the input component).
#pragma once

#include "editor/search/search_query.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace trio::search {

// Contract:
// - find_first/find_last return the index in `haystack` where the first/last occurrence of
//   the needle begins, or npos. Occurrences may overlap ("aa" occurs 3 times in "aaaa").
// - CaseMode::Insensitive folds ASCII letters only (see search_query.hpp).
// - The needle must not be empty (the constructor throws std::invalid_argument).
// - Pure: no allocation after construction, no state changes; copyable; a const finder may
//   be used from several threads at once.
// - Cost: O(haystack) with a small constant. The scan compares two needle bytes chosen as
//   the rarest in text (text_byte_rank) against 32 candidate positions per step and verifies
//   only where both agree; a one-byte case-sensitive needle uses memchr/memrchr.
class LiteralFinder {
public:
    static constexpr std::size_t npos = std::string_view::npos;

    LiteralFinder(std::string_view needle, CaseMode case_mode);

    [[nodiscard]] std::size_t size() const { return m_needle.size(); }

    [[nodiscard]] std::size_t find_first(std::string_view haystack) const;
    [[nodiscard]] std::size_t find_last(std::string_view haystack) const;

private:
    [[nodiscard]] bool matches_at(const char* candidate) const;
    [[nodiscard]] bool filter_bytes_match(const char* candidate) const;

    std::string m_needle; // folded to lower case when m_case_mode is Insensitive
    CaseMode m_case_mode;
    // The two needle positions the scan filters on, and the bit each ORs in before comparing
    // (0x20 for a letter when folding: 'A' | 0x20 == 'a', and no other byte maps to 'a').
    std::size_t m_first_index = 0;
    std::size_t m_second_index = 0;
    unsigned char m_first_fold = 0;
    unsigned char m_second_fold = 0;
};

} // namespace trio::search
