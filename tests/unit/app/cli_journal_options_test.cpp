// The journal's command-line options: -R, -n and --recover FILE -o OUT, and their usage errors.
// Tests for the launcher's parsing, shared by trio and trio-proc.
#include "editor/app/cli.hpp"

#include <gtest/gtest.h>

namespace trio::app {
namespace {

TEST(CommandLineJournal, ReadOnlyHasAShortAndALongForm) {
    for (const char* flag : {"-R", "--readonly"}) {
        const CliResult result = parse_command_line({flag, "notes.txt"});
        EXPECT_EQ(result.action, CliAction::Run) << flag;
        EXPECT_TRUE(result.options.read_only) << flag;
        EXPECT_FALSE(result.options.no_journal) << flag;
        EXPECT_EQ(result.options.paths, std::vector<std::string>{"notes.txt"});
    }
    EXPECT_FALSE(parse_command_line({"notes.txt"}).options.read_only);
}

TEST(CommandLineJournal, NoJournalHasAShortAndALongForm) {
    for (const char* flag : {"-n", "--no-journal"}) {
        const CliResult result = parse_command_line({"notes.txt", flag});
        EXPECT_EQ(result.action, CliAction::Run) << flag;
        EXPECT_TRUE(result.options.no_journal) << flag;
        EXPECT_FALSE(result.options.read_only) << flag;
    }
    EXPECT_FALSE(parse_command_line({"notes.txt"}).options.no_journal);
}

TEST(CommandLineJournal, RecoverNamesTheFileAndOutput) {
    const CliResult result = parse_command_line({"--recover", "notes.txt", "-o", "out.txt"});
    EXPECT_EQ(result.action, CliAction::Recover);
    EXPECT_EQ(result.options.paths, std::vector<std::string>{"notes.txt"});
    EXPECT_EQ(result.options.recover_to, "out.txt");
}

TEST(CommandLineJournal, RecoverTakesItsPartsInAnyOrderAndDashForStandardOutput) {
    const CliResult result = parse_command_line({"--output", "-", "notes.txt", "--recover"});
    EXPECT_EQ(result.action, CliAction::Recover);
    EXPECT_EQ(result.options.paths, std::vector<std::string>{"notes.txt"});
    EXPECT_EQ(result.options.recover_to, "-");
}

TEST(CommandLineJournal, RecoverWithoutOutputIsAUsageError) {
    const CliResult result = parse_command_line({"--recover", "notes.txt"});
    EXPECT_EQ(result.action, CliAction::UsageError);
    EXPECT_EQ(result.error, "--recover needs -o OUT (a file, or - for standard output)");
}

TEST(CommandLineJournal, OutputWithoutRecoverIsAUsageError) {
    const CliResult result = parse_command_line({"notes.txt", "-o", "out.txt"});
    EXPECT_EQ(result.action, CliAction::UsageError);
    EXPECT_EQ(result.error, "-o is only for --recover");
}

TEST(CommandLineJournal, OutputNeedsAName) {
    EXPECT_EQ(parse_command_line({"--recover", "notes.txt", "-o"}).error,
              "-o needs a file name (or - for standard output)");
    EXPECT_EQ(parse_command_line({"--recover", "notes.txt", "--output", ""}).error,
              "--output needs a file name (or - for standard output)");
}

TEST(CommandLineJournal, RecoverNeedsExactlyOneFile) {
    EXPECT_EQ(parse_command_line({"--recover", "-o", "out.txt"}).error,
              "--recover needs the FILE to recover");
    EXPECT_EQ(parse_command_line({"--recover", "a", "b", "-o", "out.txt"}).error,
              "--recover takes one FILE");
}

TEST(CommandLineJournal, AfterDoubleDashTheOptionsAreFileNames) {
    const CliResult result = parse_command_line({"--", "-R"});
    EXPECT_EQ(result.action, CliAction::Run);
    EXPECT_EQ(result.options.paths, std::vector<std::string>{"-R"});
    EXPECT_FALSE(result.options.read_only);
}

TEST(CommandLineJournal, HelpDescribesTheJournalOptionsAndExitStatuses) {
    const std::string help = help_text("trio", protocol::Design::Threads);
    for (const char* part :
         {"-R, --readonly", "-n, --no-journal", "--recover FILE -o OUT", "0 recovered",
          "3 journal damaged", "4 nothing to recover", "1 error"}) {
        EXPECT_NE(help.find(part), std::string::npos) << part;
    }
}

} // namespace
} // namespace trio::app
