// The document's bytes in a gap buffer: edits near the previous edit move only the bytes in
// between. Owned by a Document (input component, and the autosave replica).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace trio::document {

// Contract: positions are byte offsets into the text (the gap is invisible); callers check
// them (Document does, and throws). Not thread-safe. Copyable and movable.
// Cost: insert/erase at p cost O(|p - previous edit| + edit size), amortized; reads O(1) per
// byte.
class GapBuffer {
public:
    GapBuffer() = default;
    explicit GapBuffer(std::string initial);

    [[nodiscard]] std::size_t size() const { return m_storage.size() - gap_size(); }
    [[nodiscard]] char at(std::size_t pos) const;

    void insert(std::size_t pos, std::string_view bytes);
    void erase(std::size_t begin, std::size_t end);

    // The text in [begin, end) as at most two contiguous pieces (before and after the gap);
    // an empty piece is returned as an empty view.
    struct Pieces {
        std::string_view first;
        std::string_view second;
    };
    [[nodiscard]] Pieces pieces(std::size_t begin, std::size_t end) const;

private:
    [[nodiscard]] std::size_t gap_size() const { return m_gap_end - m_gap_begin; }
    void move_gap(std::size_t pos);
    void reserve_gap(std::size_t bytes);

    // [0, m_gap_begin) text, [m_gap_begin, m_gap_end) gap, [m_gap_end, size) text.
    std::string m_storage;
    std::size_t m_gap_begin = 0;
    std::size_t m_gap_end = 0;
};

} // namespace trio::document
