// Parses journal bytes into a header and the valid prefix of records; see journal_reader.hpp.
// Runs in recovery.
#include "editor/journal/journal_reader.hpp"

#include "editor/journal/checksum.hpp"
#include "editor/protocol/byte_reader.hpp"

#include <span>

namespace trio::journal {

namespace {

using document::EditOp;
using document::SeqNo;
using protocol::ByteReader;
using protocol::DecodeError;
using Kind = ReadProblem::Kind;

std::span<const std::byte> as_bytes(std::string_view s) {
    return {reinterpret_cast<const std::byte*>(s.data()), s.size()};
}

ReadProblem problem(Kind kind, std::uint64_t at, const std::string& what) {
    std::string prefix;
    switch (kind) {
    case Kind::BadHeader:
        prefix = "bad journal header";
        break;
    case Kind::TornTail:
        prefix = "torn tail at byte " + std::to_string(at);
        break;
    case Kind::BadChecksum:
        prefix = "bad checksum in the record at byte " + std::to_string(at);
        break;
    case Kind::BadType:
        prefix = "unknown record type at byte " + std::to_string(at);
        break;
    case Kind::BadPayload:
        prefix = "malformed record at byte " + std::to_string(at);
        break;
    case Kind::SequenceGap:
        prefix = "sequence gap at byte " + std::to_string(at);
        break;
    }
    return ReadProblem{kind, at, prefix + ": " + what};
}

// Reads the header; throws DecodeError (from ByteReader or here) when it is not valid.
JournalHeader read_header(std::string_view bytes, std::size_t& end) {
    ByteReader r(as_bytes(bytes));
    for (const char expected : journal_magic) {
        if (r.u8("magic") != static_cast<std::uint8_t>(expected)) {
            throw DecodeError("not a trio journal (wrong magic)");
        }
    }
    JournalHeader h;
    h.version = r.u16("version");
    if (h.version != journal_version) {
        throw DecodeError("unsupported journal version " + std::to_string(h.version));
    }
    h.original.size = r.u64("size");
    h.original.mtime_ns = r.i64("mtime_ns");
    h.original.inode = r.u64("inode");
    h.original.device = r.u64("device");
    h.original.sample_hash = r.u64("sample_hash");
    h.base_seq = SeqNo(r.u64("base_seq"));
    h.path = r.string("path");
    h.created_ns = r.i64("created_ns");
    h.writer_pid = r.u32("writer_pid");
    const std::size_t crc_at = r.position();
    if (r.u32("header_crc") != crc32(bytes.substr(0, crc_at))) {
        throw DecodeError("header checksum mismatch");
    }
    end = r.position();
    return h;
}

// Decodes one payload; throws DecodeError when it is malformed.
JournalRecord read_payload(RecordType type, std::string_view payload) {
    ByteReader r(as_bytes(payload));
    const SeqNo seq(r.u64("seq"));
    switch (type) {
    case RecordType::Edit: {
        EditOp op;
        op.seq = seq;
        const std::uint8_t kind = r.u8("kind");
        if (kind != static_cast<std::uint8_t>(EditOp::Kind::Insert) &&
            kind != static_cast<std::uint8_t>(EditOp::Kind::Erase)) {
            r.fail("unknown edit kind " + std::to_string(kind));
        }
        op.kind = static_cast<EditOp::Kind>(kind);
        op.offset = document::ByteOffset(r.u64("offset"));
        op.text = r.string("text");
        r.expect_end();
        return op;
    }
    case RecordType::Snapshot:
        return SnapshotRecord{seq, std::string(payload.substr(r.position()))};
    case RecordType::Saved:
        r.expect_end();
        return SavedRecord{seq};
    }
    throw DecodeError("unknown record type");
}

// The sequence rules of journal_format.hpp; an empty string when `record` may follow `last`.
std::string sequence_error(const JournalRecord& record, SeqNo last) {
    const std::uint64_t seq = seq_of(record).value;
    const std::string detail =
        "seq " + std::to_string(seq) + " after seq " + std::to_string(last.value);
    if (std::holds_alternative<EditOp>(record) && seq != last.value + 1) {
        return "edit " + detail;
    }
    if (std::holds_alternative<SnapshotRecord>(record) && seq < last.value) {
        return "snapshot " + detail;
    }
    if (std::holds_alternative<SavedRecord>(record) && seq > last.value) {
        return "saved marker " + detail;
    }
    return {};
}

bool known_type(std::uint8_t type) {
    return type >= static_cast<std::uint8_t>(RecordType::Edit) &&
           type <= static_cast<std::uint8_t>(RecordType::Saved);
}

} // namespace

SeqNo JournalContents::last_seq() const {
    if (!records.empty()) {
        return seq_of(records.back());
    }
    return header ? header->base_seq : SeqNo(0);
}

bool JournalContents::ends_saved() const {
    if (records.empty() || !std::holds_alternative<SavedRecord>(records.back())) {
        return false;
    }
    // Saved at the last edit's seq: a Saved mark for an earlier text (edit 1, edit 2,
    // Saved 1) leaves edit 2 unsaved.
    SeqNo last_text = header ? header->base_seq : SeqNo(0);
    for (const JournalRecord& record : records) {
        if (!std::holds_alternative<SavedRecord>(record)) {
            last_text = seq_of(record);
        }
    }
    return seq_of(records.back()) == last_text;
}

JournalContents read_journal(std::string_view bytes) {
    JournalContents out;
    std::size_t pos = 0;
    try {
        out.header = read_header(bytes, pos);
    } catch (const DecodeError& e) {
        out.problem = problem(Kind::BadHeader, 0, e.what());
        return out;
    }
    out.valid_bytes = pos;
    SeqNo last = out.header->base_seq;
    while (pos < bytes.size()) {
        const std::string_view rest = bytes.substr(pos);
        ByteReader r(as_bytes(rest));
        if (rest.size() < record_overhead) {
            out.problem = problem(Kind::TornTail, pos,
                                  std::to_string(rest.size()) + " bytes, too few for a record");
            return out;
        }
        const std::uint32_t length = r.u32("length");
        // Compared against what remains, so a corrupt length can never make us allocate.
        if (length > rest.size() - record_overhead) {
            out.problem = problem(Kind::TornTail, pos,
                                  "the record needs " + std::to_string(length + record_overhead) +
                                      " bytes, " + std::to_string(rest.size()) + " remain");
            return out;
        }
        const std::uint8_t type = r.u8("type");
        const std::string_view payload = rest.substr(5, length);
        const std::string_view crc_input = rest.substr(4, std::size_t{length} + 1);
        ByteReader crc_reader(as_bytes(rest.substr(5 + std::size_t{length}, 4)));
        if (crc_reader.u32("crc") != crc32(crc_input)) {
            out.problem = problem(Kind::BadChecksum, pos, "the record does not match its CRC");
            return out;
        }
        if (!known_type(type)) {
            out.problem = problem(Kind::BadType, pos, "type " + std::to_string(type));
            return out;
        }
        JournalRecord record;
        try {
            record = read_payload(static_cast<RecordType>(type), payload);
        } catch (const DecodeError& e) {
            out.problem = problem(Kind::BadPayload, pos, e.what());
            return out;
        }
        if (std::string error = sequence_error(record, last); !error.empty()) {
            out.problem = problem(Kind::SequenceGap, pos, error);
            return out;
        }
        last = seq_of(record);
        out.records.push_back(std::move(record));
        pos += length + record_overhead;
        out.valid_bytes = pos;
    }
    return out;
}

} // namespace trio::journal
