// Command-line parsing shared by trio and trio-proc: files, +LINE[:COL], the settings flags.
#include "editor/app/cli.hpp"

#include <gtest/gtest.h>

namespace trio::app {
namespace {

using Paths = std::vector<std::string>;

TEST(CommandLine, FilesAreOpenedInOrder) {
    const CliResult result = parse_command_line({"notes.txt", "b.txt", "c"});
    EXPECT_EQ(result.action, CliAction::Run);
    EXPECT_EQ(result.options.paths, (Paths{"notes.txt", "b.txt", "c"}));
    EXPECT_EQ(result.options.starts, std::vector<StartPosition>(3));
}

TEST(CommandLine, NoFileMeansANewUnnamedBuffer) {
    const CliResult result = parse_command_line({"-R"});
    EXPECT_EQ(result.action, CliAction::Run);
    EXPECT_TRUE(result.options.paths.empty());
    EXPECT_TRUE(result.options.starts.empty());
}

TEST(CommandLine, HelpAndVersionWinOverEverythingElse) {
    EXPECT_EQ(parse_command_line({"a", "--help"}).action, CliAction::ShowHelp);
    EXPECT_EQ(parse_command_line({"-V"}).action, CliAction::ShowVersion);
}

TEST(CommandLine, DoubleDashLetsAFileStartWithADashOrPlus) {
    const CliResult result = parse_command_line({"--", "-odd-name", "+5"});
    EXPECT_EQ(result.action, CliAction::Run);
    EXPECT_EQ(result.options.paths, (Paths{"-odd-name", "+5"}));
}

TEST(CommandLine, PlusLineAndColumnApplyToTheFollowingFile) {
    const CliResult result = parse_command_line({"a", "+12", "b", "+3:7", "c", "d"});
    ASSERT_EQ(result.action, CliAction::Run) << result.error;
    EXPECT_EQ(result.options.paths, (Paths{"a", "b", "c", "d"}));
    EXPECT_EQ(result.options.starts, (std::vector<StartPosition>{{0, 0}, {12, 1}, {3, 7}, {0, 0}}));
}

TEST(CommandLine, PlusZeroIsTheFirstLine) {
    EXPECT_EQ(parse_command_line({"+0", "f"}).options.starts[0], (StartPosition{1, 1}));
}

TEST(CommandLine, ABadOrDanglingPlusIsAUsageError) {
    for (const char* bad : {"+x", "+3:", "+-1", "+1:2:3", "+ 4"}) {
        const CliResult result = parse_command_line({bad, "f"});
        EXPECT_EQ(result.action, CliAction::UsageError) << bad;
        EXPECT_EQ(result.error, "'" + std::string(bad) + "': expected +LINE or +LINE:COLUMN");
    }
    EXPECT_EQ(parse_command_line({"f", "+4"}).error,
              "'+4' must come before the FILE it applies to");
}

TEST(CommandLine, TabWidthHasThreeSpellingsAndIsChecked) {
    EXPECT_EQ(parse_command_line({"--tab-width=4", "f"}).options.settings.tab_width, 4);
    EXPECT_EQ(parse_command_line({"--tab-width", "5", "f"}).options.settings.tab_width, 5);
    EXPECT_EQ(parse_command_line({"-T", "2", "f"}).options.settings.tab_width, 2);
    EXPECT_FALSE(parse_command_line({"f"}).options.settings.tab_width);
    for (const char* bad : {"--tab-width=0", "--tab-width=17", "--tab-width=x", "--tab-width="}) {
        const CliResult result = parse_command_line({bad, "f"});
        EXPECT_EQ(result.action, CliAction::UsageError) << bad;
        EXPECT_EQ(result.error, "--tab-width takes a number from 1 to 16");
    }
    EXPECT_EQ(parse_command_line({"-T", "99", "f"}).error, "-T takes a number from 1 to 16");
    EXPECT_EQ(parse_command_line({"f", "-T"}).error, "-T takes a number from 1 to 16");
}

TEST(CommandLine, EachSettingHasAnOnAndAnOffFlag) {
    const auto parsed = [](const char* flag) {
        return parse_command_line({flag, "f"}).options.settings;
    };
    EXPECT_EQ(parsed("--spaces-for-tabs").spaces_for_tabs, true);
    EXPECT_EQ(parsed("-E").spaces_for_tabs, true);
    EXPECT_EQ(parsed("--tabs").spaces_for_tabs, false);
    EXPECT_EQ(parsed("--line-numbers").line_numbers, true);
    EXPECT_EQ(parsed("-l").line_numbers, true);
    EXPECT_EQ(parsed("--no-line-numbers").line_numbers, false);
    EXPECT_EQ(parsed("--soft-wrap").soft_wrap, true);
    EXPECT_EQ(parsed("--no-soft-wrap").soft_wrap, false);
    EXPECT_EQ(parsed("--colours").colours, true);
    EXPECT_EQ(parsed("--colors").colours, true);
    EXPECT_EQ(parsed("--no-colours").colours, false);
    EXPECT_EQ(parsed("--no-colors").colours, false);
    const settings::SettingOverrides none = parse_command_line({"f"}).options.settings;
    EXPECT_FALSE(none.spaces_for_tabs || none.line_numbers || none.soft_wrap || none.colours);
}

TEST(CommandLine, TheLastOfContradictoryFlagsWins) {
    EXPECT_EQ(parse_command_line({"--soft-wrap", "--no-soft-wrap", "f"}).options.settings.soft_wrap,
              false);
}

TEST(CommandLine, UnknownOptionsAreNamed) {
    EXPECT_EQ(parse_command_line({"-x", "f"}).error, "unknown option '-x'");
}

TEST(CommandLine, HelpListsEveryOptionAndNamesTheDesign) {
    const std::string help = help_text("trio-proc", protocol::Design::Processes);
    EXPECT_NE(help.find("three processes"), std::string::npos);
    for (const char* part :
         {"[+LINE[:COL]] [FILE]...", "--tab-width N", "--spaces-for-tabs", "--tabs",
          "--line-numbers", "--no-line-numbers", "--soft-wrap", "--no-soft-wrap", "--colours",
          "--no-colours", "--colors", "~/.config/trio/config"}) {
        EXPECT_NE(help.find(part), std::string::npos) << part;
    }
    EXPECT_NE(version_text("trio", protocol::Design::Threads).find("(threads)"), std::string::npos);
}

TEST(CommandLine, HelpFitsAnEightyColumnTerminal) {
    const std::string help = help_text("trio-proc", protocol::Design::Processes);
    std::size_t start = 0;
    for (std::size_t end = help.find('\n'); end != std::string::npos;
         start = end + 1, end = help.find('\n', start)) {
        EXPECT_LE(end - start, 80u) << help.substr(start, end - start);
    }
}

} // namespace
} // namespace trio::app
