// A keeper that takes over from one whose autosave process died (trio-proc restarts autosave):
// the journal it leaves must recover the text input had at the restart, and later edits too.
#include "editor/files/fd_io.hpp"
#include "keeper_test_support.hpp"

#include <gtest/gtest.h>

namespace trio::autosave {
namespace {

using namespace testing;

TEST(JournalKeeperTakeOver, UnsavedTextIsRewrittenAtOnceAsOneSyncedSnapshot) {
    ScratchDir dir;
    const std::string path = dir / "f.journal";
    KeptSession dead(path, "hello\n");
    dead.insert(0, "a", t0);
    dead.insert(1, "b", t0);
    dead.service(t0); // written: "ab"; a third edit never reached the dead one's journal
    dead.insert(2, "c", t0);

    JournalKeeper heir(KeptSession::settings(path));
    heir.take_over(dead.replica(), /*unsaved=*/true, t0 + 1s);

    EXPECT_EQ(recovered_text(path, "hello\n"), "abchello\n");
    EXPECT_EQ(heir.stats().fsync_calls, 1U);
    EXPECT_TRUE(heir.report_due());
    EXPECT_EQ(heir.take_report().synced, dead.last_seq());
    EXPECT_EQ(dir.entries(), std::set<std::string>{"f.journal"});
}

TEST(JournalKeeperTakeOver, EditsAfterATakeOverFollowTheSnapshot) {
    ScratchDir dir;
    const std::string path = dir / "f.journal";
    KeptSession input(path, "hello\n");
    input.insert(0, "x", t0);
    Document replica = input.replica();

    JournalKeeper heir(KeptSession::settings(path));
    heir.take_over(replica, true, t0);
    const document::EditOp next = replica.insert(ByteOffset(1), "y");
    heir.record(next, replica, t0 + 1s);
    heir.finish(replica, t0 + 2s);

    EXPECT_EQ(recovered_text(path, "hello\n"), "xyhello\n");
}

TEST(JournalKeeperTakeOver, SavedTextRemovesTheDeadOnesJournalAndLaterEditsStartANewOne) {
    ScratchDir dir;
    const std::string path = dir / "f.journal";
    KeptSession dead(path, "hello\n");
    dead.insert(0, "z", t0);
    dead.erase(0, 1, t0); // undone: the text equals the file again
    dead.service(t0);
    ASSERT_FALSE(dir.entries().empty());
    Document replica = dead.replica();

    JournalKeeper heir(KeptSession::settings(path));
    heir.take_over(replica, /*unsaved=*/false, t0);
    EXPECT_TRUE(dir.entries().empty());

    const document::EditOp next = replica.insert(ByteOffset(0), "!");
    heir.record(next, replica, t0 + 1s);
    heir.finish(replica, t0 + 2s);
    EXPECT_EQ(recovered_text(path, "hello\n"), "!hello\n");
}

TEST(JournalKeeperTakeOver, WithoutAJournalPathNothingIsWritten) {
    ScratchDir dir;
    KeptSession input(dir / "f.journal", "hello\n");
    input.insert(0, "x", t0);
    JournalKeeper heir(KeptSession::settings(""));
    heir.take_over(input.replica(), true, t0);
    EXPECT_EQ(heir.stats().write_calls, 0U);
}

} // namespace
} // namespace trio::autosave
