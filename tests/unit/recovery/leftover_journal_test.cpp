// Judging a journal left by a crash: whether its edits still apply to the file on disk, how
// many there are, and what is damaged. Tests for recovery (the launcher and --recover).
#include "editor/recovery/leftover_journal.hpp"
#include "editor/state/state_error.hpp"
#include "recovery_test_support.hpp"

#include <cstdio>
#include <gtest/gtest.h>
#include <unistd.h>

namespace trio::recovery {
namespace {

using namespace testing;

struct Scene {
    ScratchDir dir;
    std::string file = dir / "notes.txt";
    std::string journal = dir / "notes.journal";

    explicit Scene(const std::string& text) { write_file(file, text); }
    [[nodiscard]] std::optional<LeftoverJournal> judge() const {
        const std::string bytes = read_file(file);
        return find_leftover_journal(journal, file, bytes, ::access(file.c_str(), F_OK) == 0);
    }
};

TEST(LeftoverJournal, NoJournalIsNone) {
    const Scene scene("hello\n");
    EXPECT_FALSE(scene.judge().has_value());
}

TEST(LeftoverJournal, AJournalOfTheFileAsItIsAppliesAndCountsItsEdits) {
    const Scene scene("hello\n");
    leave_journal(scene.journal, scene.file,
                  {insert_op(1, 5, ", world"), erase_op(2, 0, "h"), insert_op(3, 0, "H")});
    const auto found = scene.judge();
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->verdict, Verdict::Applies);
    EXPECT_EQ(found->path, scene.journal);
    EXPECT_EQ(found->records, 3U);
    EXPECT_EQ(found->edits, 3U);
    EXPECT_FALSE(found->damage.has_value());
    EXPECT_EQ(found->reason, "");
    const struct stat st = files::testing::stat_of(scene.journal);
    EXPECT_EQ(found->bytes, static_cast<std::uint64_t>(st.st_size));
    EXPECT_EQ(found->written_ns, st.st_mtim.tv_sec * 1'000'000'000 + st.st_mtim.tv_nsec);
}

TEST(LeftoverJournal, SnapshotsAndSaveMarksAreRecordsButNotEdits) {
    const Scene scene("hello\n");
    leave_journal(scene.journal, scene.file,
                  {insert_op(1, 0, "a"), insert_op(2, 0, "b"), journal::SavedRecord{SeqNo(2)},
                   insert_op(3, 0, "c"), journal::SnapshotRecord{SeqNo(3), "x"},
                   insert_op(4, 1, "y")});
    const auto found = scene.judge();
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->verdict, Verdict::Applies);
    EXPECT_EQ(found->records, 6U);
    EXPECT_EQ(found->edits, 4U);
}

TEST(LeftoverJournal, AFileRewrittenToAnotherSizeIsChanged) {
    const Scene scene("hello\n");
    leave_journal(scene.journal, scene.file, {insert_op(1, 0, "x")});
    write_file(scene.file, "hello, and more\n"); // in place: same inode
    const auto found = scene.judge();
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->verdict, Verdict::FileChanged);
    EXPECT_EQ(found->reason, journal::describe(journal::IdentityMatch::SizeDiffers));
    EXPECT_EQ(found->edits, 0U);
}

TEST(LeftoverJournal, AFileReplacedByAnotherIsChanged) {
    const Scene scene("hello\n");
    leave_journal(scene.journal, scene.file, {insert_op(1, 0, "x")});
    const std::string other = scene.dir / "other";
    write_file(other, "hello\n");
    ASSERT_EQ(std::rename(other.c_str(), scene.file.c_str()), 0);
    const auto found = scene.judge();
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->verdict, Verdict::FileChanged);
    EXPECT_EQ(found->reason, journal::describe(journal::IdentityMatch::Replaced));
}

TEST(LeftoverJournal, ADeletedFileIsChanged) {
    const Scene scene("hello\n");
    leave_journal(scene.journal, scene.file, {insert_op(1, 0, "x")});
    ASSERT_EQ(::unlink(scene.file.c_str()), 0);
    const auto found = find_leftover_journal(scene.journal, scene.file, "", false);
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->verdict, Verdict::FileChanged);
    EXPECT_EQ(found->reason, "the file has been deleted since");
}

TEST(LeftoverJournal, ANewFileThatNowExistsIsChanged) {
    const Scene scene("made by someone else meanwhile\n");
    write_file(scene.journal, journal_bytes(header_for({}), {insert_op(1, 0, "x")}), 0600);
    const auto found = scene.judge();
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->verdict, Verdict::FileChanged);
    EXPECT_EQ(found->reason, "the file did not exist then and does now");
}

