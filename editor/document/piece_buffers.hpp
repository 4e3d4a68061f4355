// The two buffers a document's pieces point into: the shared immutable original and the
// append-only add buffer, each with its lazy newline index. Part of a Document (input
// component and autosave replica).
#pragma once

#include "editor/document/newline_block_index.hpp"
#include "editor/document/original_bytes.hpp"
#include "editor/document/piece.hpp"

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace trio::document {

// Contract: pieces passed in lie inside their buffer. Counting and finding extend the indexes,
// so they are not const and not thread-safe; the original itself is shared read-only between
// copies. Copyable: a copy shares the original and copies the add buffer and the indexes.
class PieceBuffers {
public:
    PieceBuffers() = default;
    explicit PieceBuffers(std::shared_ptr<const OriginalBytes> original);

    [[nodiscard]] std::string_view original() const;

    // Bytes [from, to) of the piece (offsets within the piece).
    [[nodiscard]] std::string_view bytes(const Piece& piece, std::uint64_t from,
                                         std::uint64_t to) const;

    // Appends to the add buffer; returns the (counted) piece of the appended bytes.
    [[nodiscard]] Piece append(std::string_view bytes);

    // '\n' in source bytes [begin, end).
    [[nodiscard]] std::uint64_t count(PieceSource source, std::uint64_t begin, std::uint64_t end);

    // The source offset of the n-th '\n' (0-based) in source bytes [begin, end), or nullopt.
    [[nodiscard]] std::optional<std::uint64_t> find(PieceSource source, std::uint64_t begin,
                                                    std::uint64_t end, std::uint64_t n);

    // The original's bytes changed under us (a truncated mapping now reads zeros): drop its
    // index; it is rebuilt on demand from the bytes as they are now.
    void forget_original_counts() { m_original_lines = NewlineBlockIndex(); }

    // The lazy index of the original, for idle-time indexing and progress display.
    std::uint64_t index_original(std::uint64_t max_bytes);
    [[nodiscard]] std::uint64_t original_unindexed() const;

private:
    [[nodiscard]] std::string_view text(PieceSource source) const;
    [[nodiscard]] NewlineBlockIndex& index(PieceSource source);

    std::shared_ptr<const OriginalBytes> m_original; // null means empty
    std::string m_add;
    NewlineBlockIndex m_original_lines;
    NewlineBlockIndex m_add_lines;
};

} // namespace trio::document
