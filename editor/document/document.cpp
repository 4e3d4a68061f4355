// The document model: a piece table with lazy line look-ups and numbered edits. Runs in the
// input component and, as the replica, in the autosave component.
#include "editor/document/document.hpp"

#include <stdexcept>
#include <utility>

namespace trio::document {

Document::Document(std::string initial_bytes)
    : Document(OriginalBytes::from_string(std::move(initial_bytes))) {}

Document::Document(std::shared_ptr<const OriginalBytes> original) : m_buffers(original) {
    if (original && original->size() > 0) {
        // Uncounted: opening indexes nothing.
        m_tree.insert(0, Piece{PieceSource::Original, 0, original->size(), unknown_newlines},
                      m_buffers);
    }
}

LineIndex Document::line_count() const {
    return LineIndex(m_tree.newline_count(m_buffers) + 1);
}

bool Document::line_exists(LineIndex line) const {
    return line.value == 0 || m_tree.find_newline(line.value - 1, m_buffers).has_value();
}

ByteOffset Document::line_start(LineIndex line) const {
    if (line.value == 0) {
        return ByteOffset(0);
    }
    const std::optional<std::uint64_t> newline = m_tree.find_newline(line.value - 1, m_buffers);
    if (!newline) {
        throw_bad_line(line, "line_start");
    }
    return ByteOffset(*newline + 1);
}

ByteOffset Document::line_end(LineIndex line) const {
    const std::optional<std::uint64_t> newline = m_tree.find_newline(line.value, m_buffers);
    if (!newline) {
        if (!line_exists(line)) {
            throw_bad_line(line, "line_end");
        }
        return ByteOffset(m_tree.size());
    }
    // The '\r' may sit in another piece than its '\n'; byte_at finds it either way.
    if (*newline > 0 && byte_at(ByteOffset(*newline - 1)) == '\r') {
        return ByteOffset(*newline - 1);
    }
    return ByteOffset(*newline);
}

LineIndex Document::line_of(ByteOffset offset) const {
    check_offset(offset, "line_of");
    return LineIndex(m_tree.newlines_before(offset.value, m_buffers));
}

LineBreak Document::first_line_break() const {
    const std::optional<std::uint64_t> newline = m_tree.find_newline(0, m_buffers);
    if (newline && *newline > 0 && byte_at(ByteOffset(*newline - 1)) == '\r') {
        return LineBreak::CrLf;
    }
    return LineBreak::Lf;
}

bool Document::lines_indexed() const {
    return m_buffers.original_unindexed() == 0;
}

std::uint64_t Document::index_lines(std::uint64_t max_bytes) {
    const std::uint64_t left = m_buffers.index_original(max_bytes);
    if (left == 0) {
        // Count the pieces now that it is cheap, so line_count() is O(1) from here on.
        (void)m_tree.newline_count(m_buffers);
    }
    return left;
}

std::uint64_t Document::unindexed_bytes() const {
    return m_buffers.original_unindexed();
}

std::string Document::text(ByteRange range) const {
    std::string out;
    out.reserve(range.size().value <= m_tree.size() ? range.size().value : 0);
    for_each_chunk(range, [&out](std::string_view chunk) { out.append(chunk); });
    return out;
}

std::string Document::text() const {
    return text({ByteOffset(0), ByteOffset(m_tree.size())});
}

void Document::for_each_chunk(ByteRange range,
                              const std::function<void(std::string_view)>& fn) const {
    check_range(range, "for_each_chunk");
    m_tree.for_each(range.begin.value, range.end.value,
                    [&](const Piece& piece, std::uint64_t from, std::uint64_t to) {
                        fn(m_buffers.bytes(piece, from, to));
                    });
}

char Document::byte_at(ByteOffset offset) const {
    if (offset.value >= m_tree.size()) {
        throw std::out_of_range("Document::byte_at: offset " + std::to_string(offset.value) +
                                " is not before the end (size " + std::to_string(m_tree.size()) +
                                ")");
    }
    const PieceTree::Position at = m_tree.locate(offset.value);
    return m_buffers.bytes(at.piece, at.within, at.within + 1)[0];
}

EditOp Document::insert(ByteOffset offset, std::string_view bytes) {
    check_offset(offset, "insert");
    insert_bytes(offset, bytes);
    ++m_last_seq;
    return EditOp{m_last_seq, EditOp::Kind::Insert, offset, std::string(bytes)};
}

EditOp Document::erase(ByteRange range) {
    check_range(range, "erase");
    std::string removed = text(range);
    erase_bytes(range);
    ++m_last_seq;
    return EditOp{m_last_seq, EditOp::Kind::Erase, range.begin, std::move(removed)};
}

void Document::apply(const EditOp& op) {
    if (op.seq.value != m_last_seq.value + 1) {
        throw std::logic_error("Document::apply: edit " + std::to_string(op.seq.value) +
                               " arrived after edit " + std::to_string(m_last_seq.value));
    }
    switch (op.kind) {
    case EditOp::Kind::Insert:
        check_offset(op.offset, "apply");
        insert_bytes(op.offset, op.text);
        break;
    case EditOp::Kind::Erase: {
        const ByteRange range{op.offset, ByteOffset(op.offset.value + op.text.size())};
        check_range(range, "apply");
        if (text(range) != op.text) {
            throw std::logic_error("Document::apply: edit " + std::to_string(op.seq.value) +
                                   " erases bytes this document does not hold at offset " +
                                   std::to_string(op.offset.value));
        }
        erase_bytes(range);
        break;
    }
    default:
        throw std::logic_error("Document::apply: edit " + std::to_string(op.seq.value) +
                               " has an unknown kind");
    }
    m_last_seq = op.seq;
}

void Document::insert_bytes(ByteOffset offset, std::string_view bytes) {
    if (!bytes.empty()) {
        m_tree.insert(offset.value, m_buffers.append(bytes), m_buffers);
    }
}

void Document::erase_bytes(ByteRange range) {
    if (range.begin < range.end) {
        m_tree.erase(range.begin.value, range.end.value, m_buffers);
    }
}

void Document::check_offset(ByteOffset offset, const char* operation) const {
    if (offset.value > m_tree.size()) {
        throw std::out_of_range(std::string("Document::") + operation + ": offset " +
                                std::to_string(offset.value) + " is past the end (size " +
                                std::to_string(m_tree.size()) + ")");
    }
}

void Document::check_range(ByteRange range, const char* operation) const {
    check_offset(range.end, operation);
    if (range.begin > range.end) {
        throw std::out_of_range(std::string("Document::") + operation + ": range [" +
                                std::to_string(range.begin.value) + ", " +
                                std::to_string(range.end.value) + ") is reversed (size " +
                                std::to_string(m_tree.size()) + ")");
    }
}

void Document::throw_bad_line(LineIndex line, const char* operation) const {
    // Counting every line is fine here: this is the error path.
    throw std::out_of_range(std::string("Document::") + operation + ": line " +
                            std::to_string(line.value) + " is past the last line (" +
                            std::to_string(line_count().value) + " lines, size " +
                            std::to_string(m_tree.size()) + ")");
}

} // namespace trio::document
