// Compaction (Snapshot records, JournalWriter::compact) and Saved markers. Tests for the
// autosave component's journal and recovery's replay.
#include "editor/journal/journal_reader.hpp"
#include "editor/journal/journal_replay.hpp"
#include "editor/journal/journal_writer.hpp"
#include "journal_test_support.hpp"

#include <gtest/gtest.h>

namespace trio::journal {
namespace {

using namespace testing;
using Outcome = Recovery::Outcome;

constexpr std::string_view original_text = "alpha\nbeta\ngamma\n";

TEST(JournalSnapshot, ReplayAfterASnapshotEqualsReplayWithout) {
    std::mt19937 rng(5);
    std::string model(original_text);
    const auto before = random_edits(rng, model, SeqNo(1), 40);
    const std::string at_snapshot = model;
    const auto after = random_edits(rng, model, SeqNo(41), 40);

    std::vector<std::byte> plain;
    std::vector<std::byte> compacted;
    ASSERT_TRUE(encode_header(plain, sample_header()));
    ASSERT_TRUE(encode_header(compacted, sample_header()));
    for (const EditOp& op : before) {
        ASSERT_TRUE(encode_edit(plain, op));
    }
    // Split in chunks as Document::for_each_chunk would give them.
    const std::string_view view(at_snapshot);
    const std::array<std::string_view, 3> chunks = {view.substr(0, 3), view.substr(3, 0),
                                                    view.substr(3)};
    ASSERT_TRUE(encode_snapshot(compacted, SeqNo(40), chunks));
    for (const EditOp& op : after) {
        ASSERT_TRUE(encode_edit(plain, op));
        ASSERT_TRUE(encode_edit(compacted, op));
    }
    const Recovery from_plain = replay(original_text, read_journal(as_string(plain)));
    const Recovery from_compacted = replay(original_text, read_journal(as_string(compacted)));
    EXPECT_EQ(from_plain.outcome, Outcome::Recovered);
    EXPECT_EQ(from_compacted.outcome, Outcome::Recovered);
    EXPECT_EQ(from_plain.text, model);
    EXPECT_EQ(from_compacted.text, model);
    EXPECT_EQ(from_compacted.seq, SeqNo(80));
    EXPECT_LT(compacted.size(), plain.size());
}

TEST(JournalSnapshot, ASnapshotIgnoresTheOriginal) {
    std::vector<std::byte> out;
    ASSERT_TRUE(encode_header(out, sample_header()));
    const std::array<std::string_view, 1> chunks = {"whole new text"};
    ASSERT_TRUE(encode_snapshot(out, SeqNo(7), chunks));
    const Recovery recovery = replay("something else entirely", read_journal(as_string(out)));
    EXPECT_EQ(recovery.text, "whole new text");
    EXPECT_EQ(recovery.seq, SeqNo(7));
}

TEST(JournalSnapshot, CompactMovesTheWriterToTheNewFileWhichReplaysTheSame) {
    std::mt19937 rng(9);
    std::string model(original_text);
    const ipc::UniqueFd old_file = memory_file();
    JournalWriter writer(ipc::UniqueFd(::dup(old_file.get())));
    writer.write_header(sample_header());
    for (const EditOp& op : random_edits(rng, model, SeqNo(1), 100)) {
        ASSERT_TRUE(writer.append(op).ok());
    }
    ASSERT_TRUE(writer.flush().ok());
    const std::string old_bytes = contents_of(old_file.get());

    const ipc::UniqueFd new_file = memory_file();
    const std::array<std::string_view, 1> chunks = {model};
    ASSERT_TRUE(
        writer.compact(ipc::UniqueFd(::dup(new_file.get())), sample_header(), SeqNo(100), chunks)
            .ok());
    EXPECT_FALSE(writer.has_unsynced());
    const auto more = random_edits(rng, model, SeqNo(101), 10);
    for (const EditOp& op : more) {
        ASSERT_TRUE(writer.append(op).ok());
    }
    ASSERT_TRUE(writer.sync().ok());

    EXPECT_EQ(contents_of(old_file.get()), old_bytes); // the old journal is left alone
    const JournalContents contents = read_journal(contents_of(new_file.get()));
    ASSERT_EQ(contents.records.size(), 11U);
    EXPECT_TRUE(std::holds_alternative<SnapshotRecord>(contents.records[0]));
    const Recovery recovery = replay(original_text, contents);
    EXPECT_EQ(recovery.outcome, Outcome::Recovered);
    EXPECT_EQ(recovery.text, model);
}

TEST(JournalSaved, AJournalEndingInSavedHasNothingToRecover) {
    std::mt19937 rng(13);
    std::string model(original_text);
    std::vector<std::byte> out;
    ASSERT_TRUE(encode_header(out, sample_header()));
    for (const EditOp& op : random_edits(rng, model, SeqNo(1), 10)) {
        ASSERT_TRUE(encode_edit(out, op));
    }
    encode_saved(out, SeqNo(10));
    const JournalContents contents = read_journal(as_string(out));
    EXPECT_TRUE(contents.ends_saved());
    const Recovery recovery = replay(original_text, contents);
    EXPECT_EQ(recovery.outcome, Outcome::NothingToRecover);
    EXPECT_EQ(recovery.text, model); // what the file on disk now holds
}

TEST(JournalSaved, EditsAfterASaveAreRecovered) {
    std::mt19937 rng(17);
    std::string model(original_text);
    std::vector<std::byte> out;
    ASSERT_TRUE(encode_header(out, sample_header()));
    for (const EditOp& op : random_edits(rng, model, SeqNo(1), 10)) {
        ASSERT_TRUE(encode_edit(out, op));
    }
    encode_saved(out, SeqNo(10));
    for (const EditOp& op : random_edits(rng, model, SeqNo(11), 3)) {
        ASSERT_TRUE(encode_edit(out, op));
    }
    const JournalContents contents = read_journal(as_string(out));
    EXPECT_FALSE(contents.ends_saved());
    const Recovery recovery = replay(original_text, contents);
    EXPECT_EQ(recovery.outcome, Outcome::Recovered);
    EXPECT_EQ(recovery.text, model);
}

TEST(JournalSaved, ASavedMarkerForAnEarlierTextLeavesTheLaterEditsToRecover) {
    std::vector<std::byte> out;
    ASSERT_TRUE(encode_header(out, sample_header()));
    ASSERT_TRUE(encode_edit(out, EditOp{SeqNo(1), EditOp::Kind::Insert, ByteOffset(0), "x"}));
    ASSERT_TRUE(encode_edit(out, EditOp{SeqNo(2), EditOp::Kind::Insert, ByteOffset(1), "y"}));
    encode_saved(out, SeqNo(1));
    const JournalContents contents = read_journal(as_string(out));
    ASSERT_FALSE(contents.problem.has_value());
    EXPECT_FALSE(contents.ends_saved());
}

TEST(JournalSaved, ASavedMarkerAheadOfTheEditsIsASequenceGap) {
    std::vector<std::byte> out;
    ASSERT_TRUE(encode_header(out, sample_header()));
    ASSERT_TRUE(encode_edit(out, EditOp{SeqNo(1), EditOp::Kind::Insert, ByteOffset(0), "x"}));
    encode_saved(out, SeqNo(2));
    const JournalContents contents = read_journal(as_string(out));
    ASSERT_TRUE(contents.problem.has_value());
    EXPECT_EQ(contents.problem->kind, ReadProblem::Kind::SequenceGap);
    EXPECT_FALSE(contents.ends_saved());
}

} // namespace
} // namespace trio::journal
