// The recovery journal's on-disk format: its specification, its value types and the encoders
// that turn them into bytes. Pure; the autosave component writes it, recovery reads it.
//
// ## Journal format, version 1
// All integers are little-endian; `string` is a u32 byte count followed by that many bytes
// (any bytes, NUL included, no terminator).
//
// Header (once, at byte 0):
//   magic        8 bytes  "TRIOJNL1"
//   version      u16      1
//   size         u64      identity of the original file the edits apply to (see
//   mtime_ns     i64      file_identity.hpp; sample_hash is FNV-1a 64 over the size and
//   inode        u64      the first 64 KiB, middle 4 KiB and last 64 KiB)
//   device       u64
//   sample_hash  u64
//   base_seq     u64      the sequence number whose text the original holds (0 for a file just
//                         opened; N when the journal was started right after a save at N)
//   path         string   the file's path as the user gave it
//   created_ns   i64      when the journal was created (ns since the epoch, CLOCK_REALTIME)
//   writer_pid   u32      the process that writes the journal
//   header_crc   u32      CRC-32 of every header byte before it
//
// Records (appended after the header, any number):
//   length       u32      byte count of the payload
//   type         u8       1 Edit, 2 Snapshot, 3 Saved
//   payload      length bytes
//   crc          u32      CRC-32 of type and payload
// Payloads:
//   Edit      seq u64, kind u8 (1 Insert, 2 Erase), offset u64, text string
//             (Erase carries the removed bytes, so replay can check it erases what it should)
//   Snapshot  seq u64, then the whole document text at seq (the rest of the payload). It
//             replaces the original and every earlier record: a compacted journal is a header
//             followed by one Snapshot. Limited to 4 GiB - 9 bytes by the u32 length.
//   Saved     seq u64: the user saved the text at seq; the file on disk now holds it.
//
// Sequence rules (checked by the reader): with `last` = base_seq, then the seq of the last
// valid record, an Edit must have seq last + 1; a Snapshot seq >= last (it stands alone, so it
// may follow lost edits); a Saved seq <= last. A reader stops at the first record that is
// truncated, fails its CRC, has an unknown type, a malformed payload or breaks these rules, and
// ignores everything after it: a crash can only tear the tail, and after a tear nothing
// can be trusted to be aligned.
#pragma once

#include "editor/document/edit_op.hpp"
#include "editor/document/units.hpp"
#include "editor/journal/file_identity.hpp"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace trio::journal {

inline constexpr std::string_view journal_magic = "TRIOJNL1";
inline constexpr std::uint16_t journal_version = 1;
// Bytes a record adds around its payload: length, type, crc.
inline constexpr std::size_t record_overhead = 4 + 1 + 4;

enum class RecordType : std::uint8_t { Edit = 1, Snapshot = 2, Saved = 3 };

struct JournalHeader {
    std::uint16_t version = journal_version;
    FileIdentity original;
    document::SeqNo base_seq;
    std::string path;
    std::int64_t created_ns = 0;
    std::uint32_t writer_pid = 0;

    bool operator==(const JournalHeader&) const = default;
};

struct SnapshotRecord {
    document::SeqNo seq;
    std::string text;
    bool operator==(const SnapshotRecord&) const = default;
};

struct SavedRecord {
    document::SeqNo seq;
    bool operator==(const SavedRecord&) const = default;
};

using JournalRecord = std::variant<document::EditOp, SnapshotRecord, SavedRecord>;

[[nodiscard]] document::SeqNo seq_of(const JournalRecord& record);

// Encoders append to `out` (never clearing it). Each returns false, appending nothing, when a
// length does not fit the format's u32 (a text of 4 GiB or more); they never throw for that.
[[nodiscard]] bool encode_header(std::vector<std::byte>& out, const JournalHeader& header);
[[nodiscard]] bool encode_edit(std::vector<std::byte>& out, const document::EditOp& op);
// The snapshot text is the concatenation of `chunks` (e.g. from Document::for_each_chunk).
[[nodiscard]] bool encode_snapshot(std::vector<std::byte>& out, document::SeqNo seq,
                                   std::span<const std::string_view> chunks);
void encode_saved(std::vector<std::byte>& out, document::SeqNo seq);

} // namespace trio::journal
