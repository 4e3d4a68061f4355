// The text model: bytes, line look-ups and numbered edits. Owned by the input component;
// the autosave replica keeps a second one in step by apply()ing the same EditOps.
#pragma once

#include "editor/document/edit_op.hpp"
#include "editor/document/gap_buffer.hpp"
#include "editor/document/newline_index.hpp"
#include "editor/document/units.hpp"

#include <functional>
#include <string>
#include <string_view>

namespace trio::document {

// Contract:
// - Bytes are stored as given; they need not be valid UTF-8.
// - Lines: only '\n' separates lines, so a file with N '\n' has N + 1 lines (an empty
//   document has 1, a file ending in '\n' has an empty last line). A '\r' before '\n'
//   stays part of its line: CR LF files round-trip byte for byte and the renderer shows
//   the CR as ^M.
// - Errors: an offset beyond size(), a reversed range or a line beyond the last throws
//   std::out_of_range naming the offset and the size; the document is then unchanged.
//   apply() of an op out of sequence, or of an erase whose text is not what the document
//   holds there, throws std::logic_error (the replica has diverged) and changes nothing.
// - Cost (gap buffer plus a gap-structured newline index; a later version replaces it with
//   a piece table over an mmap): an edit at p costs O(|p - previous edit| + edit size +
//   log lines), amortized; line_of O(log lines); line_start/line_end O(1); byte_at O(1).
// - Not thread-safe: one owner. Copyable and movable (a copy is independent).
class Document {
public:
    Document() = default;
    explicit Document(std::string initial_bytes);

    [[nodiscard]] ByteCount size() const { return ByteCount(m_bytes.size()); }
    [[nodiscard]] LineIndex line_count() const { return LineIndex(m_newlines.count() + 1); }

    // The offset of the line's first byte, and of its '\n' (or of the end for the last line).
    [[nodiscard]] ByteOffset line_start(LineIndex line) const;
    [[nodiscard]] ByteOffset line_end(LineIndex line) const;

    // The line holding `offset`; a '\n' belongs to the line it ends; size() is on the last.
    [[nodiscard]] LineIndex line_of(ByteOffset offset) const;

    [[nodiscard]] std::string text(ByteRange range) const;
    [[nodiscard]] std::string text() const;

    // Calls `fn` with the bytes of `range` in order, in at most two non-empty chunks (none
    // for an empty range), without copying: for saving a document without a second copy.
    // The views are valid only during the call; `fn` must not modify the document.
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

private:
    void check_offset(ByteOffset offset, const char* operation) const;
    void check_range(ByteRange range, const char* operation) const;
    void check_line(LineIndex line, const char* operation) const;
    void insert_bytes(ByteOffset offset, std::string_view bytes);
    void erase_bytes(ByteRange range);

    NewlineIndex m_newlines; // declared first: built from the bytes before m_bytes takes them
    GapBuffer m_bytes;
    SeqNo m_last_seq;
};

} // namespace trio::document
