// The original and add buffers behind a piece table, and '\n' counting over them. Runs inside
// Document operations in the input component and the autosave replica.
#include "editor/document/piece_buffers.hpp"

#include "editor/document/newline_count.hpp"

#include <utility>

namespace trio::document {

PieceBuffers::PieceBuffers(std::shared_ptr<const OriginalBytes> original)
    : m_original(std::move(original)) {}

std::string_view PieceBuffers::original() const {
    return m_original ? m_original->bytes() : std::string_view();
}

std::string_view PieceBuffers::text(PieceSource source) const {
    return source == PieceSource::Original ? original() : std::string_view(m_add);
}

NewlineBlockIndex& PieceBuffers::index(PieceSource source) {
    return source == PieceSource::Original ? m_original_lines : m_add_lines;
}

std::string_view PieceBuffers::bytes(const Piece& piece, std::uint64_t from,
                                     std::uint64_t to) const {
    return text(piece.source).substr(piece.start + from, to - from);
}

Piece PieceBuffers::append(std::string_view bytes) {
    const Piece piece{PieceSource::Add, m_add.size(), bytes.size(), count_newlines(bytes)};
    m_add.append(bytes);
    return piece;
}

std::uint64_t PieceBuffers::count(PieceSource source, std::uint64_t begin, std::uint64_t end) {
    const std::string_view all = text(source);
    // A short range is cheaper to scan than two index look-ups (each may scan half a block).
    if (end - begin <= NewlineBlockIndex::block_bytes) {
        return count_newlines(all.substr(begin, end - begin));
    }
    NewlineBlockIndex& lines = index(source);
    return lines.newlines_before(all, end) - lines.newlines_before(all, begin);
}

std::optional<std::uint64_t> PieceBuffers::find(PieceSource source, std::uint64_t begin,
                                                std::uint64_t end, std::uint64_t n) {
    if (n >= end - begin) {
        return std::nullopt; // also keeps the index target below from overflowing
    }
    const std::string_view all = text(source);
    if (end - begin <= NewlineBlockIndex::block_bytes) {
        const std::optional<std::uint64_t> hit = find_newline(all.substr(begin, end - begin), n);
        return hit ? std::optional<std::uint64_t>(begin + *hit) : std::nullopt;
    }
    NewlineBlockIndex& lines = index(source);
    return lines.find_newline(all, lines.newlines_before(all, begin) + n, end);
}

std::uint64_t PieceBuffers::index_original(std::uint64_t max_bytes) {
    return m_original_lines.index(original(), max_bytes);
}

std::uint64_t PieceBuffers::original_unindexed() const {
    return m_original_lines.unindexed_bytes(original());
}

} // namespace trio::document
