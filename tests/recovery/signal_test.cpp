// SIGTERM and SIGHUP (system shutdown, terminal closed) to the editor's main process: with
// unsaved changes the journal is flushed and kept and the editor exits cleanly; with none, no
// journal is left. Each against trio and trio-proc. Runs in the test process.
#include "tests/recovery/recovery_scenario.hpp"

#include <csignal>

namespace trio::recovery {
namespace {

const std::string original = "first line\n";
const std::string typed_text = "unsaved first line\n";

class Signals : public BothEditors {
protected:
    // Types into a fresh editor without waiting for the journal (the signal must flush it),
    // sends `sig`, and checks the clean exit and that the journal recovers the typed text.
    void expect_signal_keeps_the_journal(int sig) {
        EditorWorkspace workspace("file.txt", original);
        EditorRun run(workspace, editor());
        ASSERT_TRUE(run.wait_until_ready()) << run.describe();
        run.type("unsaved ");
        const auto typed = run.expect_row(0, first_line(typed_text));
        ASSERT_TRUE(typed.matched) << typed.message;
        run.pty().kill(sig);
        expect_clean_exit(run);
        EXPECT_EQ(EditorWorkspace::read(workspace.file()), original);
        ASSERT_TRUE(EditorWorkspace::exists(workspace.journal_path()))
            << "no journal was kept after " << sigabbrev_np(sig);
        const auto result = recover(workspace, editor(), "out.txt");
        EXPECT_EQ(result.status, 0) << describe(result);
        EXPECT_EQ(EditorWorkspace::read(workspace.dir() / "out.txt"), typed_text);
    }
};

TEST_P(Signals, SigtermWithUnsavedChangesKeepsTheJournal) {
    expect_signal_keeps_the_journal(SIGTERM);
}

TEST_P(Signals, SighupWithUnsavedChangesKeepsTheJournal) {
    expect_signal_keeps_the_journal(SIGHUP);
}

TEST_P(Signals, SigtermAfterASaveLeavesNoJournal) {
    EditorWorkspace workspace("file.txt", original);
    EditorRun run(workspace, editor());
    ASSERT_TRUE(run.wait_until_ready()) << run.describe();
    run.type("unsaved <c-s>");
    const auto wrote = run.expect_row_contains(message_row, "Wrote");
    ASSERT_TRUE(wrote.matched) << wrote.message;
    run.pty().kill(SIGTERM);
    expect_clean_exit(run);
    EXPECT_EQ(EditorWorkspace::read(workspace.file()), typed_text);
    EXPECT_FALSE(EditorWorkspace::exists(workspace.journal_path()))
        << "a journal was left although everything was saved";
    EXPECT_FALSE(EditorWorkspace::exists(workspace.lock_path())) << "the lock was left";
}

TEST_P(Signals, SigtermWithoutEditsLeavesNoJournal) {
    EditorWorkspace workspace("file.txt", original);
    EditorRun run(workspace, editor());
    ASSERT_TRUE(run.wait_until_ready()) << run.describe();
    run.pty().kill(SIGTERM);
    expect_clean_exit(run);
    EXPECT_EQ(EditorWorkspace::read(workspace.file()), original);
    EXPECT_FALSE(EditorWorkspace::exists(workspace.journal_path()))
        << "a journal was left although nothing was edited";
    EXPECT_FALSE(EditorWorkspace::exists(workspace.lock_path())) << "the lock was left";
}

INSTANTIATE_TEST_SUITE_P(Recovery, Signals, ::testing::ValuesIn(both_editors()), editor_name);

} // namespace
} // namespace trio::recovery
