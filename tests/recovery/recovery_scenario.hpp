// What the recovery tests share: the fixture that runs each test against trio and trio-proc,
// and the steps most scenarios begin with (type, make sure the journal holds it, kill -9).
// Runs in the test process (GoogleTest assertions).
#pragma once

#include "tests/e2e/harness/built_editors.hpp"
#include "tests/e2e/harness/case_runner.hpp"
#include "tests/recovery/support/editor_run.hpp"
#include "tests/recovery/support/editor_workspace.hpp"
#include "tests/recovery/support/program_run.hpp"

#include <gtest/gtest.h>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace trio::recovery {

// The parameter of every recovery test: the executable under test.
struct EditorParam {
    e2e::Executable executable;
};
// Names the executable in gtest's output instead of dumping the struct's bytes.
void PrintTo(const EditorParam& param, std::ostream* out);

// trio and trio-proc (e2e::built_editors()), for ::testing::ValuesIn.
[[nodiscard]] std::vector<EditorParam> both_editors();
// "trio" / "trio_proc": the instance names of INSTANTIATE_TEST_SUITE_P.
[[nodiscard]] std::string editor_name(const ::testing::TestParamInfo<EditorParam>& info);

// The fixture of every recovery test. Tests of an executable this tree does not build skip.
class BothEditors : public ::testing::TestWithParam<EditorParam> {
protected:
    void SetUp() override;
    [[nodiscard]] const e2e::Executable& editor() const { return GetParam().executable; }
};

// The text the workspace's journal describes, replayed over `original` as recovery would;
// nullopt when there is no journal or its header cannot be read.
[[nodiscard]] std::optional<std::string> journaled_text(const EditorWorkspace& workspace,
                                                        const std::string& original);

// Until the journal replays to `text` (the edits reached the kernel); explains a failure.
[[nodiscard]] ::testing::AssertionResult wait_until_journaled(EditorRun& run,
                                                              const EditorWorkspace& workspace,
                                                              const std::string& original,
                                                              const std::string& text);

// Starts `editor` on the workspace's file (holding `original`), types `keys` (notation), waits
// until row 0 shows the first line of `expected` and the journal holds `expected`, then
// SIGKILLs the editor's process group and checks that nothing of it is left. Use with
// ASSERT_NO_FATAL_FAILURE.
void type_then_kill(const EditorWorkspace& workspace, const e2e::Executable& editor,
                    std::string_view keys, const std::string& original,
                    const std::string& expected);

// Until row `row` contains `text` / reads exactly `text` (trailing blanks ignored). A check of a
// row right after waiting for another one must wait too: the editor's frame may still be
// on its way (ncurses draws top to bottom, so a row below may not be drawn yet).
[[nodiscard]] ::testing::AssertionResult shows(EditorRun& run, int row, std::string_view text);
[[nodiscard]] ::testing::AssertionResult shows_exactly(EditorRun& run, int row,
                                                       std::string_view text);

// `editor --recover FILE -o out` in the workspace, as its editors run.
[[nodiscard]] ProgramResult recover(const EditorWorkspace& workspace, const e2e::Executable& editor,
                                    const std::string& out);

// EXPECTs the editor exited with status 0, restored the terminal and left nothing behind.
void expect_clean_exit(EditorRun& run);

// The first line of `text` (without its '\n').
[[nodiscard]] std::string first_line(const std::string& text);

} // namespace trio::recovery
