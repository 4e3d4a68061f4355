// Truncated and corrupted journals: the reader never crashes and recovery only ever yields the
// text of a valid prefix. Tests for recovery's reader and replay.
#include "editor/journal/checksum.hpp"
#include "editor/journal/journal_reader.hpp"
#include "editor/journal/journal_replay.hpp"
#include "editor/protocol/byte_writer.hpp"
#include "journal_test_support.hpp"

#include <gtest/gtest.h>
#include <set>

namespace trio::journal {
namespace {

using namespace testing;
using Kind = ReadProblem::Kind;
using Outcome = Recovery::Outcome;

constexpr std::string_view original_text = "The original\nfile.\n";

// A journal with edits, a snapshot and a saved marker, and what replaying each prefix of its
// records gives.
struct SampleJournal {
    std::string bytes;
    std::size_t header_bytes = 0;
    std::vector<std::size_t> record_ends;  // byte offset after each record
    std::vector<std::string> prefix_texts; // [k]: the text after the first k records
};

SampleJournal make_sample_journal(unsigned seed) {
    std::mt19937 rng(seed);
    SampleJournal j;
    std::vector<std::byte> out;
    EXPECT_TRUE(encode_header(out, sample_header()));
    j.header_bytes = out.size();
    std::string model(original_text);
    j.prefix_texts.push_back(model);
    auto add_edits = [&](SeqNo first, std::size_t n) {
        std::string before = model;
        for (const EditOp& op : random_edits(rng, model, first, n)) {
            EXPECT_TRUE(encode_edit(out, op));
            j.record_ends.push_back(out.size());
            // Re-apply to track each prefix's text.
            if (op.kind == EditOp::Kind::Insert) {
                before.insert(op.offset.value, op.text);
            } else {
                before.erase(op.offset.value, op.text.size());
            }
            j.prefix_texts.push_back(before);
        }
    };
    add_edits(SeqNo(1), 20);
    const std::array<std::string_view, 1> chunks = {model};
    EXPECT_TRUE(encode_snapshot(out, SeqNo(20), chunks));
    j.record_ends.push_back(out.size());
    j.prefix_texts.push_back(model);
    add_edits(SeqNo(21), 10);
    encode_saved(out, SeqNo(30));
    j.record_ends.push_back(out.size());
    j.prefix_texts.push_back(model);
    add_edits(SeqNo(31), 5);
    j.bytes = as_string(out);
    return j;
}

TEST(JournalCorruption, EveryTruncationRecoversExactlyTheRecordsFullyPresent) {
    const SampleJournal j = make_sample_journal(1);
    for (std::size_t cut = 0; cut <= j.bytes.size(); ++cut) {
        const JournalContents contents = read_journal(std::string_view(j.bytes).substr(0, cut));
        const Recovery recovery = replay(original_text, contents);
        if (cut < j.header_bytes) {
            ASSERT_FALSE(contents.header.has_value()) << "cut " << cut;
            ASSERT_TRUE(contents.problem.has_value());
            EXPECT_EQ(contents.problem->kind, Kind::BadHeader);
            EXPECT_EQ(recovery.outcome, Outcome::Unreadable);
            EXPECT_TRUE(recovery.text.empty());
            continue;
        }
        std::size_t complete = 0;
        while (complete < j.record_ends.size() && j.record_ends[complete] <= cut) {
            ++complete;
        }
        const std::size_t boundary = complete == 0 ? j.header_bytes : j.record_ends[complete - 1];
        ASSERT_EQ(contents.records.size(), complete) << "cut " << cut;
        EXPECT_EQ(contents.valid_bytes, boundary) << "cut " << cut;
        EXPECT_EQ(recovery.text, j.prefix_texts[complete]) << "cut " << cut;
        EXPECT_EQ(recovery.records_applied, complete);
        if (cut == boundary) {
            EXPECT_FALSE(contents.problem.has_value()) << "cut " << cut;
        } else {
            ASSERT_TRUE(contents.problem.has_value()) << "cut " << cut;
            EXPECT_EQ(contents.problem->kind, Kind::TornTail);
            EXPECT_EQ(contents.problem->at_byte, boundary);
            EXPECT_EQ(
                contents.problem->message.rfind("torn tail at byte " + std::to_string(boundary), 0),
                0U)
                << contents.problem->message;
            EXPECT_EQ(recovery.outcome, Outcome::Partial);
        }
    }
}

TEST(JournalCorruption, RandomByteMutationsNeverRecoverTextOfNoValidPrefix) {
    const SampleJournal j = make_sample_journal(2);
    const std::set<std::string> valid(j.prefix_texts.begin(), j.prefix_texts.end());
    std::mt19937 rng(12345);
    std::size_t detected = 0;
    for (int trial = 0; trial < 5000; ++trial) {
        std::string bytes = j.bytes;
        const std::size_t flips = 1 + rng() % 3;
        for (std::size_t f = 0; f < flips; ++f) {
            const std::size_t at = rng() % bytes.size();
            bytes[at] = static_cast<char>(bytes[at] ^ static_cast<char>(1 + rng() % 255));
        }
        if (bytes == j.bytes) {
            ++detected; // two flips of one byte cancelled out: nothing to detect
            continue;
        }
        const JournalContents contents = read_journal(bytes);
        const Recovery recovery = replay(original_text, contents);
        detected += contents.problem.has_value() ? 1U : 0U;
        if (recovery.outcome == Outcome::Unreadable) {
            EXPECT_TRUE(recovery.text.empty());
            continue;
        }
        ASSERT_LE(recovery.records_applied, j.record_ends.size());
        EXPECT_EQ(recovery.text, j.prefix_texts[recovery.records_applied]) << "trial " << trial;
        EXPECT_TRUE(valid.contains(recovery.text)) << "trial " << trial;
    }
    // Every mutation changes some byte the header CRC or a record CRC covers.
    EXPECT_EQ(detected, 5000U);
}

TEST(JournalCorruption, AnyCorruptedByteInARecordIsABadChecksum) {
    const SampleJournal j = make_sample_journal(3);
    // Every byte of the second record after its length field (type, payload, crc).
    for (std::size_t at = j.record_ends[0] + 4; at < j.record_ends[1]; ++at) {
        std::string bytes = j.bytes;
        bytes[at] = static_cast<char>(bytes[at] ^ 0x5a);
        const JournalContents contents = read_journal(bytes);
        ASSERT_TRUE(contents.problem.has_value());
        EXPECT_EQ(contents.problem->kind, Kind::BadChecksum) << "byte " << at;
        EXPECT_EQ(contents.problem->at_byte, j.record_ends[0]);
        EXPECT_EQ(contents.records.size(), 1U);
    }
}

TEST(JournalCorruption, AHugeLengthFieldIsATornTailNotAnAllocation) {
    const SampleJournal j = make_sample_journal(4);
    std::string bytes = j.bytes.substr(0, j.record_ends[0]);
    bytes += std::string("\xff\xff\xff\xff\x01", 5);
    const JournalContents contents = read_journal(bytes);
    ASSERT_TRUE(contents.problem.has_value());
    EXPECT_EQ(contents.problem->kind, Kind::TornTail);
    EXPECT_EQ(contents.records.size(), 1U);
}

// Builds one record by hand, with a correct CRC, to reach the checks behind the CRC.
std::string raw_record(std::uint8_t type, std::string_view payload) {
    std::string record;
    std::vector<std::byte> length;
    protocol::ByteWriter w(length);
    w.u32(static_cast<std::uint32_t>(payload.size()));
    record += as_string(length);
    const std::string covered = std::string(1, static_cast<char>(type)) + std::string(payload);
    record += covered;
    std::vector<std::byte> crc;
    protocol::ByteWriter c(crc);
    c.u32(crc32(covered));
    record += as_string(crc);
    return record;
}

std::string header_bytes() {
    std::vector<std::byte> out;
    EXPECT_TRUE(encode_header(out, sample_header()));
    return as_string(out);
}

TEST(JournalCorruption, AnUnknownRecordTypeStopsTheReader) {
    const JournalContents contents =
        read_journal(header_bytes() + raw_record(9, std::string(8, '\0')));
    ASSERT_TRUE(contents.problem.has_value());
    EXPECT_EQ(contents.problem->kind, Kind::BadType);
}

TEST(JournalCorruption, APayloadThatDoesNotFitItsTypeIsMalformed) {
    // A Saved record with trailing bytes, then an Edit with an unknown kind.
    for (const std::string& record :
         {raw_record(3, std::string(9, '\0')),
          raw_record(1, std::string("\x01\0\0\0\0\0\0\0\x07", 9) + std::string(12, '\0'))}) {
        const JournalContents contents = read_journal(header_bytes() + record);
        ASSERT_TRUE(contents.problem.has_value());
        EXPECT_EQ(contents.problem->kind, Kind::BadPayload) << contents.problem->message;
        EXPECT_TRUE(contents.records.empty());
    }
}

TEST(JournalCorruption, AnEditOutOfSequenceIsASequenceGap) {
    std::vector<std::byte> out;
    ASSERT_TRUE(encode_header(out, sample_header()));
    ASSERT_TRUE(encode_edit(out, EditOp{SeqNo(1), EditOp::Kind::Insert, ByteOffset(0), "a"}));
    ASSERT_TRUE(encode_edit(out, EditOp{SeqNo(3), EditOp::Kind::Insert, ByteOffset(0), "b"}));
    const JournalContents contents = read_journal(as_string(out));
    ASSERT_TRUE(contents.problem.has_value());
    EXPECT_EQ(contents.problem->kind, Kind::SequenceGap);
    EXPECT_EQ(contents.records.size(), 1U);
    const Recovery recovery = replay(original_text, contents);
    EXPECT_EQ(recovery.outcome, Outcome::Partial);
    EXPECT_EQ(recovery.text, "a" + std::string(original_text));
}

TEST(JournalCorruption, AWrongMagicOrVersionIsABadHeader) {
    std::string wrong_magic = header_bytes();
    wrong_magic[0] = 'X';
    EXPECT_EQ(read_journal(wrong_magic).problem->kind, Kind::BadHeader);
    JournalHeader future = sample_header();
    future.version = 2;
    std::vector<std::byte> out;
    ASSERT_TRUE(encode_header(out, future));
    const JournalContents contents = read_journal(as_string(out));
    EXPECT_FALSE(contents.header.has_value());
    EXPECT_NE(contents.problem->message.find("unsupported journal version 2"), std::string::npos);
    EXPECT_EQ(read_journal("").problem->kind, Kind::BadHeader);
}

} // namespace
} // namespace trio::journal
