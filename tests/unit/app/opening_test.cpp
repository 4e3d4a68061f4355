// What a session opens: FILEs that cannot be edited are skipped with a note (as in nano),
// settings come from the config file then the flags, unwritable files open read-only.
// Tests for the launcher's plan_opening.
#include "editor/app/opening.hpp"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

namespace trio::app {
namespace {

namespace fs = std::filesystem;

class PlanOpening : public ::testing::Test {
protected:
    PlanOpening() {
        std::string pattern = (fs::temp_directory_path() / "trio-opening-XXXXXX").string();
        m_dir = ::mkdtemp(pattern.data());
        m_env.xdg_config_home = (m_dir / "cfg").string();
    }
    ~PlanOpening() override {
        std::error_code ignored;
        fs::permissions(m_dir, fs::perms::owner_all, ignored);
        fs::remove_all(m_dir, ignored);
    }
    std::string path(const char* name) const { return (m_dir / name).string(); }
    void write(const char* name, const std::string& text) const {
        std::ofstream(m_dir / name, std::ios::binary) << text;
    }
    void write_config(const std::string& text) const {
        fs::create_directories(m_dir / "cfg/trio");
        std::ofstream(m_dir / "cfg/trio/config", std::ios::binary) << text;
    }
    Opening open(const std::vector<std::string>& args) const {
        const CliResult cli = parse_command_line(args);
        EXPECT_EQ(cli.action, CliAction::Run) << cli.error;
        return plan_opening(cli.options, m_env);
    }
    fs::path m_dir;
    settings::ConfigEnvironment m_env;
};

TEST_F(PlanOpening, TheFirstFileIsLoadedAndTheOthersComeLater) {
    write("a.txt", "alpha\n");
    const Opening opening = open({path("a.txt"), "+4:2", path("b.txt"), path("c.txt")});
    EXPECT_EQ(opening.path, path("a.txt"));
    EXPECT_EQ(opening.file.bytes, "alpha\n");
    EXPECT_FALSE(opening.read_only);
    EXPECT_TRUE(opening.notes.empty());
    ASSERT_EQ(opening.later.size(), 2u);
    EXPECT_EQ(opening.later[0].path, path("b.txt"));
    EXPECT_EQ(opening.later[0].start, (StartPosition{4, 2}));
    EXPECT_EQ(opening.later[1].path, path("c.txt"));
}

TEST_F(PlanOpening, ADirectoryOrDeviceIsSkippedWithANoteAndTheNextFileOpens) {
    fs::create_directory(m_dir / "dir");
    write("b.txt", "beta\n");
    const Opening opening = open({path("dir"), "/dev/null", "+2", path("b.txt")});
    EXPECT_EQ(opening.path, path("b.txt"));
    EXPECT_EQ(opening.start, (StartPosition{2, 1}));
    EXPECT_EQ(opening.file.bytes, "beta\n");
    ASSERT_EQ(opening.notes.size(), 2u);
    EXPECT_EQ(opening.notes[0], "'" + path("dir") + "' is a directory");
    EXPECT_EQ(opening.notes[1], "'/dev/null' is not a regular file (a character device)");
    EXPECT_EQ(joined_notes(opening.notes), opening.notes[0] + "; " + opening.notes[1]);
}

TEST_F(PlanOpening, WhenNothingCanBeOpenedTheSessionIsANewUnnamedBuffer) {
    fs::create_directory(m_dir / "dir");
    const Opening opening = open({path("dir")});
    EXPECT_EQ(opening.path, "");
    EXPECT_FALSE(opening.file.exists);
    EXPECT_EQ(opening.notes.size(), 1u);
    const Opening none = open({});
    EXPECT_EQ(none.path, "");
    EXPECT_TRUE(none.notes.empty());
}

TEST_F(PlanOpening, AMissingFileIsANewFileNotANote) {
    const Opening opening = open({path("new.txt")});
    EXPECT_EQ(opening.path, path("new.txt"));
    EXPECT_FALSE(opening.file.exists);
    EXPECT_FALSE(opening.read_only);
    EXPECT_TRUE(opening.notes.empty());
}

TEST_F(PlanOpening, AFileWithoutWritePermissionOpensReadOnly) {
    if (::geteuid() == 0) {
        GTEST_SKIP() << "root may write any file (the e2e case runs it as nobody)";
    }
    write("ro.txt", "x\n");
    fs::permissions(m_dir / "ro.txt", fs::perms::owner_read);
    const Opening opening = open({path("ro.txt")});
    EXPECT_TRUE(opening.read_only);
    EXPECT_EQ(opening.notes, std::vector<std::string>{std::string(no_write_permission_note)});
    // -R says nothing more: the user asked for it.
    EXPECT_TRUE(open({"-R", path("ro.txt")}).notes.empty());
}

TEST_F(PlanOpening, AWritableFileInAnUnwritableDirectoryOpensReadOnly) {
    if (::geteuid() == 0) {
        GTEST_SKIP() << "root may write any directory";
    }
    write("w.txt", "x\n");
    fs::permissions(m_dir, fs::perms::owner_read | fs::perms::owner_exec);
    const Opening opening = open({path("w.txt")});
    EXPECT_TRUE(opening.read_only);
    EXPECT_EQ(opening.notes, std::vector<std::string>{std::string(unwritable_directory_note)});
}

TEST_F(PlanOpening, SettingsComeFromTheConfigThenTheFlags) {
    write_config("tab_width = 4\nline_numbers = on\nsoft_wrap = on\n");
    const Opening opening = open({"--no-line-numbers", "--colours", path("a.txt")});
    EXPECT_EQ(opening.settings.tab_width, 4);
    EXPECT_FALSE(opening.settings.line_numbers);
    EXPECT_TRUE(opening.settings.soft_wrap);
    EXPECT_TRUE(opening.settings.colours);
    EXPECT_TRUE(opening.notes.empty());
}

TEST_F(PlanOpening, ConfigProblemsBecomeNotesAndTheRestOfTheFileApplies) {
    write_config("tabwidth = 4\nspaces_for_tabs = yes\n");
    const Opening opening = open({path("a.txt")});
    EXPECT_TRUE(opening.settings.spaces_for_tabs);
    EXPECT_EQ(opening.settings.tab_width, 8);
    const std::string problem =
        (m_dir / "cfg/trio/config").string() + " line 1: unknown setting 'tabwidth'";
    EXPECT_EQ(opening.config_problems, std::vector<std::string>{problem});
    EXPECT_EQ(opening.notes, std::vector<std::string>{problem});
}

TEST_F(PlanOpening, OnlyTheFirstConfigProblemIsANoteWithTheCountOfTheOthers) {
    write_config("a = 1\nb = 2\nc = 3\n");
    const Opening opening = open({path("a.txt")});
    EXPECT_EQ(opening.config_problems.size(), 3u);
    ASSERT_EQ(opening.notes.size(), 1u);
    EXPECT_EQ(opening.notes[0], opening.config_problems[0] + " (+2 more)");
}

} // namespace
} // namespace trio::app
