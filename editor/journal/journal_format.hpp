// The recovery journal's on-disk format: its value types and the encoders that turn them
// into bytes. Pure; the autosave component writes it, recovery reads it.
//
// The format (version 1: a checksummed header naming the original file's identity, then
// length-prefixed Edit / Snapshot / Saved records, each with a CRC-32) is specified in
// docs/recovery.md, "Journal format, version 1"; change both together.
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
