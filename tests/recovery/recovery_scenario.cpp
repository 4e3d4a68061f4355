// The recovery tests' shared fixture and steps. Runs in the test process.
#include "tests/recovery/recovery_scenario.hpp"

#include "editor/journal/journal_reader.hpp"
#include "editor/journal/journal_replay.hpp"

namespace trio::recovery {

void BothEditors::SetUp() {
    if (editor().path.empty()) {
        GTEST_SKIP() << editor().name << " is not built by this CMake tree";
    }
}

void PrintTo(const EditorParam& param, std::ostream* out) {
    *out << param.executable.name;
}

std::vector<EditorParam> both_editors() {
    std::vector<EditorParam> editors;
    for (auto& executable : e2e::built_editors()) {
        editors.push_back({std::move(executable)});
    }
    return editors;
}

std::string editor_name(const ::testing::TestParamInfo<EditorParam>& info) {
    return info.param.executable.name == "trio" ? "trio" : "trio_proc";
}

std::optional<std::string> journaled_text(const EditorWorkspace& workspace,
                                          const std::string& original) {
    const auto bytes = EditorWorkspace::read(workspace.journal_path());
    if (!bytes) {
        return std::nullopt;
    }
    const auto contents = journal::read_journal(*bytes);
    if (!contents.header) {
        return std::nullopt;
    }
    return journal::replay(original, contents).text;
}

::testing::AssertionResult wait_until_journaled(EditorRun& run, const EditorWorkspace& workspace,
                                                const std::string& original,
                                                const std::string& text) {
    if (run.wait_until([&] { return journaled_text(workspace, original) == text; })) {
        return ::testing::AssertionSuccess();
    }
    return ::testing::AssertionFailure()
           << "the journal " << workspace.journal_path() << " never held " << shown(text)
           << "; it replays to " << shown(journaled_text(workspace, original)) << "\n"
           << run.describe();
}

void type_then_kill(const EditorWorkspace& workspace, const e2e::Executable& editor,
                    std::string_view keys, const std::string& original,
                    const std::string& expected) {
    EditorRun run(workspace, editor);
    ASSERT_TRUE(run.wait_until_ready()) << run.describe();
    run.type(keys);
    const auto typed = run.expect_row(0, first_line(expected));
    ASSERT_TRUE(typed.matched) << typed.message;
    ASSERT_TRUE(wait_until_journaled(run, workspace, original, expected));
    const auto problems = run.kill_group();
    ASSERT_EQ(problems, "") << run.describe();
    EXPECT_EQ(run.leftovers(), "");
}

::testing::AssertionResult shows(EditorRun& run, int row, std::string_view text) {
    const auto result = run.expect_row_contains(row, text);
    if (result.matched) {
        return ::testing::AssertionSuccess();
    }
    return ::testing::AssertionFailure() << result.message;
}

::testing::AssertionResult shows_exactly(EditorRun& run, int row, std::string_view text) {
    const auto result = run.expect_row(row, text);
    if (result.matched) {
        return ::testing::AssertionSuccess();
    }
    return ::testing::AssertionFailure() << result.message;
}

ProgramResult recover(const EditorWorkspace& workspace, const e2e::Executable& editor,
                      const std::string& out) {
    return run_program({editor.path, "--recover", workspace.file_name(), "-o", out},
                       workspace.dir(), workspace.environment(), workspace.user(),
                       e2e::expect_deadline());
}

void expect_clean_exit(EditorRun& run) {
    const auto status = run.wait_exit();
    ASSERT_TRUE(status) << "the editor did not exit\n" << run.describe();
    EXPECT_EQ(*status, (e2e::ExitStatus{0, 0})) << status->to_string() << "\n" << run.describe();
    EXPECT_FALSE(run.pty().input_is_raw()) << "the pty's input was left raw\n" << run.describe();
    EXPECT_FALSE(run.screen().alternate_screen()) << "still on the alternate screen\n"
                                                  << run.describe();
    EXPECT_TRUE(run.screen().cursor_visible()) << "the cursor was left hidden\n" << run.describe();
    EXPECT_EQ(run.leftovers(), "");
}

std::string first_line(const std::string& text) {
    return text.substr(0, text.find('\n'));
}

} // namespace trio::recovery
