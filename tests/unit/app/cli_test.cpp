// Command-line parsing shared by trio and trio-proc.
#include "editor/app/cli.hpp"

#include <gtest/gtest.h>

namespace trio::app {
namespace {

TEST(CommandLine, AFileIsRequiredAndOpened) {
    const CliResult result = parse_command_line({"notes.txt"});
    EXPECT_EQ(result.action, CliAction::Run);
    EXPECT_EQ(result.options.path, "notes.txt");
    EXPECT_EQ(parse_command_line({}).action, CliAction::UsageError);
}

TEST(CommandLine, HelpAndVersionWinOverEverythingElse) {
    EXPECT_EQ(parse_command_line({"a", "--help"}).action, CliAction::ShowHelp);
    EXPECT_EQ(parse_command_line({"-V"}).action, CliAction::ShowVersion);
}

TEST(CommandLine, DoubleDashLetsAFileStartWithADash) {
    const CliResult result = parse_command_line({"--", "-odd-name"});
    EXPECT_EQ(result.action, CliAction::Run);
    EXPECT_EQ(result.options.path, "-odd-name");
}

TEST(CommandLine, TabWidthIsCheckedAndApplied) {
    EXPECT_EQ(parse_command_line({"--tab-width=4", "f"}).options.tab_width, 4);
    for (const char* bad : {"--tab-width=0", "--tab-width=17", "--tab-width=x", "--tab-width="}) {
        const CliResult result = parse_command_line({bad, "f"});
        EXPECT_EQ(result.action, CliAction::UsageError) << bad;
        EXPECT_EQ(result.error, "--tab-width takes a number from 1 to 16");
    }
}

TEST(CommandLine, UnknownOptionsAndSecondFilesAreNamed) {
    EXPECT_EQ(parse_command_line({"-x", "f"}).error, "unknown option '-x'");
    EXPECT_EQ(parse_command_line({"a", "b"}).error, "only one FILE can be opened");
}

TEST(CommandLine, HelpAndVersionNameTheDesign) {
    EXPECT_NE(help_text("trio-proc", protocol::Design::Processes).find("three processes"),
              std::string::npos);
    EXPECT_NE(version_text("trio", protocol::Design::Threads).find("(threads)"), std::string::npos);
}

} // namespace
} // namespace trio::app
