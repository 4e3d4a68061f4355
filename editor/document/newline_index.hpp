// The offsets of every '\n' in a document, kept sorted with a gap at the last edit so that
// an edit shifts no entry: the index behind Document's line look-ups. Owned by a Document.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace trio::document {

// Entries before the gap hold absolute offsets; entries after it hold their distance from
// the end of the document, which an edit before them does not change. Moving the gap
// converts the entries it passes. Cost: an edit at p costs O(log n + newlines between p and
// the previous edit + newlines in the edit); look-ups O(log n) or O(1).
// Contract: callers pass valid offsets (Document checks them). Not thread-safe.
class NewlineIndex {
public:
    NewlineIndex() = default;
    explicit NewlineIndex(std::string_view text);

    [[nodiscard]] std::size_t count() const { return m_entries.size() - gap_size(); }

    // The offset of the i-th '\n' (i < count()).
    [[nodiscard]] std::uint64_t at(std::size_t i) const;

    // How many '\n' lie before `offset`.
    [[nodiscard]] std::size_t count_before(std::uint64_t offset) const;

    // Mirrors an insert of `text` at `offset` / an erase of [begin, end) in the document.
    void insert(std::uint64_t offset, std::string_view text);
    void erase(std::uint64_t begin, std::uint64_t end);

private:
    [[nodiscard]] std::size_t gap_size() const { return m_gap_end - m_gap_begin; }
    void move_gap(std::size_t index);
    void reserve_gap(std::size_t entries);

    std::vector<std::uint64_t> m_entries;
    std::size_t m_gap_begin = 0;
    std::size_t m_gap_end = 0;
    std::uint64_t m_text_size = 0; // the document's size, to convert relative entries
};

} // namespace trio::document
