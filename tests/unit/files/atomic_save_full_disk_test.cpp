// atomic_save on a full disk: a real ENOSPC on a small private tmpfs (root only; skipped where
// mount is forbidden) and EFBIG from a file-size limit (anywhere). The original stays as it
// was, no temporary file is left, and the space is given back.
#include "dir_listing.hpp"
#include "editor/files/atomic_save.hpp"
#include "private_tmpfs.hpp"
#include "scratch_dir.hpp"

#include <csignal>
#include <filesystem>
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/statvfs.h>

namespace trio::files {
namespace {

using testing::in_child;
using testing::listing;
using testing::mount_skip_reason;
using testing::on_private_tmpfs;
using testing::ScratchDir;
using testing::stat_of;
using testing::write_file;

constexpr std::size_t tmpfs_bytes = 64 * 1024; // 16 pages

std::uint64_t free_blocks(const std::string& path) {
    struct statvfs fs {};
    return ::statvfs(path.c_str(), &fs) == 0 ? fs.f_bfree : 0;
}

std::string error_line(const SaveOutcome& outcome) {
    return (outcome.ok ? "saved" : outcome.error) + "\n";
}

TEST(AtomicSaveOnAFullDisk, NoSpaceLeftFailsAndLeavesTheOriginalAndNoTemporaryFile) {
    ScratchDir dir;
    const std::string fs = dir / "fs";
    std::filesystem::create_directory(fs);
    const std::string result = on_private_tmpfs(fs, tmpfs_bytes, [&fs] {
        write_file(fs + "/f.txt", "original", 0640);
        const ino_t inode = stat_of(fs + "/f.txt").st_ino;
        const std::uint64_t free_before = free_blocks(fs);
        const SaveOutcome outcome = atomic_save(fs + "/f.txt", std::string(200 * 1024, 'x'));
        return error_line(outcome) + listing(fs) +
               (stat_of(fs + "/f.txt").st_ino == inode ? "same inode\n" : "replaced\n") +
               (free_blocks(fs) == free_before ? "space given back\n" : "space still used\n");
    });
    if (const auto reason = mount_skip_reason(result)) {
        GTEST_SKIP() << *reason;
    }
    EXPECT_EQ(result, "Cannot save '" + fs +
                          "/f.txt': No space left on device\n"
                          "f.txt: original\n"
                          "same inode\n"
                          "space given back\n");
}

TEST(AtomicSaveOnAFullDisk, NewFileThatDoesNotFitIsNotCreated) {
    ScratchDir dir;
    const std::string fs = dir / "fs";
    std::filesystem::create_directory(fs);
    const std::string result = on_private_tmpfs(fs, tmpfs_bytes, [&fs] {
        return error_line(atomic_save(fs + "/new.txt", std::string(200 * 1024, 'x'))) + "[" +
               listing(fs) + "]";
    });
    if (const auto reason = mount_skip_reason(result)) {
        GTEST_SKIP() << *reason;
    }
    EXPECT_EQ(result, "Cannot save '" + fs + "/new.txt': No space left on device\n[]");
}

// The copy that an in-place rewrite starts from does not fit: nothing has been touched yet.
TEST(AtomicSaveOnAFullDisk, HardLinkedFileWhoseCopyDoesNotFitKeepsBothLinksUntouched) {
    ScratchDir dir;
    const std::string fs = dir / "fs";
    std::filesystem::create_directory(fs);
    const std::string result = on_private_tmpfs(fs, tmpfs_bytes, [&fs] {
        write_file(fs + "/a", "original");
        if (::link((fs + "/a").c_str(), (fs + "/b").c_str()) != 0) {
            return std::string("<link failed>");
        }
        return error_line(atomic_save(fs + "/a", std::string(200 * 1024, 'x'))) + listing(fs) +
               "links: " + std::to_string(stat_of(fs + "/a").st_nlink) + "\n";
    });
    if (const auto reason = mount_skip_reason(result)) {
        GTEST_SKIP() << *reason;
    }
    EXPECT_EQ(result, "Cannot save '" + fs +
                          "/a': No space left on device\n"
                          "a: original\n"
                          "b: original\n"
                          "links: 2\n");
}

// The copy fits, but growing the original in place then runs out of space: the one step that
// is not atomic. The error names the temporary file, which is kept and holds the whole text.
TEST(AtomicSaveOnAFullDisk, InPlaceRewriteRunningOutOfSpaceKeepsTheCompleteTextInTheCopy) {
    ScratchDir dir;
    const std::string fs = dir / "fs";
    std::filesystem::create_directory(fs);
    const std::string text(40 * 1024, 'n'); // 10 pages: fits once, not twice, in 16
    const std::string result = on_private_tmpfs(fs, tmpfs_bytes, [&fs, &text] {
        write_file(fs + "/a", std::string(4096, 'o'));
        if (::link((fs + "/a").c_str(), (fs + "/b").c_str()) != 0) {
            return std::string("<link failed>");
        }
        const SaveOutcome outcome = atomic_save(fs + "/a", text);
        std::string kept;
        for (const auto& entry : std::filesystem::directory_iterator(fs)) {
            const std::string name = entry.path().filename().string();
            if (name.rfind(".a.trio-", 0) == 0) {
                kept = entry.path().string();
            }
        }
        if (kept.empty()) {
            return error_line(outcome) + "no copy kept\n" + listing(fs);
        }
        const std::string expected_error = "Cannot save '" + fs +
                                           "/a': No space left on device (rewriting in place to "
                                           "keep its hard links; the complete text is in '" +
                                           kept + "')";
        return std::string(outcome.error == expected_error ? "error names the copy\n"
                                                           : "error: " + outcome.error + "\n") +
               (testing::read_file(kept) == text ? "copy complete\n" : "copy incomplete\n") +
               "links: " + std::to_string(stat_of(fs + "/b").st_nlink) + "\n";
    });
    if (const auto reason = mount_skip_reason(result)) {
        GTEST_SKIP() << *reason;
    }
    EXPECT_EQ(result, "error names the copy\ncopy complete\nlinks: 2\n");
}

// RLIMIT_FSIZE needs no privilege: writes past it fail with EFBIG once SIGXFSZ is ignored
// (in a child, so that neither leaks into the test process).
TEST(AtomicSaveOnAFullDisk, NewFileOverTheFileSizeLimitIsNotCreated) {
    ScratchDir dir;
    const std::string result = in_child([&dir] {
        ::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{1000, 1000};
        if (::setrlimit(RLIMIT_FSIZE, &limit) != 0) {
            return std::string("<setrlimit failed>");
        }
        return error_line(atomic_save(dir / "new.txt", std::string(5000, 'x')));
    });
    EXPECT_EQ(result, "Cannot save '" + (dir / "new.txt") + "': File too large\n");
    EXPECT_EQ(listing(dir.path()), "");
}

TEST(AtomicSaveOnAFullDisk, HardLinkedFileOverTheFileSizeLimitKeepsBothLinksUntouched) {
    ScratchDir dir;
    write_file(dir / "a", "original");
    ASSERT_EQ(::link((dir / "a").c_str(), (dir / "b").c_str()), 0);
    const std::string result = in_child([&dir] {
        ::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{1000, 1000};
        if (::setrlimit(RLIMIT_FSIZE, &limit) != 0) {
            return std::string("<setrlimit failed>");
        }
        return error_line(atomic_save(dir / "a", std::string(5000, 'x')));
    });
    EXPECT_EQ(result, "Cannot save '" + (dir / "a") + "': File too large\n");
    EXPECT_EQ(listing(dir.path()), "a: original\nb: original\n");
    EXPECT_EQ(stat_of(dir / "a").st_nlink, 2U);
}

} // namespace
} // namespace trio::files
