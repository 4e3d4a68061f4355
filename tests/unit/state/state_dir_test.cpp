// StateDir: where the directory is, how it is created, and what is refused.
#include "editor/state/state_dir.hpp"
#include "editor/state/state_error.hpp"
#include "state_test_support.hpp"

#include <gtest/gtest.h>

namespace trio::state {
namespace {

using testing::lstat_of;
using testing::ScratchDir;

mode_t mode_of(const std::string& path) {
    return lstat_of(path).st_mode & 07777;
}

std::string open_error(const StateEnvironment& environment) {
    try {
        (void)StateDir::open(environment);
    } catch (const StateError& e) {
        return e.what();
    }
    return "";
}

TEST(StateDir, UsesAnAbsoluteXdgStateHome) {
    ScratchDir scratch;
    const StateDir dir = StateDir::open({scratch / "xdg/deeper", scratch / "home"});
    EXPECT_EQ(dir.path(), scratch / "xdg/deeper/trio");
    EXPECT_EQ(mode_of(dir.path()), 0700);
    EXPECT_FALSE(testing::exists_no_follow(scratch / "home"));
}

TEST(StateDir, IgnoresARelativeXdgStateHomeAsTheSpecSays) {
    ScratchDir scratch;
    const StateDir dir = StateDir::open({"relative/state", scratch / "home"});
    EXPECT_EQ(dir.path(), scratch / "home/.local/state/trio");
}

TEST(StateDir, DefaultsToLocalStateUnderHomeAndMakesItPrivate) {
    ScratchDir scratch;
    const StateDir dir = StateDir::open({std::nullopt, scratch / "home/"});
    EXPECT_EQ(dir.path(), scratch / "home/.local/state/trio");
    EXPECT_EQ(mode_of(scratch / "home/.local/state"), 0700);
    EXPECT_EQ(mode_of(dir.path()), 0700);
    const mode_t mask = ::umask(0);
    ::umask(mask); // umask can only be read by setting it; put it straight back
    EXPECT_EQ(mode_of(scratch / "home/.local"), 0777 & ~mask);
}

TEST(StateDir, OpensAnExistingPrivateDirectoryAgain) {
    ScratchDir scratch;
    const std::string first = StateDir::open({scratch / "xdg", std::nullopt}).path();
    EXPECT_EQ(StateDir::open({scratch / "xdg", std::nullopt}).path(), first);
}

TEST(StateDir, FailsClearlyWithoutAnyAbsoluteBase) {
    EXPECT_NE(open_error({std::nullopt, std::nullopt}).find("neither XDG_STATE_HOME nor HOME"),
              std::string::npos);
    EXPECT_NE(open_error({"", "home"}).find("neither"), std::string::npos);
}

TEST(StateDir, RefusesASymlinkedTrioDirectory) {
    ScratchDir scratch;
    ASSERT_EQ(::mkdir((scratch / "xdg").c_str(), 0700), 0);
    ASSERT_EQ(::mkdir((scratch / "elsewhere").c_str(), 0700), 0);
    ASSERT_EQ(::symlink((scratch / "elsewhere").c_str(), (scratch / "xdg/trio").c_str()), 0);
    const std::string error = open_error({scratch / "xdg", std::nullopt});
    EXPECT_NE(error.find("'" + scratch / "xdg/trio" + "' is a symbolic link"), std::string::npos)
        << error;
}

TEST(StateDir, RefusesAFileWhereTheDirectoryShouldBe) {
    ScratchDir scratch;
    ASSERT_EQ(::mkdir((scratch / "xdg").c_str(), 0700), 0);
    testing::write_file(scratch / "xdg/trio", "");
    EXPECT_NE(open_error({scratch / "xdg", std::nullopt}).find("is not a directory"),
              std::string::npos);
}

TEST(StateDir, RefusesADirectoryWritableByOthers) {
    ScratchDir scratch;
    const std::string path = StateDir::open({scratch / "xdg", std::nullopt}).path();
    ASSERT_EQ(::chmod(path.c_str(), 0770), 0);
    const std::string error = open_error({scratch / "xdg", std::nullopt});
    EXPECT_NE(error.find("is writable by others (mode 0770)"), std::string::npos) << error;
}

TEST(StateDir, RefusesADirectoryOwnedBySomeoneElse) {
    if (::geteuid() != 0) {
        GTEST_SKIP() << "needs root to give a directory away";
    }
    ScratchDir scratch;
    const std::string path = StateDir::open({scratch / "xdg", std::nullopt}).path();
    ASSERT_EQ(::chown(path.c_str(), testing::nobody, testing::nobody), 0);
    const std::string error = open_error({scratch / "xdg", std::nullopt});
    EXPECT_NE(error.find("state directory '" + path + "' is owned by uid 65534, not you (uid 0)"),
              std::string::npos)
        << error;
}

TEST(StateDir, PutsJournalAndLockOfAFileInsideIt) {
    ScratchDir scratch;
    const StateDir dir = StateDir::open({scratch / "xdg", std::nullopt});
    const std::string journal = dir.journal_path(scratch / "notes.txt");
    const std::string lock = dir.lock_path(scratch / "notes.txt");
    EXPECT_EQ(journal.rfind(dir.path() + "/notes.txt.", 0), 0U) << journal;
    EXPECT_EQ(journal.substr(journal.size() - 8), ".journal");
    EXPECT_EQ(lock.substr(0, lock.size() - 5), journal.substr(0, journal.size() - 8));
    EXPECT_EQ(lock.substr(lock.size() - 5), ".lock");
}

} // namespace
} // namespace trio::state
