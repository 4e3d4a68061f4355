// What the status bar says about the journal: "journaled" once the journal holds every edit;
// "journal failed" when a symlink planted at the journal's path is refused (never followed),
// while editing and saving go on and the symlink's target is untouched. Against trio and
// trio-proc. Runs in the test process.
#include "tests/recovery/recovery_scenario.hpp"

#include <filesystem>

namespace trio::recovery {
namespace {

const std::string original = "linked\n";
const std::string target_text = "the symlink's target must stay as it is\n";

class JournalStatus : public BothEditors {};

TEST_P(JournalStatus, SaysJournaledOnceTheJournalHoldsEveryEdit) {
    EditorWorkspace workspace("file.txt", original);
    EditorRun run(workspace, editor());
    ASSERT_TRUE(run.wait_until_ready()) << run.describe();
    run.type("new ");
    ASSERT_TRUE(wait_until_journaled(run, workspace, original, "new linked\n"));
    const auto journaled = run.expect_row_contains(status_row, "[+] journaled");
    EXPECT_TRUE(journaled.matched) << journaled.message;
    run.type("<c-q>");
    const auto prompt = run.expect_row_contains(message_row, "Save modified buffer?");
    ASSERT_TRUE(prompt.matched) << prompt.message;
    run.type("n");
    expect_clean_exit(run);
}

TEST_P(JournalStatus, PlantedSymlinkIsRefusedAndSavingStillWorks) {
    EditorWorkspace workspace("file.txt", original);
    workspace.make_state_dir();
    const auto target = workspace.dir() / "target.txt";
    EditorWorkspace::write(target, target_text);
    std::filesystem::create_symlink(target, workspace.journal_path());

    EditorRun run(workspace, editor());
    ASSERT_TRUE(run.wait_until_ready()) << run.describe();
    // One key first: the failure's message lasts until the next key (as every message does),
    // so it is only sure to be seen when nothing is typed after the edit that failed.
    run.type("n");
    const auto failed = run.expect_row_contains(status_row, "journal failed");
    EXPECT_TRUE(failed.matched) << failed.message;
    const auto reason = run.expect_row_contains(message_row, "journal");
    EXPECT_TRUE(reason.matched) << "the message row does not say what failed\n" << reason.message;
    run.type("ew ");
    const auto typed = run.expect_row(0, "new linked");
    ASSERT_TRUE(typed.matched) << typed.message;
    EXPECT_TRUE(shows(run, status_row, "journal failed"));
    EXPECT_EQ(EditorWorkspace::read(target), target_text);

    run.type("<c-s>");
    const auto wrote = run.expect_row_contains(message_row, "Wrote");
    ASSERT_TRUE(wrote.matched) << wrote.message;
    EXPECT_EQ(EditorWorkspace::read(workspace.file()), "new linked\n");
    // A second save: the journal is tried afresh after a save, and must fail the same way.
    run.type("more <c-s>");
    EXPECT_TRUE(run.wait_until([&] {
        return EditorWorkspace::read(workspace.file()) == "new more linked\n";
    })) << run.describe();
    run.type("<c-q>");
    expect_clean_exit(run);
    EXPECT_EQ(EditorWorkspace::read(workspace.file()), "new more linked\n");
    EXPECT_EQ(EditorWorkspace::read(target), target_text) << "the journal followed the symlink";
    EXPECT_TRUE(std::filesystem::is_regular_file(std::filesystem::symlink_status(target)));
}

INSTANTIATE_TEST_SUITE_P(Recovery, JournalStatus, ::testing::ValuesIn(both_editors()), editor_name);

} // namespace
} // namespace trio::recovery
