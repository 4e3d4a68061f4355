// A lazy count of '\n' per fixed block of an append-only byte sequence (a document's original
// text or its add buffer), so a line look-up scans at most a block. Part of a Document: runs in
// the input component and the autosave replica.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace trio::document {

// Contract:
// - Indexes blocks of `block_bytes` from the start, in order, only when a query needs them
//   (or index() is asked to): constructing one costs nothing, so opening a 1 GiB file is O(1).
// - Every call passes the whole sequence as `text`; it may have grown since the last call
//   (bytes are only appended), but bytes already indexed must not have changed.
// - Memory: 2 bytes per 4 KiB block plus 8 per 64 KiB, about 640 KiB for 1 GiB; never a word
//   per line. Only complete blocks are indexed; the partial block at the end is scanned.
// - Not thread-safe (queries extend the index). Copyable: a copy is independent.
class NewlineBlockIndex {
public:
    static constexpr std::uint64_t block_bytes = 4096;

    // '\n' in text[0, offset), offset <= text.size(). Indexes up to offset's block and scans at
    // most half a block.
    [[nodiscard]] std::uint64_t newlines_before(std::string_view text, std::uint64_t offset);

    // The offset of the n-th '\n' (0-based) of `text` if it lies before `limit`, else nullopt.
    // Indexes only as far as the answer (or limit) needs.
    [[nodiscard]] std::optional<std::uint64_t> find_newline(std::string_view text, std::uint64_t n,
                                                            std::uint64_t limit);

    // Indexes about max_bytes more (whole blocks, at least one if max_bytes > 0); returns
    // unindexed_bytes(text) afterwards.
    std::uint64_t index(std::string_view text, std::uint64_t max_bytes);

    // Bytes of complete blocks not indexed yet (0 once only the final partial block is left).
    [[nodiscard]] std::uint64_t unindexed_bytes(std::string_view text) const;

private:
    [[nodiscard]] std::uint64_t boundaries() const { return m_relative.size(); }
    [[nodiscard]] std::uint64_t before_boundary(std::uint64_t b) const;
    [[nodiscard]] bool can_extend(std::string_view text) const;
    void extend(std::string_view text);
    void index_through(std::string_view text, std::uint64_t boundary);

    // '\n' before boundary b (offset b * block_bytes) is m_super[b / 16] + m_relative[b]:
    // a 64-bit count per 64 KiB superblock and a 16-bit count within it per 4 KiB block.
    static constexpr std::uint64_t blocks_per_super = 16;
    std::vector<std::uint64_t> m_super{0};
    std::vector<std::uint16_t> m_relative{0};
};

} // namespace trio::document
