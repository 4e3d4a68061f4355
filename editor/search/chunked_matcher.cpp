// Finds the first or last needle occurrence in a window that arrives in chunks. Part of
// SearchJob; runs in the input component.
#include "editor/search/chunked_matcher.hpp"

#include <algorithm>

namespace trio::search {

ChunkedMatcher::ChunkedMatcher(const LiteralFinder& finder, Occurrence wanted,
                               std::uint64_t window_begin)
    : m_finder(finder), m_wanted(wanted), m_next_offset(window_begin) {
    m_carry.reserve(finder.size());
    m_junction.reserve(2 * finder.size());
}

// Matches that begin in the carried bytes and end in `chunk`: the junction holds the carry
// (under needle size bytes) plus at most needle size - 1 bytes of the chunk, so every match
// found in it begins in the carry. One that runs past this chunk is found with the next, as
// its start is then still within the carry.
std::size_t ChunkedMatcher::find_straddling(std::string_view chunk) {
    if (m_carry.empty()) {
        return LiteralFinder::npos;
    }
    m_junction.assign(m_carry);
    m_junction.append(chunk.substr(0, m_finder.size() - 1));
    return m_wanted == Occurrence::First ? m_finder.find_first(m_junction)
                                         : m_finder.find_last(m_junction);
}

void ChunkedMatcher::feed(std::string_view chunk) {
    if (chunk.empty() || (m_wanted == Occurrence::First && m_match)) {
        return;
    }
    const std::uint64_t carry_begin = m_next_offset - m_carry.size();
    const std::size_t straddling = find_straddling(chunk);
    if (m_wanted == Occurrence::First && straddling != LiteralFinder::npos) {
        m_match = carry_begin + straddling;
        return;
    }
    const std::size_t inside =
        m_wanted == Occurrence::First ? m_finder.find_first(chunk) : m_finder.find_last(chunk);
    // For Last, a match inside the chunk begins after every straddling one.
    if (inside != LiteralFinder::npos) {
        m_match = m_next_offset + inside;
    } else if (straddling != LiteralFinder::npos) {
        m_match = carry_begin + straddling;
    }

    const std::size_t keep = m_finder.size() - 1;
    if (chunk.size() >= keep) {
        m_carry.assign(chunk.substr(chunk.size() - keep));
    } else {
        m_carry.append(chunk);
        m_carry.erase(0, m_carry.size() - std::min(m_carry.size(), keep));
    }
    m_next_offset += chunk.size();
}

} // namespace trio::search
