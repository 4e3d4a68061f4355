// Encodes journal headers and records; see journal_format.hpp for the format. Run by the
// autosave component.
#include "editor/journal/journal_format.hpp"

#include "editor/journal/checksum.hpp"
#include "editor/protocol/byte_writer.hpp"

#include <limits>

namespace trio::journal {

namespace {

using protocol::ByteWriter;

std::string_view as_chars(const std::vector<std::byte>& bytes, std::size_t from) {
    return {reinterpret_cast<const char*>(bytes.data()) + from, bytes.size() - from};
}

// Frames a payload that `write_payload` appends: reserves the length, then patches it and
// appends the CRC of type + payload.
template <class Fn>
void frame_record(std::vector<std::byte>& out, RecordType type, Fn write_payload) {
    ByteWriter w(out);
    const std::size_t length_at = w.size();
    w.u32(0);
    const std::size_t type_at = w.size();
    w.u8(static_cast<std::uint8_t>(type));
    write_payload(w);
    const std::size_t payload_bytes = w.size() - type_at - 1;
    w.patch_u32(length_at, static_cast<std::uint32_t>(payload_bytes));
    w.u32(crc32(as_chars(out, type_at)));
}

constexpr std::size_t max_payload = std::numeric_limits<std::uint32_t>::max();

} // namespace

document::SeqNo seq_of(const JournalRecord& record) {
    return std::visit([](const auto& r) { return r.seq; }, record);
}

bool encode_header(std::vector<std::byte>& out, const JournalHeader& header) {
    if (header.path.size() > max_payload) {
        return false;
    }
    const std::size_t start = out.size();
    ByteWriter w(out);
    for (const char ch : journal_magic) {
        w.u8(static_cast<std::uint8_t>(ch));
    }
    w.u16(header.version);
    w.u64(header.original.size);
    w.i64(header.original.mtime_ns);
    w.u64(header.original.inode);
    w.u64(header.original.device);
    w.u64(header.original.sample_hash);
    w.u64(header.base_seq.value);
    w.string(header.path, "JournalHeader.path");
    w.i64(header.created_ns);
    w.u32(header.writer_pid);
    w.u32(crc32(as_chars(out, start)));
    return true;
}

bool encode_edit(std::vector<std::byte>& out, const document::EditOp& op) {
    if (op.text.size() > max_payload - 21) {
        return false;
    }
    frame_record(out, RecordType::Edit, [&](ByteWriter& w) {
        w.u64(op.seq.value);
        w.u8(static_cast<std::uint8_t>(op.kind));
        w.u64(op.offset.value);
        w.string(op.text, "EditOp.text");
    });
    return true;
}

bool encode_snapshot(std::vector<std::byte>& out, document::SeqNo seq,
                     std::span<const std::string_view> chunks) {
    std::size_t total = 0;
    for (const std::string_view chunk : chunks) {
        total += chunk.size();
    }
    if (total > max_payload - 8) {
        return false;
    }
    out.reserve(out.size() + total + 8 + record_overhead);
    frame_record(out, RecordType::Snapshot, [&](ByteWriter& w) {
        w.u64(seq.value);
        for (const std::string_view chunk : chunks) {
            const auto* first = reinterpret_cast<const std::byte*>(chunk.data());
            out.insert(out.end(), first, first + chunk.size());
        }
    });
    return true;
}

void encode_saved(std::vector<std::byte>& out, document::SeqNo seq) {
    frame_record(out, RecordType::Saved, [&](ByteWriter& w) { w.u64(seq.value); });
}

} // namespace trio::journal
