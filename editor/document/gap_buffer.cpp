// Gap buffer for the document's bytes. Runs in the input component and the autosave replica.
#include "editor/document/gap_buffer.hpp"

#include <algorithm>
#include <cstring>

namespace trio::document {

namespace {
constexpr std::size_t min_gap = 4096;
} // namespace

GapBuffer::GapBuffer(std::string initial)
    : m_storage(std::move(initial)), m_gap_begin(m_storage.size()), m_gap_end(m_storage.size()) {}

char GapBuffer::at(std::size_t pos) const {
    return pos < m_gap_begin ? m_storage[pos] : m_storage[pos + gap_size()];
}

void GapBuffer::insert(std::size_t pos, std::string_view bytes) {
    move_gap(pos);
    reserve_gap(bytes.size());
    std::copy(bytes.begin(), bytes.end(), m_storage.begin() + static_cast<std::ptrdiff_t>(pos));
    m_gap_begin += bytes.size();
}

void GapBuffer::erase(std::size_t begin, std::size_t end) {
    move_gap(begin);
    m_gap_end += end - begin;
}

GapBuffer::Pieces GapBuffer::pieces(std::size_t begin, std::size_t end) const {
    const std::string_view all(m_storage);
    Pieces out;
    if (begin < m_gap_begin) {
        const std::size_t stop = std::min(end, m_gap_begin);
        out.first = all.substr(begin, stop - begin);
        begin = stop;
    }
    if (begin < end) {
        const std::string_view second = all.substr(begin + gap_size(), end - begin);
        (out.first.empty() ? out.first : out.second) = second;
    }
    return out;
}

void GapBuffer::move_gap(std::size_t pos) {
    char* data = m_storage.data();
    if (pos < m_gap_begin) {
        const std::size_t n = m_gap_begin - pos;
        std::memmove(data + m_gap_end - n, data + pos, n);
        m_gap_begin -= n;
        m_gap_end -= n;
    } else if (pos > m_gap_begin) {
        const std::size_t n = pos - m_gap_begin;
        std::memmove(data + m_gap_begin, data + m_gap_end, n);
        m_gap_begin += n;
        m_gap_end += n;
    }
}

void GapBuffer::reserve_gap(std::size_t bytes) {
    if (gap_size() >= bytes) {
        return;
    }
    // Growing by a fraction of the size keeps insertion amortized O(1) per byte.
    const std::size_t grow = std::max({bytes - gap_size(), min_gap, m_storage.size() / 2});
    m_storage.insert(m_gap_end, grow, '\0');
    m_gap_end += grow;
}

} // namespace trio::document
