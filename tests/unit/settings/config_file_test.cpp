// Finding and reading the config file: XDG and HOME, a missing file, and files that cannot be
// read. Tests for the launcher's config loading.
#include "editor/settings/config_file.hpp"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

namespace trio::settings {
namespace {

namespace fs = std::filesystem;

class ConfigFile : public ::testing::Test {
protected:
    ConfigFile() {
        std::string pattern = (fs::temp_directory_path() / "trio-config-XXXXXX").string();
        m_dir = ::mkdtemp(pattern.data());
    }
    ~ConfigFile() override {
        std::error_code ignored;
        fs::permissions(m_dir / "config", fs::perms::owner_all, ignored);
        fs::remove_all(m_dir, ignored);
    }
    ConfigLocation location() const {
        return {(m_dir / "config").string(), "~/.config/trio/config"};
    }
    void write(const std::string& text) const {
        std::ofstream(m_dir / "config", std::ios::binary) << text;
    }
    fs::path m_dir;
};

TEST(ConfigLocation, XdgConfigHomeWinsWhenAbsolute) {
    const auto at = config_location({"/x/cfg", "/home/ann"});
    ASSERT_TRUE(at);
    EXPECT_EQ(at->path, "/x/cfg/trio/config");
    EXPECT_EQ(at->shown_name, "/x/cfg/trio/config");
}

TEST(ConfigLocation, HomeIsUsedWithoutXdgAndShownAsTilde) {
    for (const auto& xdg : {std::optional<std::string>{}, std::optional<std::string>{"rel"},
                            std::optional<std::string>{""}}) {
        const auto at = config_location({xdg, "/home/ann"});
        ASSERT_TRUE(at);
        EXPECT_EQ(at->path, "/home/ann/.config/trio/config");
        EXPECT_EQ(at->shown_name, "~/.config/trio/config");
    }
    EXPECT_EQ(config_location({"/home/ann/cfg", "/home/ann/"})->shown_name, "~/cfg/trio/config");
}

TEST(ConfigLocation, NeitherVariableMeansNoConfig) {
    EXPECT_FALSE(config_location({std::nullopt, std::nullopt}));
}

TEST_F(ConfigFile, AMissingFileSetsNothingSilently) {
    const ConfigValues config = load_config(location());
    EXPECT_TRUE(config.problems.empty());
    EXPECT_FALSE(config.values.tab_width);
    EXPECT_TRUE(load_config({(m_dir / "no/such/config").string(), "x"}).problems.empty());
}

TEST_F(ConfigFile, TheFileIsParsedAndProblemsNameItsShownName) {
    write("tab_width = 3\nwrap = on\n");
    const ConfigValues config = load_config(location());
    EXPECT_EQ(config.values.tab_width, 3);
    ASSERT_EQ(config.problems.size(), 1u);
    EXPECT_EQ(config.problems[0], "~/.config/trio/config line 2: unknown setting 'wrap'");
}

TEST_F(ConfigFile, ADirectoryIsReported) {
    fs::create_directory(m_dir / "config");
    const ConfigValues config = load_config(location());
    ASSERT_EQ(config.problems.size(), 1u);
    EXPECT_EQ(config.problems[0], "~/.config/trio/config: is a directory, not a config file");
}

TEST_F(ConfigFile, AFifoIsReportedWithoutWaitingForAWriter) {
    ASSERT_EQ(::mkfifo((m_dir / "config").c_str(), 0600), 0);
    const ConfigValues config = load_config(location());
    ASSERT_EQ(config.problems.size(), 1u);
    EXPECT_EQ(config.problems[0], "~/.config/trio/config: is not a regular file");
}

TEST_F(ConfigFile, AnUnreadableFileIsReported) {
    if (::geteuid() == 0) {
        GTEST_SKIP() << "root reads any file";
    }
    write("tab_width = 3\n");
    fs::permissions(m_dir / "config", fs::perms::none);
    const ConfigValues config = load_config(location());
    ASSERT_EQ(config.problems.size(), 1u);
    EXPECT_EQ(config.problems[0], "~/.config/trio/config: cannot read: Permission denied");
    EXPECT_FALSE(config.values.tab_width);
}

TEST_F(ConfigFile, AHugeFileIsNotRead) {
    write(std::string(max_config_bytes + 1, '#'));
    const ConfigValues config = load_config(location());
    ASSERT_EQ(config.problems.size(), 1u);
    EXPECT_EQ(config.problems[0], "~/.config/trio/config: is larger than 64 KiB: not read");
}

} // namespace
} // namespace trio::settings
