// The command line of both executables, run without a terminal: --help, --version and usage
// errors are answered on stdout/stderr before any screen. (A FILE that cannot be opened is
// said inside the editor, as nano does: cases/files/.)
#include "tests/e2e/harness/run_command.hpp"
#include "tests/e2e/harness/temp_dir.hpp"

#include <filesystem>
#include <gtest/gtest.h>
#include <string>

namespace trio::e2e {
namespace {

struct Program {
    std::string name;
    std::string path;
    std::string design;
};

class CommandLine : public ::testing::TestWithParam<Program> {
protected:
    CommandResult run(std::vector<std::string> args) {
        args.insert(args.begin(), GetParam().path);
        return run_command(args, m_dir.path(), {});
    }
    TempDir m_dir{"trio-cli"};
};

TEST_P(CommandLine, HelpDescribesUsageKeysAndTheDesign) {
    const CommandResult result = run({"--help"});
    EXPECT_EQ(result.status, 0);
    const std::string usage = "Usage: " + GetParam().name + " [OPTIONS] [+LINE[:COL]] [FILE]...";
    EXPECT_NE(result.output.find(usage), std::string::npos) << result.output;
    EXPECT_NE(result.output.find("Ctrl-S"), std::string::npos);
    EXPECT_NE(result.output.find(GetParam().design), std::string::npos);
}

TEST_P(CommandLine, VersionNamesTheProgramAndDesign) {
    const CommandResult result = run({"--version"});
    EXPECT_EQ(result.status, 0);
    EXPECT_EQ(result.output.rfind(GetParam().name + " ", 0), 0u) << result.output;
    EXPECT_NE(result.output.find("(" + GetParam().design + ")"), std::string::npos);
}

TEST_P(CommandLine, UnknownOptionOrBadValueIsAUsageError) {
    const CommandResult bad = run({"--tab-width=0", "f.txt"});
    EXPECT_EQ(bad.status, 2);
    EXPECT_NE(bad.output.find("--tab-width takes a number from 1 to 16"), std::string::npos)
        << bad.output;
    const CommandResult unknown = run({"--frobnicate", "f.txt"});
    EXPECT_EQ(unknown.status, 2);
    EXPECT_NE(unknown.output.find("unknown option '--frobnicate'"), std::string::npos);
}

TEST_P(CommandLine, WithoutATerminalItRefusesAndCreatesNothing) {
    const CommandResult result = run({"new.txt"});
    EXPECT_EQ(result.status, 1);
    EXPECT_NE(result.output.find("must be a terminal"), std::string::npos) << result.output;
    EXPECT_FALSE(std::filesystem::exists(m_dir.path() / "new.txt"));
}

INSTANTIATE_TEST_SUITE_P(Executables, CommandLine,
                         ::testing::Values(Program{"trio", TRIO_E2E_TRIO, "threads"},
                                           Program{"trio-proc", TRIO_E2E_TRIO_PROC, "processes"}),
                         [](const ::testing::TestParamInfo<Program>& param) {
                             return param.param.name == "trio" ? std::string("trio")
                                                               : std::string("trio_proc");
                         });

} // namespace
} // namespace trio::e2e
