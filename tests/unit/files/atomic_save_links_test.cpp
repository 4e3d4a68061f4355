// atomic_save through symlinks and onto hard-linked files, beyond the basic cases in
// atomic_save_test.cpp: links across directories (absolute and relative), where the temporary
// file goes, links to read-only files, and in-place rewrites larger than the copy buffer.
#include "dir_listing.hpp"
#include "editor/files/atomic_save.hpp"
#include "scratch_dir.hpp"

#include <filesystem>
#include <gtest/gtest.h>
#include <sys/stat.h>

namespace trio::files {
namespace {

using testing::as_nobody;
using testing::listing;
using testing::read_file;
using testing::ScratchDir;
using testing::stat_of;
using testing::write_file;

mode_t mode_of(const std::string& path) {
    return stat_of(path).st_mode & 07777;
}

TEST(AtomicSaveThroughASymlink, AbsoluteLinkToAnotherDirectoryKeepsTheLinkAndTheMode) {
    ScratchDir dir;
    std::filesystem::create_directory(dir / "links");
    std::filesystem::create_directory(dir / "real");
    write_file(dir / "real/target.txt", "old", 0640);
    const std::string target = dir / "real/target.txt";
    ASSERT_EQ(::symlink(target.c_str(), (dir / "links/link").c_str()), 0);
    const SaveOutcome outcome = atomic_save(dir / "links/link", "new");
    ASSERT_TRUE(outcome.ok) << outcome.error;
    EXPECT_EQ(listing(dir / "links"), "link -> " + target + "\n");
    EXPECT_EQ(listing(dir / "real"), "target.txt: new\n"); // no temporary file left either
    EXPECT_EQ(mode_of(target), 0640U);
}

// The temporary file is created beside the target, so only the target's directory needs to
// be writable: the link's may be read-only (as for a dotfile linked from a read-only tree).
TEST(AtomicSaveThroughASymlink, LinkInAReadOnlyDirectorySavesIntoTheTargetsDirectory) {
    ScratchDir dir;
    std::filesystem::create_directory(dir / "links");
    std::filesystem::create_directory(dir / "real");
    write_file(dir / "real/target.txt", "old", 0666);
    ::chmod((dir / "real").c_str(), 0777);
    ASSERT_EQ(::symlink("../real/target.txt", (dir / "links/link").c_str()), 0);
    ::chmod((dir / "links").c_str(), 0555);
    EXPECT_EQ(as_nobody([&dir] { return atomic_save(dir / "links/link", "new").error; }), "");
    EXPECT_EQ(listing(dir / "links"), "link -> ../real/target.txt\n");
    EXPECT_EQ(listing(dir / "real"), "target.txt: new\n");
}

TEST(AtomicSaveThroughASymlink, LinkToAReadOnlyFileIsRefusedAndNothingChanges) {
    ScratchDir dir;
    std::filesystem::create_directory(dir / "real");
    ::chmod((dir / "real").c_str(), 0777);
    write_file(dir / "real/target.txt", "original", 0444);
    ASSERT_EQ(::symlink("real/target.txt", (dir / "link").c_str()), 0);
    EXPECT_EQ(as_nobody([&dir] { return atomic_save(dir / "link", "new").error; }),
              "Cannot save '" + (dir / "link") + "': Permission denied");
    EXPECT_EQ(listing(dir / "real"), "target.txt: original\n");
    EXPECT_TRUE(S_ISLNK(stat_of(dir / "link").st_mode));
}

TEST(AtomicSaveThroughASymlink, DanglingLinkIntoAMissingDirectoryFailsAndStaysALink) {
    ScratchDir dir;
    ASSERT_EQ(::symlink("nodir/target.txt", (dir / "link").c_str()), 0);
    EXPECT_EQ(atomic_save(dir / "link", "new").error,
              "Cannot save '" + (dir / "link") + "': No such file or directory");
    EXPECT_EQ(listing(dir.path()), "link -> nodir/target.txt\n");
}

// The link resolves to a file with two names: it is rewritten in place, so all three agree.
TEST(AtomicSaveThroughASymlink, LinkToAHardLinkedFileRewritesItInPlace) {
    ScratchDir dir;
    write_file(dir / "a", "old");
    ASSERT_EQ(::link((dir / "a").c_str(), (dir / "b").c_str()), 0);
    ASSERT_EQ(::symlink("a", (dir / "link").c_str()), 0);
    const ino_t inode = stat_of(dir / "a").st_ino;
    ASSERT_TRUE(atomic_save(dir / "link", "new").ok);
    EXPECT_EQ(listing(dir.path()), "a: new\nb: new\nlink -> a\n");
    EXPECT_EQ(stat_of(dir / "b").st_ino, inode);
}

TEST(AtomicSaveOfAHardLinkedFile, LinksInTwoDirectoriesBothSeeTheNewText) {
    ScratchDir dir;
    std::filesystem::create_directory(dir / "one");
    std::filesystem::create_directory(dir / "two");
    write_file(dir / "one/a", "old", 0600);
    ASSERT_EQ(::link((dir / "one/a").c_str(), (dir / "two/b").c_str()), 0);
    ASSERT_TRUE(atomic_save(dir / "two/b", "new text").ok);
    EXPECT_EQ(listing(dir / "one"), "a: new text\n");
    EXPECT_EQ(listing(dir / "two"), "b: new text\n"); // the copy was removed again
    EXPECT_EQ(mode_of(dir / "one/a"), 0600U);
    EXPECT_EQ(stat_of(dir / "one/a").st_nlink, 2U);
}

// The in-place rewrite copies in 64 KiB chunks; a text of several chunks and an odd tail
// must arrive whole, and a shorter text must not leave the old tail behind.
TEST(AtomicSaveOfAHardLinkedFile, TextLargerThanTheCopyBufferArrivesWholeAndShrinksAgain) {
    ScratchDir dir;
    write_file(dir / "a", "old");
    ASSERT_EQ(::link((dir / "a").c_str(), (dir / "b").c_str()), 0);
    std::string large;
    for (int i = 0; large.size() < 300'000; ++i) {
        large += std::to_string(i) + " 中文\n";
    }
    ASSERT_TRUE(atomic_save(dir / "a", large).ok);
    EXPECT_EQ(read_file(dir / "b"), large);
    ASSERT_TRUE(atomic_save(dir / "b", "short").ok);
    EXPECT_EQ(listing(dir.path()), "a: short\nb: short\n");
}

TEST(AtomicSaveOfAHardLinkedFile, ReadOnlyFileIsRefusedBeforeAnythingIsWritten) {
    ScratchDir dir;
    std::filesystem::create_directory(dir / "rw");
    ::chmod((dir / "rw").c_str(), 0777);
    write_file(dir / "rw/a", "original", 0444);
    ASSERT_EQ(::link((dir / "rw/a").c_str(), (dir / "rw/b").c_str()), 0);
    EXPECT_EQ(as_nobody([&dir] { return atomic_save(dir / "rw/a", "new").error; }),
              "Cannot save '" + (dir / "rw/a") + "': Permission denied");
    EXPECT_EQ(listing(dir / "rw"), "a: original\nb: original\n");
}

} // namespace
} // namespace trio::files
