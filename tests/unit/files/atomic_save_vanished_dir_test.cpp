// atomic_save when the directory of the file goes away: before the save, during it (removed
// by another program between resolving the target and renaming into it), replaced by a file,
// or the editor's own current directory. The error says so and nothing is created anywhere.
#include "dir_listing.hpp"
#include "editor/files/atomic_save.hpp"
#include "scratch_dir.hpp"

#include <filesystem>
#include <gtest/gtest.h>
#include <unistd.h>

namespace trio::files {
namespace {

using testing::listing;
using testing::ScratchDir;
using testing::write_file;

// The file was opened from "project/", then someone ran `rm -r project`.
TEST(AtomicSaveIntoAVanishedDirectory, RemovedWithTheFileFailsAndRecreatesNothing) {
    ScratchDir dir;
    std::filesystem::create_directory(dir / "project");
    write_file(dir / "project/f.txt", "original");
    std::filesystem::remove_all(dir / "project");
    const SaveOutcome outcome = atomic_save(dir / "project/f.txt", "new");
    EXPECT_FALSE(outcome.ok);
    EXPECT_EQ(outcome.error,
              "Cannot save '" + (dir / "project/f.txt") + "': No such file or directory");
    EXPECT_EQ(listing(dir.path()), "");
}

TEST(AtomicSaveIntoAVanishedDirectory, ReplacedByAFileFailsWithNotADirectory) {
    ScratchDir dir;
    std::filesystem::create_directory(dir / "project");
    std::filesystem::remove(dir / "project");
    write_file(dir / "project", "a file now");
    EXPECT_EQ(atomic_save(dir / "project/f.txt", "new").error,
              "Cannot save '" + (dir / "project/f.txt") + "': Not a directory");
    EXPECT_EQ(listing(dir.path()), "project: a file now\n");
}

// The target was resolved and the temporary file created; then, while the content is being
// written, another program removes everything, directory included. The rename cannot happen.
TEST(AtomicSaveIntoAVanishedDirectory, RemovedDuringTheSaveFailsAndRecreatesNothing) {
    ScratchDir dir;
    const std::string project = dir / "project";
    std::filesystem::create_directory(project);
    write_file(project + "/f.txt", "original");
    const SaveOutcome outcome =
        atomic_save(project + "/f.txt", [&project](const WriteChunk& write) {
            write("first half, ");
            std::filesystem::remove_all(project); // takes the temporary file with it
            write("second half");
        });
    EXPECT_FALSE(outcome.ok);
    EXPECT_EQ(outcome.error, "Cannot save '" + project + "/f.txt': No such file or directory");
    EXPECT_EQ(listing(dir.path()), "");
}

// The directory is renamed (not removed) while the content is written. Either outcome is
// fine, saved into the moved directory or failed, but the temporary file must not stay behind
// (it is created, renamed and removed relative to a descriptor of its directory).
TEST(AtomicSaveIntoAVanishedDirectory, RenamedDuringTheSaveLeavesNoTemporaryFile) {
    ScratchDir dir;
    const std::string project = dir / "project";
    std::filesystem::create_directory(project);
    write_file(project + "/f.txt", "original");
    const SaveOutcome outcome = atomic_save(project + "/f.txt", [&](const WriteChunk& write) {
        write("new");
        std::filesystem::rename(project, dir / "moved");
    });
    EXPECT_EQ(listing(dir / "moved"), outcome.ok ? "f.txt: new\n" : "f.txt: original\n")
        << outcome.error;
    EXPECT_EQ(listing(dir.path()), "moved/\n");
}

// A relative path ("f.txt") in a current directory that no longer exists: the editor was
// started in it and it was removed. Run in a child, since the current directory is per process.
TEST(AtomicSaveIntoAVanishedDirectory, RemovedCurrentDirectoryFailsForARelativePath) {
    ScratchDir dir;
    const std::string gone = dir / "gone";
    std::filesystem::create_directory(gone);
    const std::string error = testing::in_child([&gone] {
        if (::chdir(gone.c_str()) != 0 || ::rmdir(gone.c_str()) != 0) {
            return std::string("<could not remove the current directory>");
        }
        return atomic_save("f.txt", "new").error;
    });
    EXPECT_EQ(error, "Cannot save 'f.txt': No such file or directory");
    EXPECT_EQ(listing(dir.path()), "");
}

} // namespace
} // namespace trio::files
