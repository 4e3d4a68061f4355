// Reads a recovery journal from its bytes: the header, the valid records in order, and what
// stopped the reading. Pure (no I/O), so recovery can be tested on any bytes; run by recovery
// in whichever process opens a file that has a journal.
#pragma once

#include "editor/journal/journal_format.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace trio::journal {

// The first thing in the journal that could not be trusted; nothing after it is read.
struct ReadProblem {
    enum class Kind : std::uint8_t {
        BadHeader,   // too short, wrong magic or version, or header CRC mismatch
        TornTail,    // a record (or its length field) runs past the end: an interrupted write
        BadChecksum, // a record's CRC does not match its type and payload
        BadType,     // a record type this version does not know
        BadPayload,  // a payload whose fields do not fit its length, or an unknown edit kind
        SequenceGap, // a record breaking the sequence rules (see journal_format.hpp)
    };
    Kind kind = Kind::TornTail;
    std::uint64_t at_byte = 0; // where the header or the offending record starts
    std::string message;       // e.g. "torn tail at byte 4711: ..." for the status line

    bool operator==(const ReadProblem&) const = default;
};

struct JournalContents {
    std::optional<JournalHeader> header; // absent when the header itself is bad
    std::vector<JournalRecord> records;  // the valid prefix, in file order
    std::optional<ReadProblem> problem;  // absent when every byte was read cleanly
    // Bytes of header and valid records: where a writer may truncate a torn journal and
    // continue appending.
    std::uint64_t valid_bytes = 0;

    // The seq of the last valid record, or the header's base_seq without one (0 without a
    // header).
    [[nodiscard]] document::SeqNo last_seq() const;
    // True when the last valid record is Saved at last_seq(): the file on disk holds
    // everything the journal knows, so there is nothing to recover.
    [[nodiscard]] bool ends_saved() const;
};

// Never throws (but std::bad_alloc), whatever the bytes: every length is checked against the
// bytes that remain before anything is allocated, so memory stays proportional to the input.
[[nodiscard]] JournalContents read_journal(std::string_view bytes);

} // namespace trio::journal
