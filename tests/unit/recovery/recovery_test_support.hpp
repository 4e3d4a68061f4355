// Test helpers for recovery: journals written byte for byte next to a scratch file, as a
// crashed editor would have left them. Used by the trio_unit_recovery tests only.
#pragma once

#include "editor/journal/file_identity.hpp"
#include "editor/journal/journal_format.hpp"
#include "tests/unit/files/scratch_dir.hpp"

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace trio::recovery::testing {

using document::ByteOffset;
using document::EditOp;
using document::SeqNo;
using files::testing::read_file;
using files::testing::ScratchDir;
using files::testing::write_file;

inline EditOp insert_op(std::uint64_t seq, std::uint64_t at, std::string text) {
    return EditOp{SeqNo(seq), EditOp::Kind::Insert, ByteOffset(at), std::move(text)};
}
inline EditOp erase_op(std::uint64_t seq, std::uint64_t at, std::string text) {
    return EditOp{SeqNo(seq), EditOp::Kind::Erase, ByteOffset(at), std::move(text)};
}

// The identity of the file at `path` now (all zero if there is none: a new file).
inline journal::FileIdentity identity_of(const std::string& path) {
    journal::FileIdentity id;
    (void)journal::identify(path, id);
    return id;
}

inline journal::JournalHeader header_for(const journal::FileIdentity& original,
                                         SeqNo base_seq = SeqNo(0)) {
    journal::JournalHeader header;
    header.original = original;
    header.base_seq = base_seq;
    header.path = "notes.txt";
    header.created_ns = 1'700'000'000'000'000'000;
    header.writer_pid = 4242;
    return header;
}

// The bytes of a journal: `header`, then `records` in order.
inline std::string journal_bytes(const journal::JournalHeader& header,
                                 const std::vector<journal::JournalRecord>& records) {
    std::vector<std::byte> out;
    if (!journal::encode_header(out, header)) {
        throw std::runtime_error("cannot encode the header");
    }
    for (const journal::JournalRecord& record : records) {
        bool ok = true;
        if (const auto* op = std::get_if<EditOp>(&record)) {
            ok = journal::encode_edit(out, *op);
        } else if (const auto* snapshot = std::get_if<journal::SnapshotRecord>(&record)) {
            const std::string_view chunks[] = {snapshot->text};
            ok = journal::encode_snapshot(out, snapshot->seq, chunks);
        } else {
            journal::encode_saved(out, std::get<journal::SavedRecord>(record).seq);
        }
        if (!ok) {
            throw std::runtime_error("cannot encode a record");
        }
    }
    return {reinterpret_cast<const char*>(out.data()), out.size()};
}

// Writes a journal of `records` against the file at `file` as it is now.
inline void leave_journal(const std::string& journal_path, const std::string& file,
                          const std::vector<journal::JournalRecord>& records) {
    write_file(journal_path, journal_bytes(header_for(identity_of(file)), records), 0600);
}

} // namespace trio::recovery::testing
