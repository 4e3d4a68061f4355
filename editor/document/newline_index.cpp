// Gap-structured index of newline offsets. Runs in the input component and autosave replica.
#include "editor/document/newline_index.hpp"

#include <algorithm>
#include <cstring>

namespace trio::document {

namespace {

constexpr std::size_t min_gap = 256;

template <class F> void for_each_newline(std::string_view text, F&& f) {
    const char* const start = text.data();
    const char* p = start;
    const char* const end = start + text.size();
    while (p < end) {
        const void* hit = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
        if (hit == nullptr) {
            return;
        }
        p = static_cast<const char*>(hit);
        f(static_cast<std::uint64_t>(p - start));
        ++p;
    }
}

} // namespace

NewlineIndex::NewlineIndex(std::string_view text) : m_text_size(text.size()) {
    for_each_newline(text, [this](std::uint64_t at) { m_entries.push_back(at); });
    m_gap_begin = m_gap_end = m_entries.size();
}

std::uint64_t NewlineIndex::at(std::size_t i) const {
    return i < m_gap_begin ? m_entries[i] : m_text_size - m_entries[i + gap_size()];
}

std::size_t NewlineIndex::count_before(std::uint64_t offset) const {
    std::size_t low = 0;
    std::size_t high = count();
    while (low < high) {
        const std::size_t mid = low + (high - low) / 2;
        if (at(mid) < offset) {
            low = mid + 1;
        } else {
            high = mid;
        }
    }
    return low;
}

void NewlineIndex::insert(std::uint64_t offset, std::string_view text) {
    move_gap(count_before(offset));
    const auto added = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
    reserve_gap(added);
    for_each_newline(text,
                     [this, offset](std::uint64_t at) { m_entries[m_gap_begin++] = offset + at; });
    m_text_size += text.size();
}

void NewlineIndex::erase(std::uint64_t begin, std::uint64_t end) {
    move_gap(count_before(begin));
    // The erased newlines are the first entries after the gap: let the gap swallow them.
    while (m_gap_end < m_entries.size() && m_text_size - m_entries[m_gap_end] < end) {
        ++m_gap_end;
    }
    m_text_size -= end - begin;
}

void NewlineIndex::move_gap(std::size_t index) {
    while (m_gap_begin > index) {
        --m_gap_begin;
        --m_gap_end;
        m_entries[m_gap_end] = m_text_size - m_entries[m_gap_begin];
    }
    while (m_gap_begin < index) {
        m_entries[m_gap_begin] = m_text_size - m_entries[m_gap_end];
        ++m_gap_begin;
        ++m_gap_end;
    }
}

void NewlineIndex::reserve_gap(std::size_t entries) {
    if (gap_size() >= entries) {
        return;
    }
    const std::size_t grow = std::max({entries - gap_size(), min_gap, m_entries.size() / 2});
    m_entries.insert(m_entries.begin() + static_cast<std::ptrdiff_t>(m_gap_end), grow, 0);
    m_gap_end += grow;
}

} // namespace trio::document
