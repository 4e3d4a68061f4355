// Self-tests of reading e2e case directories and their small file formats.
#include "tests/e2e/harness/e2e_case.hpp"

#include <gtest/gtest.h>
#include <stdexcept>

namespace trio::e2e {
namespace {

const std::filesystem::path cases = TRIO_E2E_SELFTEST_CASES_DIR;

TEST(E2eCase, ParseScreenReplacesDesignAndRemovesTheBars) {
    EXPECT_EQ(parse_screen("a {design} |\n{design}|\n", "threads  "),
              (std::vector<std::string>{"a threads   ", "threads  "}));
}

TEST(E2eCase, ParseScreenRejectsALineWithoutABar) {
    EXPECT_THROW((void)parse_screen("ok|\ntrailing space lost \n", "x"), std::runtime_error);
}

TEST(E2eCase, KeyFilesMayBeWrapped) {
    EXPECT_EQ(join_key_lines("abc<ret>\ndef\n"), "abc<ret>def");
}

TEST(E2eCase, TestNamesKeepOnlyLettersDigitsAndUnderscores) {
    EXPECT_EQ(test_name_of("regression/12-crash.on-paste"), "regression_12_crash_on_paste");
}

TEST(E2eCase, FindCasesListsEveryDirectoryWithKeys) {
    const auto found = find_cases(cases);
    EXPECT_NE(std::find(found.begin(), found.end(), "typing"), found.end());
    EXPECT_NE(std::find(found.begin(), found.end(), "as-nobody"), found.end());
    EXPECT_TRUE(std::is_sorted(found.begin(), found.end()));
}

TEST(E2eCase, LoadCaseReadsEveryFile) {
    const auto c = load_case(cases, "as-nobody");
    EXPECT_EQ(c.in, "x\n");
    EXPECT_EQ(c.keys, "y<c-s>");
    EXPECT_EQ(c.quit, "<c-q>");
    EXPECT_EQ(c.size, (TerminalSize{4, 40}));
    EXPECT_EQ(c.user, "nobody");
    EXPECT_EQ(c.error, "Permission denied");
    EXPECT_EQ(c.out, "from setup\n");
    EXPECT_TRUE(c.setup && c.enabled);
    EXPECT_EQ(c.file, "file.txt");

    const auto typing = load_case(cases, "typing");
    EXPECT_EQ(typing.keys, " world<ret>second<c-s>");
    EXPECT_EQ(typing.cursor, (CursorPosition{1, 6}));
    EXPECT_EQ(load_case(cases, "exit-status").args, (std::vector<std::string>{"--status", "3"}));
    EXPECT_EQ(load_case(cases, "new-file-wide").file, "notes.txt");
}

} // namespace
} // namespace trio::e2e