TEST(LeftoverJournal, ANewFileThatStillDoesNotExistApplies) {
    const Scene scene("");
    ASSERT_EQ(::unlink(scene.file.c_str()), 0);
    write_file(scene.journal, journal_bytes(header_for({}), {insert_op(1, 0, "new text")}), 0600);
    const auto found = find_leftover_journal(scene.journal, scene.file, "", false);
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->verdict, Verdict::Applies);
    EXPECT_EQ(found->edits, 1U);
}

TEST(LeftoverJournal, AFirstEditThatDoesNotFitTheBytesGivenIsChanged) {
    const Scene scene("hello\n");
    leave_journal(scene.journal, scene.file, {erase_op(1, 0, "hello")});
    // The identity matches, but the bytes handed in are not what the edits were made to.
    const auto found = find_leftover_journal(scene.journal, scene.file, "HELLO\n", true);
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->verdict, Verdict::FileChanged);
    EXPECT_NE(found->reason.find("edit 1"), std::string::npos) << found->reason;
}

TEST(LeftoverJournal, ABadHeaderIsUnreadable) {
    const Scene scene("hello\n");
    write_file(scene.journal, "TRIOJNL9 this is not a journal header at all, not even close", 0600);
    const auto found = scene.judge();
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->verdict, Verdict::Unreadable);
    EXPECT_NE(found->reason, "");
    EXPECT_FALSE(found->contents.header.has_value());
}

TEST(LeftoverJournal, AnEmptyJournalFileIsUnreadable) {
    const Scene scene("hello\n");
    write_file(scene.journal, "", 0600);
    const auto found = scene.judge();
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->verdict, Verdict::Unreadable);
}

TEST(LeftoverJournal, AJournalEndingWithASaveHasNothingToRecover) {
    const Scene scene("hello\n");
    leave_journal(scene.journal, scene.file,
                  {insert_op(1, 0, "a"), insert_op(2, 0, "b"), journal::SavedRecord{SeqNo(2)}});
    const auto found = scene.judge();
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->verdict, Verdict::NothingToRecover);
}

TEST(LeftoverJournal, AJournalWithoutRecordsHasNothingToRecover) {
    const Scene scene("hello\n");
    leave_journal(scene.journal, scene.file, {});
    const auto found = scene.judge();
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->verdict, Verdict::NothingToRecover);
}

TEST(LeftoverJournal, ATornTailAppliesItsValidPrefixAndSaysWhy) {
    const Scene scene("hello\n");
    leave_journal(scene.journal, scene.file,
                  {insert_op(1, 0, "a"), insert_op(2, 1, "b"), insert_op(3, 2, "c")});
    const std::string whole = read_file(scene.journal);
    write_file(scene.journal, whole.substr(0, whole.size() - 3), 0600); // a crash mid-write
    const auto found = scene.judge();
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->verdict, Verdict::Applies);
    EXPECT_EQ(found->records, 2U);
    EXPECT_EQ(found->edits, 2U);
    ASSERT_TRUE(found->damage.has_value());
    EXPECT_NE(found->damage->find("torn"), std::string::npos) << *found->damage;
}

TEST(LeftoverJournal, AnEditThatNoLongerAppliesMidwayIsDamage) {
    const Scene scene("hello\n");
    leave_journal(scene.journal, scene.file,
                  {insert_op(1, 0, "a"), erase_op(2, 0, "zzz"), insert_op(3, 0, "c")});
    const auto found = scene.judge();
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->verdict, Verdict::Applies);
    EXPECT_EQ(found->records, 1U);
    EXPECT_TRUE(found->damage.has_value());
}

TEST(LeftoverJournal, AJournalStartingWithASnapshotAppliesEvenToAChangedFile) {
    const Scene scene("hello\n");
    leave_journal(scene.journal, scene.file,
                  {journal::SnapshotRecord{SeqNo(5), "whole text\n"}, insert_op(6, 0, ">")});
    write_file(scene.file, "rewritten since, to another size\n");
    const auto found = scene.judge();
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->verdict, Verdict::Applies);
    EXPECT_EQ(found->records, 2U);
    EXPECT_EQ(found->edits, 1U);
}

TEST(LeftoverJournal, ASymlinkAtTheJournalPathIsRefused) {
    const Scene scene("hello\n");
    const std::string real = scene.dir / "real.journal";
    leave_journal(real, scene.file, {insert_op(1, 0, "x")});
    ASSERT_EQ(::symlink(real.c_str(), scene.journal.c_str()), 0);
    EXPECT_THROW((void)scene.judge(), state::StateError);
    const std::string dangling = scene.dir / "dangling.journal";
    ASSERT_EQ(::symlink("nowhere", dangling.c_str()), 0);
    EXPECT_THROW((void)find_leftover_journal(dangling, scene.file, "hello\n", true),
                 state::StateError);
}

} // namespace
} // namespace trio::recovery
