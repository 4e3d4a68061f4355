// load_file: existing, new, empty and odd files, and the exact error messages users see.
#include "editor/files/file_error.hpp"
#include "editor/files/file_reader.hpp"
#include "scratch_dir.hpp"

#include <gtest/gtest.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace trio::files {
namespace {

using namespace std::string_literals;
using testing::as_nobody;
using testing::ScratchDir;
using testing::write_file;

std::string load_error(const std::string& path) {
    try {
        (void)load_file(path);
    } catch (const FileError& e) {
        return e.what();
    }
    return "<loaded without error>";
}

TEST(LoadFile, ReadsAnExistingFileByteForByteWithItsMode) {
    ScratchDir dir;
    const std::string bytes = "中文\0\xff\xfe\r\nend"s;
    write_file(dir / "a.txt", bytes, 0640);
    const LoadedFile file = load_file(dir / "a.txt");
    EXPECT_TRUE(file.exists);
    EXPECT_EQ(file.bytes, bytes);
    EXPECT_EQ(file.mode, 0640U);
}

TEST(LoadFile, ReadsAFileLargerThanOneReadCompletely) {
    ScratchDir dir;
    std::string bytes;
    for (int i = 0; i < 300'000; ++i) {
        bytes += static_cast<char>('a' + i % 26);
    }
    write_file(dir / "big.txt", bytes);
    EXPECT_EQ(load_file(dir / "big.txt").bytes, bytes);
}

std::string text_of_size(std::size_t size) {
    std::string bytes;
    for (std::size_t i = 0; i < size; ++i) {
        bytes += i % 80 == 79 ? '\n' : static_cast<char>('a' + i % 26);
    }
    return bytes;
}

TEST(LoadFile, LargeFileIsMappedNotCopied) {
    ScratchDir dir;
    const std::string bytes = text_of_size(map_threshold + 1);
    write_file(dir / "big.txt", bytes);
    const LoadedFile file = load_file(dir / "big.txt");
    EXPECT_TRUE(file.mapped);
    EXPECT_EQ(file.bytes, bytes);
}

TEST(LoadFile, SmallFileIsRead) {
    ScratchDir dir;
    write_file(dir / "small.txt", text_of_size(map_threshold - 1));
    EXPECT_FALSE(load_file(dir / "small.txt").mapped);
}

TEST(LoadFile, FileWithSeveralLinksIsReadBecauseItIsSavedInPlace) {
    ScratchDir dir;
    const std::string bytes = text_of_size(map_threshold * 2);
    write_file(dir / "a.txt", bytes);
    ASSERT_EQ(::link((dir / "a.txt").c_str(), (dir / "b.txt").c_str()), 0);
    const LoadedFile file = load_file(dir / "a.txt");
    EXPECT_FALSE(file.mapped);
    EXPECT_EQ(file.bytes, bytes);
}

TEST(LoadFile, MappedBytesOutliveTheFileBeingReplacedAndTheFileObject) {
    ScratchDir dir;
    const std::string bytes = text_of_size(map_threshold * 2);
    write_file(dir / "a.txt", bytes);
    std::shared_ptr<const void> storage;
    std::string_view view;
    {
        const LoadedFile file = load_file(dir / "a.txt");
        storage = file.storage;
        view = file.bytes;
    }
    // What an atomic save does: a new inode renamed over the name.
    write_file(dir / "new.txt", "replaced");
    ASSERT_EQ(::rename((dir / "new.txt").c_str(), (dir / "a.txt").c_str()), 0);
    EXPECT_EQ(view, bytes);
}

TEST(LoadFile, EmptyFileExistsAndHasNoBytes) {
    ScratchDir dir;
    write_file(dir / "empty", "");
    const LoadedFile file = load_file(dir / "empty");
    EXPECT_TRUE(file.exists);
    EXPECT_EQ(file.bytes, "");
}

TEST(LoadFile, MissingFileIsANewEmptyFile) {
    ScratchDir dir;
    const LoadedFile file = load_file(dir / "new.txt");
    EXPECT_FALSE(file.exists);
    EXPECT_EQ(file.bytes, "");
    EXPECT_EQ(file.mode, 0U);
}

TEST(LoadFile, MissingParentDirectoryIsStillANewFile) {
    ScratchDir dir;
    EXPECT_FALSE(load_file(dir / "no/such/dir/new.txt").exists);
}

TEST(LoadFile, DanglingSymlinkIsANewFile) {
    ScratchDir dir;
    ASSERT_EQ(::symlink("target.txt", (dir / "link").c_str()), 0);
    EXPECT_FALSE(load_file(dir / "link").exists);
}

TEST(LoadFile, SymlinkIsFollowed) {
    ScratchDir dir;
    write_file(dir / "target.txt", "via link");
    ASSERT_EQ(::symlink("target.txt", (dir / "link").c_str()), 0);
    EXPECT_EQ(load_file(dir / "link").bytes, "via link");
}

TEST(LoadFile, DirectoryIsRejectedAsADirectory) {
    ScratchDir dir;
    EXPECT_EQ(load_error(dir.path()), "'" + dir.path() + "' is a directory");
}

TEST(LoadFile, FifoIsRejectedWithoutWaitingForAWriter) {
    ScratchDir dir;
    ASSERT_EQ(::mkfifo((dir / "fifo").c_str(), 0600), 0);
    EXPECT_EQ(load_error(dir / "fifo"), "'" + (dir / "fifo") + "' is not a regular file (a FIFO)");
}

TEST(LoadFile, CharacterDeviceIsRejected) {
    EXPECT_EQ(load_error("/dev/null"), "'/dev/null' is not a regular file (a character device)");
}

TEST(LoadFile, SymlinkLoopNamesThePathAndTheReason) {
    ScratchDir dir;
    ASSERT_EQ(::symlink("b", (dir / "a").c_str()), 0);
    ASSERT_EQ(::symlink("a", (dir / "b").c_str()), 0);
    EXPECT_EQ(load_error(dir / "a"),
              "Cannot open '" + (dir / "a") + "': Too many levels of symbolic links");
}

TEST(LoadFile, FileUsedAsADirectoryNamesThePathAndTheReason) {
    ScratchDir dir;
    write_file(dir / "plain", "x");
    EXPECT_EQ(load_error(dir / "plain/child"),
              "Cannot open '" + (dir / "plain/child") + "': Not a directory");
}

TEST(LoadFile, OverlongNameNamesThePathAndTheReason) {
    ScratchDir dir;
    const std::string path = dir / std::string(300, 'n');
    EXPECT_EQ(load_error(path), "Cannot open '" + path + "': File name too long");
}

// Run as "nobody" (in a forked child when the tests run as root, which bypasses permissions).
TEST(LoadFile, UnreadableFileNamesThePathAndPermissionDenied) {
    ScratchDir dir;
    write_file(dir / "secret", "x", 0000);
    const std::string path = dir / "secret";
    EXPECT_EQ(as_nobody([&] { return load_error(path); }),
              "Cannot open '" + path + "': Permission denied");
}

TEST(LooksBinary, NulInTheFirst8KiBMeansBinary) {
    EXPECT_TRUE(looks_binary("\x7f"
                             "ELF\0\0"s));
    EXPECT_FALSE(looks_binary("中文 text\twith\x1b escapes"));
    EXPECT_FALSE(looks_binary(""));
    EXPECT_FALSE(looks_binary(std::string(8 * 1024, 'a') + '\0'));
}

} // namespace
} // namespace trio::files
