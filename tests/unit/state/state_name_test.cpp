// state_name: one name per file however it is reached, distinct names for distinct files,
// and only safe characters.
#include "editor/state/state_name.hpp"
#include "state_test_support.hpp"

#include <gtest/gtest.h>

namespace trio::state {
namespace {

using testing::ScratchDir;

bool only_safe_characters(const std::string& name) {
    return name.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                  "0123456789._-") == std::string::npos;
}

TEST(StateName, IsTheBasenameAndSixteenHexDigitsOfTheResolvedPathHash) {
    ScratchDir scratch;
    testing::write_file(scratch / "notes.txt", "x");
    char resolved[PATH_MAX];
    ASSERT_NE(::realpath((scratch / "notes.txt").c_str(), resolved), nullptr);
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(path_hash(resolved)));
    EXPECT_EQ(state_name(scratch / "notes.txt"), std::string("notes.txt.") + hex);
}

TEST(StateName, HashIsFnv1a64) {
    EXPECT_EQ(path_hash(""), 0xcbf29ce484222325ULL);
    EXPECT_EQ(path_hash("a"), 0xaf63dc4c8601ec8cULL);
    EXPECT_EQ(path_hash("foobar"), 0x85944171f73967e8ULL);
}

TEST(StateName, IsTheSameThroughASymlinkToTheFile) {
    ScratchDir scratch;
    testing::write_file(scratch / "real.txt", "x");
    ASSERT_EQ(::symlink((scratch / "real.txt").c_str(), (scratch / "link.txt").c_str()), 0);
    EXPECT_EQ(state_name(scratch / "link.txt"), state_name(scratch / "real.txt"));
    EXPECT_EQ(state_name(scratch.path() + "/./sub/../real.txt"), state_name(scratch / "real.txt"));
}

TEST(StateName, ForANewFileResolvesTheParentDirectory) {
    ScratchDir scratch;
    ASSERT_EQ(::mkdir((scratch / "real").c_str(), 0700), 0);
    ASSERT_EQ(::symlink((scratch / "real").c_str(), (scratch / "alias").c_str()), 0);
    const std::string name = state_name(scratch / "alias/new.txt");
    EXPECT_EQ(name, state_name(scratch / "real/new.txt"));
    EXPECT_EQ(name.rfind("new.txt.", 0), 0U);
    testing::write_file(scratch / "real/new.txt", "now it exists");
    EXPECT_EQ(state_name(scratch / "alias/new.txt"), name); // stable once created
}

TEST(StateName, ResolvesARelativePathAgainstTheCurrentDirectory) {
    ScratchDir scratch;
    testing::write_file(scratch / "f.txt", "x");
    const std::string absolute = state_name(scratch / "f.txt");
    char cwd[PATH_MAX];
    ASSERT_NE(::getcwd(cwd, sizeof cwd), nullptr);
    ASSERT_EQ(::chdir(scratch.path().c_str()), 0);
    const std::string relative = state_name("f.txt");
    ASSERT_EQ(::chdir(cwd), 0);
    EXPECT_EQ(relative, absolute);
}

TEST(StateName, DiffersForTheSameBasenameInTwoDirectories) {
    ScratchDir scratch;
    EXPECT_NE(state_name(scratch / "a/main.cpp"), state_name(scratch / "b/main.cpp"));
}

TEST(StateName, ReplacesUnsafeCharactersAndNeverStartsWithADot) {
    ScratchDir scratch;
    const std::string odd = state_name(scratch / "a b*中\n.txt");
    EXPECT_TRUE(only_safe_characters(odd)) << odd;
    EXPECT_EQ(odd.rfind("a_b_", 0), 0U) << odd;
    const std::string hidden = state_name(scratch / ".bashrc");
    EXPECT_EQ(hidden.rfind("_bashrc.", 0), 0U) << hidden;
    const std::string longer = state_name(scratch / std::string(200, 'x'));
    EXPECT_EQ(longer.size(), 64U + 1 + 16);
}

} // namespace
} // namespace trio::state
