// Journals written by JournalWriter read back and replay to the text the edits produced.
// Tests for the autosave component's journal and recovery's reader.
#include "editor/journal/journal_reader.hpp"
#include "editor/journal/journal_replay.hpp"
#include "editor/journal/journal_writer.hpp"
#include "journal_test_support.hpp"

#include <gtest/gtest.h>

namespace trio::journal {
namespace {

using namespace testing;
using Outcome = Recovery::Outcome;

using namespace std::string_view_literals;
// Holds a NUL, hence the sv literal.
constexpr std::string_view original_text = "line one\nline two\n中文 and \0 NUL\n"sv;

TEST(JournalRoundTrip, RandomEditsReplayToTheSameTextAsAString) {
    for (unsigned seed = 1; seed <= 20; ++seed) {
        std::mt19937 rng(seed);
        std::string model(original_text);
        const auto ops = random_edits(rng, model, SeqNo(1), 200);

        const ipc::UniqueFd file = memory_file();
        JournalWriter writer(ipc::UniqueFd(::dup(file.get())));
        writer.write_header(sample_header());
        for (const EditOp& op : ops) {
            ASSERT_TRUE(writer.append(op).ok());
            if (rng() % 7 == 0) {
                ASSERT_TRUE(writer.flush().ok());
            }
        }
        ASSERT_TRUE(writer.sync().ok());
        EXPECT_EQ(writer.pending_bytes(), 0U);
        EXPECT_EQ(writer.stats().records, ops.size());
        EXPECT_EQ(writer.stats().bytes_written, writer.file_bytes());
        const Recovery recovery = replay(original_text, read_journal(contents_of(file.get())));
        EXPECT_EQ(recovery.outcome, Outcome::Recovered) << "seed " << seed;
        EXPECT_EQ(recovery.text, model) << "seed " << seed;
    }
}

TEST(JournalRoundTrip, ReadBackGivesTheHeaderAndEveryRecordInOrder) {
    std::mt19937 rng(7);
    std::string model(original_text);
    const auto ops = random_edits(rng, model, SeqNo(1), 300);
    const ipc::UniqueFd file = memory_file();
    JournalWriter writer(ipc::UniqueFd(::dup(file.get())));
    writer.write_header(sample_header());
    for (const EditOp& op : ops) {
        ASSERT_TRUE(writer.append(op).ok());
    }
    ASSERT_TRUE(writer.flush().ok());

    const JournalContents contents = read_journal(contents_of(file.get()));
    ASSERT_TRUE(contents.header.has_value());
    EXPECT_EQ(*contents.header, sample_header());
    EXPECT_FALSE(contents.problem.has_value()) << contents.problem->message;
    ASSERT_EQ(contents.records.size(), ops.size());
    for (std::size_t i = 0; i < ops.size(); ++i) {
        EXPECT_EQ(std::get<EditOp>(contents.records[i]), ops[i]) << "record " << i;
    }
    EXPECT_EQ(contents.valid_bytes, writer.file_bytes());

    const Recovery recovery = replay(original_text, contents);
    EXPECT_EQ(recovery.outcome, Outcome::Recovered);
    EXPECT_EQ(recovery.text, model);
    EXPECT_EQ(recovery.seq, SeqNo(300));
    EXPECT_EQ(recovery.records_applied, 300U);
}

TEST(JournalRoundTrip, OneFlushIsOneWriteCall) {
    std::mt19937 rng(3);
    std::string model;
    JournalWriter writer(memory_file());
    writer.write_header(sample_header());
    for (const EditOp& op : random_edits(rng, model, SeqNo(1), 50)) {
        ASSERT_TRUE(writer.append(op).ok());
    }
    ASSERT_TRUE(writer.flush().ok());
    EXPECT_EQ(writer.stats().write_calls, 1U);
    ASSERT_TRUE(writer.flush().ok()); // nothing pending: no call
    EXPECT_EQ(writer.stats().write_calls, 1U);
    EXPECT_EQ(writer.stats().fsync_calls, 0U);
    EXPECT_TRUE(writer.has_unsynced());
    ASSERT_TRUE(writer.sync().ok());
    ASSERT_TRUE(writer.sync().ok()); // already on disk: no second fsync
    EXPECT_EQ(writer.stats().fsync_calls, 1U);
    EXPECT_FALSE(writer.has_unsynced());
}

TEST(JournalRoundTrip, JournalStartedAfterASaveContinuesTheSequence) {
    std::mt19937 rng(11);
    std::string model(original_text);
    const auto ops = random_edits(rng, model, SeqNo(41), 20);
    std::vector<std::byte> bytes;
    ASSERT_TRUE(encode_header(bytes, sample_header(SeqNo(40))));
    for (const EditOp& op : ops) {
        ASSERT_TRUE(encode_edit(bytes, op));
    }
    const Recovery recovery = replay(original_text, read_journal(as_string(bytes)));
    EXPECT_EQ(recovery.outcome, Outcome::Recovered);
    EXPECT_EQ(recovery.text, model);
    EXPECT_EQ(recovery.seq, SeqNo(60));
}

TEST(JournalRoundTrip, AHeaderWithoutRecordsRecoversTheOriginal) {
    std::vector<std::byte> bytes;
    ASSERT_TRUE(encode_header(bytes, sample_header()));
    const Recovery recovery = replay(original_text, read_journal(as_string(bytes)));
    EXPECT_EQ(recovery.outcome, Outcome::Recovered);
    EXPECT_EQ(recovery.text, original_text);
    EXPECT_EQ(recovery.records_applied, 0U);
}

TEST(JournalRoundTrip, AnEraseOfBytesThatAreNotThereStopsReplayThere) {
    std::vector<std::byte> bytes;
    ASSERT_TRUE(encode_header(bytes, sample_header()));
    ASSERT_TRUE(encode_edit(bytes, EditOp{SeqNo(1), EditOp::Kind::Insert, ByteOffset(0), "X"}));
    ASSERT_TRUE(encode_edit(bytes, EditOp{SeqNo(2), EditOp::Kind::Erase, ByteOffset(1), "nope"}));
    ASSERT_TRUE(encode_edit(bytes, EditOp{SeqNo(3), EditOp::Kind::Insert, ByteOffset(0), "Y"}));
    const Recovery recovery = replay(original_text, read_journal(as_string(bytes)));
    EXPECT_EQ(recovery.outcome, Outcome::Partial);
    EXPECT_EQ(recovery.text, "X" + std::string(original_text));
    EXPECT_EQ(recovery.seq, SeqNo(1));
    ASSERT_TRUE(recovery.problem.has_value());
    EXPECT_NE(recovery.problem->find("not those recorded"), std::string::npos) << *recovery.problem;
}

TEST(JournalRoundTrip, AnInsertPastTheEndStopsReplayThere) {
    std::vector<std::byte> bytes;
    ASSERT_TRUE(encode_header(bytes, sample_header()));
    ASSERT_TRUE(encode_edit(bytes, EditOp{SeqNo(1), EditOp::Kind::Insert, ByteOffset(9999), "X"}));
    const Recovery recovery = replay("abc", read_journal(as_string(bytes)));
    EXPECT_EQ(recovery.outcome, Outcome::Partial);
    EXPECT_EQ(recovery.text, "abc");
    EXPECT_EQ(recovery.records_applied, 0U);
}

} // namespace
} // namespace trio::journal
