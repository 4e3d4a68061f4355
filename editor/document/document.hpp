// The text model: bytes, line look-ups and numbered edits. Owned by the input component;
// the autosave replica keeps a second one in step by apply()ing the same EditOps.
#pragma once

#include "editor/document/edit_op.hpp"
#include "editor/document/original_bytes.hpp"
#include "editor/document/piece_buffers.hpp"
#include "editor/document/piece_tree.hpp"
#include "editor/document/units.hpp"

#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace trio::document {

// The line-break convention of a document, told by its first '\n'.
enum class LineBreak : std::uint8_t { Lf, CrLf };

// Contract:
// - Bytes are stored as given; they need not be valid UTF-8 and may hold NUL.
// - Lines: only '\n' separates lines, so a file with N '\n' has N + 1 lines (an empty
//   document has 1, a file ending in '\n' has an empty last line). line_end() is the offset of
//   the line's break: of the '\r' when the line ends in "\r\n", else of the '\n', else size()
//   for the last line. So [line_start, line_end) is what a line shows, and erasing
//   [line_end(k), line_start(k + 1)) removes a "\r\n" whole. A '\r' not followed by '\n' is
//   ordinary content.
// - Errors: an offset beyond size(), a reversed range or a line beyond the last throws
//   std::out_of_range naming the offset and the size; the document is then unchanged.
//   apply() of an op out of sequence, or of an erase whose text is not what the document
//   holds there, throws std::logic_error (the replica has diverged) and changes nothing.
// - Cost: a piece table (pieces into the shared original and an append-only add buffer, in a
//   treap; see piece_tree.hpp). Edits, byte_at and line look-ups cost O(log pieces) plus a
//   scan of at most one 4 KiB block; text(range) adds its length. Typing at the end of the
//   last insert extends that piece (no node per keystroke); there are no per-line objects.
// - Lazy lines: construction indexes nothing (O(1) for any size). A look-up indexes the
//   original only as far as its answer: line_start(k) for small k touches the first blocks,
//   line_of(offset) everything before offset, line_count() everything. Edits never index
//   beyond the blocks around their own offset. index_lines() lets idle time do the rest.
// - Not thread-safe, not even the const methods (they extend the lazy index): one owner.
//   Copyable and movable; a copy is independent and cheap: it shares the original bytes
//   (safe across threads: immutable) and copies the pieces, the add buffer and the index.
//   A moved-from Document may only be assigned to or destroyed.
class Document {
public:
    Document() = default;
    explicit Document(std::string initial_bytes);
    // A null `original` is an empty document.
    explicit Document(std::shared_ptr<const OriginalBytes> original);

    [[nodiscard]] ByteCount size() const { return ByteCount(m_tree.size()); }
    [[nodiscard]] LineIndex line_count() const;
    // line < line_count(), but indexing only as far as that line (a viewport near the top of
    // a huge file asks this, never line_count()).
    [[nodiscard]] bool line_exists(LineIndex line) const;

    // The offset of the line's first byte, and of its break (see the contract).
    [[nodiscard]] ByteOffset line_start(LineIndex line) const;
    [[nodiscard]] ByteOffset line_end(LineIndex line) const;

    // The line holding `offset`; a '\n' belongs to the line it ends; size() is on the last.
    [[nodiscard]] LineIndex line_of(ByteOffset offset) const;

    // Lf unless the first '\n' is preceded by '\r' (also Lf without any '\n').
    [[nodiscard]] LineBreak first_line_break() const;

    // Whether the original is fully indexed, so that line_count() and line look-ups anywhere
    // cost no more scanning.
    [[nodiscard]] bool lines_indexed() const;
    // Indexes up to about max_bytes more of the original (for idle time, in slices); returns
    // the bytes still unindexed, as unindexed_bytes() does (for a progress display).
    std::uint64_t index_lines(std::uint64_t max_bytes);
    [[nodiscard]] std::uint64_t unindexed_bytes() const;

    [[nodiscard]] std::string text(ByteRange range) const;
    [[nodiscard]] std::string text() const;

    // Calls `fn` with the bytes of `range` in order, one non-empty chunk per piece the range
    // meets (none for an empty range), without copying: for saving a document without a
    // second copy. The views are valid only during the call; `fn` must not modify the document.
    void for_each_chunk(ByteRange range, const std::function<void(std::string_view)>& fn) const;

    [[nodiscard]] char byte_at(ByteOffset offset) const;

    // Each returns the edit it performed with the next sequence number (1, 2, 3 …), which
    // must reach the replica; an empty insert or erase is an edit too (it keeps numbering
    // simple). The Erase op carries the removed bytes.
    [[nodiscard]] EditOp insert(ByteOffset offset, std::string_view bytes);
    [[nodiscard]] EditOp erase(ByteRange range);

    // Replays an op produced by another Document; op.seq must be last_seq() + 1.
    void apply(const EditOp& op);

    // The sequence number of the last edit; 0 before any.
    [[nodiscard]] SeqNo last_seq() const { return m_last_seq; }

    // The original's bytes changed under the document: another program truncated the mapped
    // file and the lost pages now read as zeros (terminal::guard_mapped_file). Every line count
    // derived from the old bytes is dropped and recounted on demand, so look-ups agree with
    // the bytes again. Costs O(pieces); the recount costs what counting costs.
    void forget_original_lines() {
        m_buffers.forget_original_counts();
        m_tree.forget_original_counts();
    }

    // How many pieces the text is in (for tests and diagnostics).
    [[nodiscard]] std::size_t piece_count() const { return m_tree.piece_count(); }

private:
    void check_offset(ByteOffset offset, const char* operation) const;
    void check_range(ByteRange range, const char* operation) const;
    [[noreturn]] void throw_bad_line(LineIndex line, const char* operation) const;
    void insert_bytes(ByteOffset offset, std::string_view bytes);
    void erase_bytes(ByteRange range);

    // mutable: look-ups count pieces and extend the index lazily (see the contract).
    mutable PieceBuffers m_buffers;
    mutable PieceTree m_tree;
    SeqNo m_last_seq;
};

} // namespace trio::document
