// A save that fails (the file's directory made read-only after the file was opened) is
// reported, leaves the file untouched and the journal intact: after kill -9 `--recover` still
// returns the text. Against trio and trio-proc. Runs in the test process.
#include "tests/recovery/recovery_scenario.hpp"

#include <filesystem>

namespace trio::recovery {
namespace {

namespace fs = std::filesystem;

const std::string original = "original\n";
const std::string typed_text = "typed original\n";

class SaveFailure : public BothEditors {};

TEST_P(SaveFailure, ReadOnlyDirectoryKeepsTheFileAndTheJournal) {
    // As root, the editor runs as nobody (root ignores permissions) and owns ro/ until chmod.
    EditorWorkspace workspace("ro/file.txt", original, RunAs::Nobody);
    EditorRun run(workspace, editor());
    ASSERT_TRUE(run.wait_until_ready()) << run.describe();
    fs::permissions(workspace.dir() / "ro", fs::perms::owner_read | fs::perms::owner_exec |
                                                fs::perms::group_read | fs::perms::group_exec |
                                                fs::perms::others_read | fs::perms::others_exec);

    run.type("typed <c-s>");
    const auto error = run.expect_row_contains(message_row, "Permission denied");
    ASSERT_TRUE(error.matched) << error.message;
    EXPECT_TRUE(shows(run, status_row, "[+]"));
    EXPECT_EQ(run.row(0), first_line(typed_text)) << run.describe();
    EXPECT_EQ(EditorWorkspace::read(workspace.file()), original);
    ASSERT_TRUE(wait_until_journaled(run, workspace, original, typed_text));

    ASSERT_EQ(run.kill_group(), "") << run.describe();
    EXPECT_EQ(run.leftovers(), "");
    EXPECT_EQ(EditorWorkspace::read(workspace.file()), original);
    // OUT in HOME: the editor's user can write there, not in the test's directory.
    const auto out = workspace.home() / "recovered.txt";
    const auto result = recover(workspace, editor(), out.string());
    EXPECT_EQ(result.status, 0) << describe(result);
    EXPECT_EQ(EditorWorkspace::read(out), typed_text);
}

INSTANTIATE_TEST_SUITE_P(Recovery, SaveFailure, ::testing::ValuesIn(both_editors()), editor_name);

} // namespace
} // namespace trio::recovery
