// The journal policy with a clock driven by the test: when the journal is created, written,
// fsynced and reported. Tests for the autosave component's JournalKeeper.
#include "editor/files/fd_io.hpp"
#include "ipc/unique_fd.hpp"
#include "keeper_test_support.hpp"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

namespace trio::autosave {
namespace {

using namespace testing;

TEST(JournalKeeper, NoJournalExistsBeforeTheFirstEdit) {
    ScratchDir dir;
    KeptSession session(dir / "f.journal", "hello\n");
    session.service(t0);
    session.service(t0 + 10s);
    session.keeper().finish(session.replica(), t0 + 20s);
    EXPECT_FALSE(session.keeper().next_deadline().has_value());
    EXPECT_FALSE(session.keeper().report_due());
    EXPECT_TRUE(dir.entries().empty());
}

TEST(JournalKeeper, TheFirstEditCreatesAPrivateJournalWithTheFilesIdentity) {
    ScratchDir dir;
    const std::string path = dir / "f.journal";
    KeptSession session(path, "hello\n");
    session.insert(5, "!", t0);

    const struct stat st = files::testing::stat_of(path);
    EXPECT_TRUE(S_ISREG(st.st_mode));
    EXPECT_EQ(st.st_mode & 07777, 0600U);
    EXPECT_EQ(dir.entries(), std::set<std::string>{"f.journal"}); // no temporary left behind
    const journal::JournalContents contents = journal_at(path);
    ASSERT_TRUE(contents.header.has_value());
    EXPECT_EQ(contents.header->path, "notes.txt");
    EXPECT_EQ(contents.header->original, KeptSession::settings(path).original);
    EXPECT_EQ(contents.header->base_seq, SeqNo(0));
    EXPECT_EQ(contents.header->writer_pid, static_cast<std::uint32_t>(::getpid()));
    EXPECT_GT(contents.header->created_ns, 0);
}

TEST(JournalKeeper, AJournalLeftByACrashIsReplacedAtTheFirstEdit) {
    ScratchDir dir;
    const std::string path = dir / "f.journal";
    write_file(path, "an old journal's bytes, which the user has answered for", 0600);
    const ino_t old_inode = files::testing::stat_of(path).st_ino;
    KeptSession session(path, "hello\n");
    session.service(t0);
    EXPECT_EQ(read_file(path).substr(0, 6), "an old"); // untouched until an edit
    session.insert(0, "A", t0);
    session.service(t0);

    EXPECT_NE(files::testing::stat_of(path).st_ino, old_inode);
    const journal::JournalContents contents = journal_at(path);
    EXPECT_FALSE(contents.problem.has_value()) << contents.problem->message;
    ASSERT_EQ(contents.records.size(), 1U);
    EXPECT_EQ(recovered_text(path, "hello\n"), "Ahello\n");
    EXPECT_EQ(dir.entries(), std::set<std::string>{"f.journal"});
}

TEST(JournalKeeper, RecordsWaitInMemoryUntilWriteIsDueOrServiced) {
    ScratchDir dir;
    const std::string path = dir / "f.journal";
    KeptSession session(path, "hello\n", JournalTiming{20ms, 1000ms, 250ms});
    session.insert(0, "a", t0);
    session.insert(1, "b", t0 + 5ms);

    EXPECT_TRUE(journal_at(path).records.empty()); // only the header is on disk
    EXPECT_FALSE(session.keeper().write_due(t0 + 19ms));
    EXPECT_TRUE(session.keeper().write_due(t0 + 20ms)); // from the oldest pending record
    EXPECT_EQ(session.keeper().next_deadline(), t0 + 20ms);
    EXPECT_EQ(session.keeper().stats().write_calls, 1U); // the header's, at creation

    session.service(t0 + 20ms);
    EXPECT_EQ(journal_at(path).records.size(), 2U);
    EXPECT_EQ(session.keeper().stats().write_calls, 2U); // both records in one write(2)
    EXPECT_FALSE(session.keeper().write_due(t0 + 1h));
}

TEST(JournalKeeper, APileOfPendingBytesIsDueAtOnce) {
    ScratchDir dir;
    KeptSession session(dir / "f.journal", "");
    session.insert(0, std::string(write_at_bytes, 'x'), t0);
    EXPECT_TRUE(session.keeper().write_due(t0));
}

TEST(JournalKeeper, TheJournalReplaysToTheReplicasTextAfterInsertsAndErases) {
    ScratchDir dir;
    const std::string path = dir / "f.journal";
    const std::string original = "line one\nline two\n";
    KeptSession session(path, original);
    Clock::time_point now = t0;
    session.insert(0, "中文 ", now);
    session.erase(3, 4, now += 1ms); // "中" kept, "文 " erased
    session.insert(session.replica().size().value, std::string("nul\0byte\r\n", 10), now);
    session.service(now += 30ms);
    session.erase(0, 3, now += 1ms);
    session.insert(5, "\xff\xfe", now += 1ms);
    session.service(now += 30ms);

    const journal::JournalContents contents = journal_at(path);
    EXPECT_FALSE(contents.problem.has_value());
    EXPECT_EQ(contents.records.size(), 5U);
    const journal::Recovery recovery = journal::replay(original, contents);
    EXPECT_EQ(recovery.outcome, journal::Recovery::Outcome::Recovered);
    EXPECT_EQ(recovery.seq, session.last_seq());
    EXPECT_EQ(recovery.text, session.text());
}

TEST(JournalKeeper, WrittenRecordsAreFsyncedAfterIdleSync) {
    ScratchDir dir;
    KeptSession session(dir / "f.journal", "", JournalTiming{20ms, 1000ms, 250ms});
    session.insert(0, "a", t0);
    session.service(t0);
    EXPECT_EQ(session.keeper().stats().fsync_calls, 0U);
    EXPECT_EQ(session.keeper().next_deadline(), t0 + 250ms);

    session.service(t0 + 249ms);
    EXPECT_EQ(session.keeper().stats().fsync_calls, 0U);
    EXPECT_FALSE(session.keeper().report_due());
    session.service(t0 + 250ms);
    EXPECT_EQ(session.keeper().stats().fsync_calls, 1U);
    EXPECT_FALSE(session.keeper().next_deadline().has_value()); // nothing left to do

    session.service(t0 + 10s);
    EXPECT_EQ(session.keeper().stats().fsync_calls, 1U); // nothing unsynced: no fsync
}

TEST(JournalKeeper, SteadyTypingIsFsyncedEverySyncInterval) {
    ScratchDir dir;
    KeptSession session(dir / "f.journal", "", JournalTiming{20ms, 1000ms, 250ms});
    // A key every 100 ms, each written at once: never idle for 250 ms.
    for (int i = 0; i < 10; ++i) {
        const Clock::time_point now = t0 + i * 100ms;
        session.insert(static_cast<std::uint64_t>(i), "k", now);
        session.service(now);
    }
    EXPECT_EQ(session.keeper().stats().fsync_calls, 0U);
    EXPECT_EQ(session.keeper().next_deadline(), t0 + 1000ms); // sync_interval, not idle_sync

    session.insert(10, "k", t0 + 1000ms);
    session.service(t0 + 1000ms);
    EXPECT_EQ(session.keeper().stats().fsync_calls, 1U);
    for (int i = 11; i < 20; ++i) {
        const Clock::time_point now = t0 + i * 100ms;
        session.insert(static_cast<std::uint64_t>(i), "k", now);
        session.service(now);
    }
    EXPECT_EQ(session.keeper().stats().fsync_calls, 1U); // the next is due at t0 + 2.1 s
    session.insert(20, "k", t0 + 2100ms);
    session.service(t0 + 2100ms);
    EXPECT_EQ(session.keeper().stats().fsync_calls, 2U);
}

TEST(JournalKeeper, AReportIsDueAfterAnFsyncAndSaysWhatIsSafe) {
    ScratchDir dir;
    const std::string path = dir / "f.journal";
    KeptSession session(path, "", JournalTiming{20ms, 1000ms, 250ms});
    session.insert(0, "ab", t0);
    session.insert(2, "c", t0);
    session.service(t0);
    EXPECT_FALSE(session.keeper().report_due()); // written, not yet synced
    session.service(t0 + 300ms);
    ASSERT_TRUE(session.keeper().report_due());

    const protocol::JournalReport report = session.keeper().take_report();
    EXPECT_FALSE(session.keeper().report_due());
    EXPECT_EQ(report.written, SeqNo(2));
    EXPECT_EQ(report.synced, SeqNo(2));
    EXPECT_EQ(report.error, "");
    EXPECT_EQ(report.bytes_written, read_file(path).size());
    EXPECT_EQ(report.write_calls, 2U); // the header, then both edits
    EXPECT_EQ(report.fsync_calls, 1U);
    EXPECT_EQ(session.keeper().stats().records, 2U);
}

TEST(JournalKeeper, ASaveMarksTheJournalSavedAndRemovesIt) {
    ScratchDir dir;
    const std::string path = dir / "f.journal";
    KeptSession session(path, "hello\n");
    session.insert(5, ", world", t0);
    session.service(t0);
    // Keep the journal's inode open to read what was written before the unlink.
    const ipc::UniqueFd before(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(before.valid());

    const journal::FileIdentity saved_file{13, 42, 43, 44, 45};
    session.keeper().saved(session.last_seq(), saved_file);
    EXPECT_FALSE(exists_no_follow(path));
    EXPECT_TRUE(dir.entries().empty());
    ASSERT_TRUE(session.keeper().report_due());
    const protocol::JournalReport report = session.keeper().take_report();
    EXPECT_EQ(report.written, SeqNo(1));
    EXPECT_EQ(report.synced, SeqNo(1));

    std::string bytes;
    ASSERT_EQ(files::read_to_end(before.get(), bytes, 0), 0);
    const journal::JournalContents contents = journal::read_journal(bytes);
    ASSERT_EQ(contents.records.size(), 2U);
    EXPECT_EQ(std::get<journal::SavedRecord>(contents.records.back()).seq, SeqNo(1));
    EXPECT_TRUE(contents.ends_saved());
}

TEST(JournalKeeper, TheEditAfterASaveStartsANewJournalAgainstTheSavedFile) {
    ScratchDir dir;
    const std::string path = dir / "f.journal";
    KeptSession session(path, "hello\n");
    session.insert(5, "!", t0);
    session.insert(6, "?", t0);
    session.service(t0);
    const std::string saved_text = session.text();
    const journal::FileIdentity saved_file{8, 42, 43, 44, 45};
    session.keeper().saved(session.last_seq(), saved_file);
    session.service(t0 + 1s);
    EXPECT_FALSE(exists_no_follow(path)); // no edit since the save: no journal

    session.erase(0, 1, t0 + 2s);
    session.service(t0 + 2s);
    const journal::JournalContents contents = journal_at(path);
    ASSERT_TRUE(contents.header.has_value());
    EXPECT_EQ(contents.header->base_seq, SeqNo(2));
    EXPECT_EQ(contents.header->original, saved_file);
    ASSERT_EQ(contents.records.size(), 1U);
    EXPECT_EQ(journal::seq_of(contents.records.front()), SeqNo(3));
    EXPECT_EQ(recovered_text(path, saved_text), session.text());
    EXPECT_EQ(session.text(), "ello!?\n");
}

TEST(JournalKeeper, DropRemovesTheJournal) {
    ScratchDir dir;
    const std::string path = dir / "f.journal";
    KeptSession session(path, "hello\n");
    session.insert(0, "x", t0);
    session.service(t0);
    ASSERT_TRUE(exists_no_follow(path));
    session.keeper().drop();
    EXPECT_TRUE(dir.entries().empty());
    session.keeper().finish(session.replica(), t0 + 1s); // nothing left to write
    EXPECT_TRUE(dir.entries().empty());
}

TEST(JournalKeeper, DropRemovesAJournalLeftByACrashBeforeAnyEdit) {
    ScratchDir dir;
    const std::string path = dir / "f.journal";
    write_file(path, "left by a crash", 0600);
    KeptSession session(path, "hello\n");
    session.keeper().drop();
    EXPECT_TRUE(dir.entries().empty());
    // Editing after "discard" is journaled from scratch.
    session.insert(0, "x", t0);
    session.service(t0);
    EXPECT_EQ(recovered_text(path, "hello\n"), "xhello\n");
}

TEST(JournalKeeper, EditsAfterADropMidSessionStillRecover) {
    ScratchDir dir;
    const std::string path = dir / "f.journal";
    KeptSession session(path, "hello\n");
    session.insert(0, "x", t0);
    session.service(t0);
    session.keeper().drop();
    session.insert(1, "y", t0 + 1s);
    session.service(t0 + 1s);
    const journal::Recovery recovery = journal::replay("hello\n", journal_at(path));
    EXPECT_EQ(recovery.outcome, journal::Recovery::Outcome::Recovered) << *recovery.problem;
    EXPECT_EQ(recovery.text, "xyhello\n");
}

TEST(JournalKeeper, FinishWritesAndSyncsEverythingPending) {
    ScratchDir dir;
    const std::string path = dir / "f.journal";
    KeptSession session(path, "");
    session.insert(0, "typed just before SIGTERM", t0);
    EXPECT_TRUE(journal_at(path).records.empty());
    session.keeper().finish(session.replica(), t0);
    EXPECT_EQ(recovered_text(path, ""), "typed just before SIGTERM");
    EXPECT_EQ(session.keeper().stats().fsync_calls, 1U);
    const protocol::JournalReport report = session.keeper().take_report();
    EXPECT_EQ(report.synced, SeqNo(1));
}

TEST(JournalKeeper, AnEmptyJournalPathKeepsNoJournal) {
    ScratchDir dir;
    KeptSession session("", "hello\n");
    session.insert(0, "x", t0);
    session.service(t0 + 1s);
    session.keeper().saved(session.last_seq(), {});
    session.keeper().drop();
    session.keeper().finish(session.replica(), t0 + 2s);
    EXPECT_EQ(session.keeper().stats().write_calls, 0U);
    EXPECT_FALSE(session.keeper().next_deadline().has_value());
    EXPECT_TRUE(dir.entries().empty());
}

} // namespace
} // namespace trio::autosave
