// atomic_save: exact bytes, kept mode/owner/links, symlinks, and clean failures that leave the
// original untouched and no temporary file behind.
#include "editor/files/atomic_save.hpp"
#include "scratch_dir.hpp"

#include <csignal>
#include <gtest/gtest.h>
#include <stdexcept>
#include <sys/stat.h>
#include <vector>

namespace trio::files {
namespace {

using namespace std::string_literals;
using testing::as_nobody;
using testing::read_file;
using testing::ScratchDir;
using testing::stat_of;
using testing::write_file;

const std::string awkward_bytes = "中文\0nul\xff\xfe\xc3 invalid utf-8\r\n"s;

mode_t mode_of(const std::string& path) {
    return stat_of(path).st_mode & 07777;
}

TEST(AtomicSave, CreatesANewFileWithExactBytes) {
    ScratchDir dir;
    const SaveOutcome outcome = atomic_save(dir / "new.txt", awkward_bytes);
    ASSERT_TRUE(outcome.ok) << outcome.error;
    EXPECT_EQ(outcome.error, "");
    EXPECT_EQ(outcome.bytes_written, awkward_bytes.size());
    EXPECT_EQ(read_file(dir / "new.txt"), awkward_bytes);
    EXPECT_EQ(dir.entries(), std::set<std::string>{"new.txt"}); // no temporary file left
}

TEST(AtomicSave, NewFileGetsTheUsualModeForTheUmask) {
    ScratchDir dir;
    const mode_t mask = ::umask(0);
    ::umask(mask); // umask can only be read by setting it; put it straight back
    ASSERT_TRUE(atomic_save(dir / "new.txt", "x").ok);
    EXPECT_EQ(mode_of(dir / "new.txt"), 0666 & ~mask);
}

TEST(AtomicSave, ConcatenatesChunksSmallAndLarge) {
    ScratchDir dir;
    std::string expected;
    const SaveOutcome outcome = atomic_save(dir / "f", [&expected](const WriteChunk& write) {
        for (int i = 0; i < 5000; ++i) {
            const std::string piece = std::to_string(i) + "中\n";
            expected += piece;
            write(piece);
        }
        const std::string big(200'000, 'B'); // larger than the write buffer
        expected += big;
        write(big);
        write("");
        expected += "end";
        write("end");
    });
    ASSERT_TRUE(outcome.ok) << outcome.error;
    EXPECT_EQ(outcome.bytes_written, expected.size());
    EXPECT_EQ(read_file(dir / "f"), expected);
}

TEST(AtomicSave, EmptyContentGivesAnEmptyFile) {
    ScratchDir dir;
    write_file(dir / "f", "old");
    ASSERT_TRUE(atomic_save(dir / "f", "").ok);
    EXPECT_EQ(read_file(dir / "f"), "");
}

TEST(AtomicSave, ReplacesAnExistingFileWithANewInode) {
    ScratchDir dir;
    write_file(dir / "f", "old content that is longer");
    const ino_t before = stat_of(dir / "f").st_ino;
    ASSERT_TRUE(atomic_save(dir / "f", awkward_bytes).ok);
    EXPECT_NE(stat_of(dir / "f").st_ino, before); // renamed into place, not rewritten
    EXPECT_EQ(read_file(dir / "f"), awkward_bytes);
    EXPECT_EQ(dir.entries(), std::set<std::string>{"f"});
}

TEST(AtomicSave, KeepsMode0640) {
    ScratchDir dir;
    write_file(dir / "f", "old", 0640);
    ASSERT_TRUE(atomic_save(dir / "f", "new").ok);
    EXPECT_EQ(mode_of(dir / "f"), 0640U);
}

TEST(AtomicSave, KeepsMode0755) {
    ScratchDir dir;
    write_file(dir / "script", "#!/bin/sh\n", 0755);
    ASSERT_TRUE(atomic_save(dir / "script", "#!/bin/sh\nexit 0\n").ok);
    EXPECT_EQ(mode_of(dir / "script"), 0755U);
}

TEST(AtomicSave, KeepsTheOwnerWhenAllowedTo) {
    if (::geteuid() != 0) {
        GTEST_SKIP() << "only root may give a file to another owner";
    }
    ScratchDir dir;
    write_file(dir / "f", "old");
    ASSERT_EQ(::chown((dir / "f").c_str(), testing::nobody, testing::nobody), 0);
    ASSERT_TRUE(atomic_save(dir / "f", "new").ok);
    EXPECT_EQ(stat_of(dir / "f").st_uid, testing::nobody);
    EXPECT_EQ(stat_of(dir / "f").st_gid, testing::nobody);
}

TEST(AtomicSave, SavesThroughASymlinkAndTheLinkStaysALink) {
    ScratchDir dir;
    std::filesystem::create_directory(dir / "real");
    write_file(dir / "real/target.txt", "old", 0600);
    ASSERT_EQ(::symlink("real/target.txt", (dir / "link").c_str()), 0);
    ASSERT_TRUE(atomic_save(dir / "link", "new").ok);
    EXPECT_TRUE(S_ISLNK(stat_of(dir / "link").st_mode));
    EXPECT_EQ(std::filesystem::read_symlink(dir / "link"), "real/target.txt");
    EXPECT_EQ(read_file(dir / "real/target.txt"), "new");
    EXPECT_EQ(mode_of(dir / "real/target.txt"), 0600U);
    EXPECT_EQ(dir.entries(dir / "real"), std::set<std::string>{"target.txt"});
}

TEST(AtomicSave, FollowsAChainOfRelativeLinksAcrossDirectories) {
    ScratchDir dir;
    std::filesystem::create_directories(dir / "a/b");
    write_file(dir / "a/b/file", "old");
    ASSERT_EQ(::symlink("b/file", (dir / "a/hop").c_str()), 0);
    ASSERT_EQ(::symlink("a/hop", (dir / "start").c_str()), 0);
    ASSERT_TRUE(atomic_save(dir / "start", "new").ok);
    EXPECT_EQ(read_file(dir / "a/b/file"), "new");
    EXPECT_TRUE(S_ISLNK(stat_of(dir / "a/hop").st_mode));
    EXPECT_TRUE(S_ISLNK(stat_of(dir / "start").st_mode));
}

TEST(AtomicSave, DanglingSymlinkCreatesItsTarget) {
    ScratchDir dir;
    ASSERT_EQ(::symlink("created.txt", (dir / "link").c_str()), 0);
    ASSERT_TRUE(atomic_save(dir / "link", "hello").ok);
    EXPECT_TRUE(S_ISLNK(stat_of(dir / "link").st_mode));
    EXPECT_EQ(read_file(dir / "created.txt"), "hello");
}

TEST(AtomicSave, HardLinkedFileIsRewrittenInPlaceSoEveryLinkSeesTheText) {
    ScratchDir dir;
    write_file(dir / "a", "old old old", 0640);
    ASSERT_EQ(::link((dir / "a").c_str(), (dir / "b").c_str()), 0);
    const ino_t before = stat_of(dir / "a").st_ino;
    ASSERT_TRUE(atomic_save(dir / "a", "new").ok);
    EXPECT_EQ(read_file(dir / "b"), "new");
    EXPECT_EQ(stat_of(dir / "a").st_ino, before);
    EXPECT_EQ(stat_of(dir / "a").st_nlink, 2U);
    EXPECT_EQ(mode_of(dir / "a"), 0640U);
    EXPECT_EQ(dir.entries(), (std::set<std::string>{"a", "b"}));
}

TEST(AtomicSave, LongestPossibleNameStillGetsATemporaryFile) {
    ScratchDir dir;
    const std::string name(255, 'n');
    ASSERT_TRUE(atomic_save(dir / name, "x").ok);
    EXPECT_EQ(dir.entries(), std::set<std::string>{name});
}

// ---- failures -------------------------------------------------------------------------

TEST(AtomicSave, MissingDirectoryFailsWithThePathAndTheReason) {
    ScratchDir dir;
    const std::string path = dir / "no-such-dir/file.txt";
    const SaveOutcome outcome = atomic_save(path, "x");
    EXPECT_FALSE(outcome.ok);
    EXPECT_EQ(outcome.error, "Cannot save '" + path + "': No such file or directory");
    EXPECT_EQ(outcome.bytes_written, 0U);
    EXPECT_TRUE(dir.entries().empty());
}

TEST(AtomicSave, DirectoryAsTargetIsRefused) {
    ScratchDir dir;
    std::filesystem::create_directory(dir / "d");
    EXPECT_EQ(atomic_save(dir / "d", "x").error,
              "Cannot save '" + (dir / "d") + "': Is a directory");
}

TEST(AtomicSave, FifoAsTargetIsRefusedWithoutBlocking) {
    ScratchDir dir;
    ASSERT_EQ(::mkfifo((dir / "fifo").c_str(), 0600), 0);
    EXPECT_EQ(atomic_save(dir / "fifo", "x").error,
              "Cannot save '" + (dir / "fifo") + "': not a regular file");
    EXPECT_EQ(dir.entries(), std::set<std::string>{"fifo"});
}

// The next two run as "nobody" (in a forked child when the tests run as root, which would
// bypass the permission checks).
TEST(AtomicSave, UnwritableDirectoryFailsAndLeavesTheOriginalUntouched) {
    ScratchDir dir;
    std::filesystem::create_directory(dir / "ro");
    const std::string path = dir / "ro/file.txt";
    write_file(path, "original", 0666); // writable file, but its directory is not
    ::chmod((dir / "ro").c_str(), 0555);
    const ino_t before = stat_of(path).st_ino;
    EXPECT_EQ(as_nobody([&] { return atomic_save(path, "new").error; }),
              "Cannot save '" + path + "': Permission denied");
    EXPECT_EQ(read_file(path), "original");
    EXPECT_EQ(stat_of(path).st_ino, before);
    EXPECT_EQ(dir.entries(dir / "ro"), std::set<std::string>{"file.txt"});
}

TEST(AtomicSave, ReadOnlyFileIsRefusedEvenInAWritableDirectory) {
    ScratchDir dir;
    std::filesystem::create_directory(dir / "rw");
    ::chmod((dir / "rw").c_str(), 0777);
    const std::string path = dir / "rw/file.txt";
    write_file(path, "original", 0444);
    EXPECT_EQ(as_nobody([&] { return atomic_save(path, "new").error; }),
              "Cannot save '" + path + "': Permission denied");
    EXPECT_EQ(read_file(path), "original");
    EXPECT_EQ(dir.entries(dir / "rw"), std::set<std::string>{"file.txt"});
}

TEST(AtomicSave, ProducerThatThrowsFailsCleanly) {
    ScratchDir dir;
    write_file(dir / "f", "original");
    const SaveOutcome outcome = atomic_save(dir / "f", [](const WriteChunk& write) {
        write("half of the ");
        throw std::runtime_error("replica is behind");
    });
    EXPECT_FALSE(outcome.ok);
    EXPECT_EQ(outcome.error, "Cannot save '" + (dir / "f") + "': replica is behind");
    EXPECT_EQ(read_file(dir / "f"), "original");
    EXPECT_EQ(dir.entries(), std::set<std::string>{"f"});
}

// A write that fails midway (the disk fills up) is simulated with a file-size limit in a
// child process: writes past it fail with EFBIG once SIGXFSZ is ignored.
TEST(AtomicSave, WriteFailingMidwayLeavesTheOriginalAndNoTemporaryFile) {
    ScratchDir dir;
    write_file(dir / "f", "original", 0640);
    const ino_t before = stat_of(dir / "f").st_ino;
    const std::string error = testing::in_child([&dir] {
        const rlimit limit{100'000, 100'000};
        ::signal(SIGXFSZ, SIG_IGN);
        if (::setrlimit(RLIMIT_FSIZE, &limit) != 0) {
            return std::string("<setrlimit failed>");
        }
        return atomic_save(dir / "f",
                           [](const WriteChunk& write) {
                               for (int i = 0; i < 100; ++i) {
                                   write(std::string(10'000, 'x'));
                               }
                           })
            .error;
    });
    EXPECT_EQ(error, "Cannot save '" + (dir / "f") + "': File too large");
    EXPECT_EQ(read_file(dir / "f"), "original");
    EXPECT_EQ(stat_of(dir / "f").st_ino, before);
    EXPECT_EQ(dir.entries(), std::set<std::string>{"f"});
}

TEST(AtomicSave, SymlinkLoopFailsWithThePathAndTheReason) {
    ScratchDir dir;
    ASSERT_EQ(::symlink("b", (dir / "a").c_str()), 0);
    ASSERT_EQ(::symlink("a", (dir / "b").c_str()), 0);
    EXPECT_EQ(atomic_save(dir / "a", "x").error,
              "Cannot save '" + (dir / "a") + "': Too many levels of symbolic links");
}

} // namespace
} // namespace trio::files
