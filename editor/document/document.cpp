// The document model: bytes in a gap buffer, lines in a newline index, numbered edits.
// Runs in the input component and, as the replica, in the autosave component.
#include "editor/document/document.hpp"

#include <stdexcept>

namespace trio::document {

Document::Document(std::string initial_bytes)
    : m_newlines(initial_bytes), m_bytes(std::move(initial_bytes)) {}

ByteOffset Document::line_start(LineIndex line) const {
    check_line(line, "line_start");
    return line.value == 0 ? ByteOffset(0) : ByteOffset(m_newlines.at(line.value - 1) + 1);
}

ByteOffset Document::line_end(LineIndex line) const {
    check_line(line, "line_end");
    return line.value < m_newlines.count() ? ByteOffset(m_newlines.at(line.value))
                                           : ByteOffset(m_bytes.size());
}

LineIndex Document::line_of(ByteOffset offset) const {
    check_offset(offset, "line_of");
    return LineIndex(m_newlines.count_before(offset.value));
}

std::string Document::text(ByteRange range) const {
    std::string out;
    out.reserve(range.size().value <= m_bytes.size() ? range.size().value : 0);
    for_each_chunk(range, [&out](std::string_view chunk) { out.append(chunk); });
    return out;
}

std::string Document::text() const {
    return text({ByteOffset(0), ByteOffset(m_bytes.size())});
}

void Document::for_each_chunk(ByteRange range,
                              const std::function<void(std::string_view)>& fn) const {
    check_range(range, "for_each_chunk");
    const GapBuffer::Pieces pieces = m_bytes.pieces(range.begin.value, range.end.value);
    for (const std::string_view piece : {pieces.first, pieces.second}) {
        if (!piece.empty()) {
            fn(piece);
        }
    }
}

char Document::byte_at(ByteOffset offset) const {
    if (offset.value >= m_bytes.size()) {
        throw std::out_of_range("Document::byte_at: offset " + std::to_string(offset.value) +
                                " is not before the end (size " + std::to_string(m_bytes.size()) +
                                ")");
    }
    return m_bytes.at(offset.value);
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
    m_bytes.insert(offset.value, bytes);
    m_newlines.insert(offset.value, bytes);
}

void Document::erase_bytes(ByteRange range) {
    m_bytes.erase(range.begin.value, range.end.value);
    m_newlines.erase(range.begin.value, range.end.value);
}

void Document::check_offset(ByteOffset offset, const char* operation) const {
    if (offset.value > m_bytes.size()) {
        throw std::out_of_range(std::string("Document::") + operation + ": offset " +
                                std::to_string(offset.value) + " is past the end (size " +
                                std::to_string(m_bytes.size()) + ")");
    }
}

void Document::check_range(ByteRange range, const char* operation) const {
    check_offset(range.end, operation);
    if (range.begin > range.end) {
        throw std::out_of_range(std::string("Document::") + operation + ": range [" +
                                std::to_string(range.begin.value) + ", " +
                                std::to_string(range.end.value) + ") is reversed (size " +
                                std::to_string(m_bytes.size()) + ")");
    }
}

void Document::check_line(LineIndex line, const char* operation) const {
    if (line.value > m_newlines.count()) {
        throw std::out_of_range(std::string("Document::") + operation + ": line " +
                                std::to_string(line.value) + " is past the last line (" +
                                std::to_string(m_newlines.count() + 1) + " lines, size " +
                                std::to_string(m_bytes.size()) + ")");
    }
}

} // namespace trio::document
