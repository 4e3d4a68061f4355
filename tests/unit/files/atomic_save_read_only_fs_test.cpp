// atomic_save onto a read-only file system (EROFS): a private tmpfs remounted read-only and a
// read-only bind mount (root only; skipped where mount is forbidden). Even root cannot write
// there, so these need no other user. The save fails clearly and nothing changes.
#include "dir_listing.hpp"
#include "editor/files/atomic_save.hpp"
#include "private_tmpfs.hpp"
#include "scratch_dir.hpp"

#include <filesystem>
#include <gtest/gtest.h>

namespace trio::files {
namespace {

using testing::bind_read_only;
using testing::in_private_mount_namespace;
using testing::listing;
using testing::mount_skip_reason;
using testing::on_private_tmpfs;
using testing::remount_read_only;
using testing::ScratchDir;
using testing::write_file;

constexpr std::size_t tmpfs_bytes = 64 * 1024;

TEST(AtomicSaveOnAReadOnlyFileSystem, ExistingFileIsRefusedAndStaysAsItWas) {
    ScratchDir dir;
    const std::string fs = dir / "fs";
    std::filesystem::create_directory(fs);
    const std::string result = on_private_tmpfs(fs, tmpfs_bytes, [&fs] {
        write_file(fs + "/f.txt", "original", 0666); // the mode allows writing; the mount not
        if (auto failed = remount_read_only(fs); !failed.empty()) {
            return failed;
        }
        return atomic_save(fs + "/f.txt", "new").error + "\n" + listing(fs);
    });
    if (const auto reason = mount_skip_reason(result)) {
        GTEST_SKIP() << *reason;
    }
    EXPECT_EQ(result, "Cannot save '" + fs + "/f.txt': Read-only file system\nf.txt: original\n");
}

TEST(AtomicSaveOnAReadOnlyFileSystem, NewFileIsRefusedOnAReadOnlyBindMount) {
    ScratchDir dir;
    std::filesystem::create_directory(dir / "real");
    std::filesystem::create_directory(dir / "view");
    write_file(dir / "real/other.txt", "untouched");
    const std::string view = dir / "view";
    const std::string real = dir / "real";
    const std::string result = in_private_mount_namespace([&view, &real] {
        if (auto failed = bind_read_only(real, view); !failed.empty()) {
            return failed;
        }
        return atomic_save(view + "/new.txt", "new").error + "\n" + listing(view);
    });
    if (const auto reason = mount_skip_reason(result)) {
        GTEST_SKIP() << *reason;
    }
    EXPECT_EQ(result,
              "Cannot save '" + view + "/new.txt': Read-only file system\nother.txt: untouched\n");
    EXPECT_EQ(listing(real), "other.txt: untouched\n");
}

// Saving follows the link to the read-only file system and stops there; the link is intact.
TEST(AtomicSaveOnAReadOnlyFileSystem, SymlinkIntoItIsRefusedAndStaysALink) {
    ScratchDir dir;
    const std::string fs = dir / "fs";
    std::filesystem::create_directory(fs);
    ASSERT_EQ(::symlink((fs + "/target.txt").c_str(), (dir / "link").c_str()), 0);
    const std::string link = dir / "link";
    const std::string result = on_private_tmpfs(fs, tmpfs_bytes, [&fs, &link] {
        write_file(fs + "/target.txt", "original");
        if (auto failed = remount_read_only(fs); !failed.empty()) {
            return failed;
        }
        return atomic_save(link, "new").error + "\n" + listing(fs);
    });
    if (const auto reason = mount_skip_reason(result)) {
        GTEST_SKIP() << *reason;
    }
    EXPECT_EQ(result, "Cannot save '" + link + "': Read-only file system\ntarget.txt: original\n");
    EXPECT_EQ(listing(dir.path()), "fs/\nlink -> " + fs + "/target.txt\n");
}

} // namespace
} // namespace trio::files
