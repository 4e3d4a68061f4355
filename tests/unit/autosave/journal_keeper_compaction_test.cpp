// Compaction: a journal grown past max(compact_min_bytes, twice the document) is replaced by
// one snapshot that recovers the same text. Tests for the autosave component's JournalKeeper.
#include "keeper_test_support.hpp"

#include <gtest/gtest.h>

namespace trio::autosave {
namespace {

using namespace testing;

constexpr std::uint64_t mib = 1024 * 1024;

TEST(JournalKeeperCompaction, AJournalOverTheMinimumAndTwiceTheDocumentBecomesOneSnapshot) {
    ScratchDir dir;
    const std::string path = dir / "f.journal";
    KeptSession session(path, "start\n");
    session.insert(0, std::string(3 * mib, 'a'), t0);
    session.service(t0);
    session.insert(0, std::string(3 * mib, 'b'), t0 + 1ms);
    session.service(t0 + 1ms);
    EXPECT_EQ(journal_at(path).records.size(), 2U); // about 6 MiB: under compact_min_bytes
    const ino_t before = files::testing::stat_of(path).st_ino;
    const std::uint64_t fsyncs = session.keeper().stats().fsync_calls;

    // Erases carry their bytes: the journal passes 12 MiB for a document of 6 bytes.
    session.erase(0, 6 * mib, t0 + 2ms);
    session.service(t0 + 2ms);

    EXPECT_NE(files::testing::stat_of(path).st_ino, before); // renamed into place
    EXPECT_LT(read_file(path).size(), 1024U);
    EXPECT_GT(session.keeper().stats().fsync_calls, fsyncs); // the new file is synced first
    const journal::JournalContents contents = journal_at(path);
    EXPECT_FALSE(contents.problem.has_value());
    ASSERT_EQ(contents.records.size(), 1U);
    const auto& snapshot = std::get<journal::SnapshotRecord>(contents.records.front());
    EXPECT_EQ(snapshot.seq, SeqNo(3));
    EXPECT_EQ(snapshot.text, "start\n");
    EXPECT_EQ(contents.header->path, "notes.txt");
    EXPECT_EQ(dir.entries(), std::set<std::string>{"f.journal"});
}

TEST(JournalKeeperCompaction, EditsAfterACompactionAppendToTheCompactedJournal) {
    ScratchDir dir;
    const std::string path = dir / "f.journal";
    KeptSession session(path, "start\n");
    session.insert(0, std::string(9 * mib, 'a'), t0);
    session.erase(0, 9 * mib, t0);
    session.service(t0); // written, then compacted
    ASSERT_EQ(journal_at(path).records.size(), 1U);

    session.insert(6, "more", t0 + 1s);
    session.erase(0, 1, t0 + 1s);
    session.service(t0 + 1s);
    const journal::JournalContents contents = journal_at(path);
    EXPECT_FALSE(contents.problem.has_value());
    EXPECT_EQ(contents.records.size(), 3U);
    // The snapshot stands alone: any original will do, even a wrong one.
    EXPECT_EQ(journal::replay("not the original", contents).text, "tart\nmore");
    EXPECT_EQ(session.text(), "tart\nmore");
}

TEST(JournalKeeperCompaction, TheLimitIsTwiceTheDocumentWhenThatIsMore) {
    ScratchDir dir;
    const std::string path = dir / "f.journal";
    KeptSession session(path, "");
    session.insert(0, std::string(5 * mib, 'a'), t0);
    session.insert(0, std::string(5 * mib, 'b'), t0);
    session.service(t0);
    // 10 MiB of journal is over compact_min_bytes but under twice the 10 MiB document.
    EXPECT_EQ(journal_at(path).records.size(), 2U);

    session.erase(0, 4 * mib, t0 + 1s); // 14 MiB of journal for 6 MiB of text
    session.service(t0 + 1s);
    const journal::JournalContents contents = journal_at(path);
    ASSERT_EQ(contents.records.size(), 1U);
    EXPECT_TRUE(std::holds_alternative<journal::SnapshotRecord>(contents.records.front()));
    EXPECT_EQ(journal::replay("", contents).text, session.text());
}

} // namespace
} // namespace trio::autosave
