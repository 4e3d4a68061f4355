// `trio --recover FILE -o OUT` (no terminal) and the options around the journal: exit statuses
// 0, 4 and 1, the exact bytes after a kill, `-o -`; `-n` writes no journal, `-R` refuses edits.
// Against trio and trio-proc. Runs in the test process.
#include "tests/recovery/recovery_scenario.hpp"

#include <algorithm>

namespace trio::recovery {
namespace {

const std::string original = "line one\nline two\n";

class RecoverCommand : public BothEditors {};

TEST_P(RecoverCommand, WithoutAJournalExits4AndWritesNothing) {
    EditorWorkspace workspace("file.txt", original);
    const auto result = recover(workspace, editor(), "out.txt");
    EXPECT_EQ(result.status, 4) << describe(result);
    EXPECT_FALSE(EditorWorkspace::exists(workspace.dir() / "out.txt"));
    EXPECT_EQ(EditorWorkspace::read(workspace.file()), original);
}

TEST_P(RecoverCommand, AfterAKillWritesExactlyTheTypedBytes) {
    EditorWorkspace workspace("file.txt", original);
    // Enter, Backspace and Delete too: every kind of edit, across lines.
    const std::string expected = "new\ntwo\n one\nline two\n";
    ASSERT_NO_FATAL_FAILURE(type_then_kill(
        workspace, editor(), "new<ret><del><del><del><del>two<ret><bs><ret>", original, expected));
    const auto result = recover(workspace, editor(), "out.txt");
    EXPECT_EQ(result.status, 0) << describe(result);
    EXPECT_EQ(EditorWorkspace::read(workspace.dir() / "out.txt"), expected);
    EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1)
        << "not one line on stderr: " << shown(result.err);
    EXPECT_EQ(EditorWorkspace::read(workspace.file()), original);

    const auto to_stdout = recover(workspace, editor(), "-");
    EXPECT_EQ(to_stdout.status, 0) << describe(to_stdout);
    EXPECT_EQ(to_stdout.out, expected);
}

TEST_P(RecoverCommand, UnwritableOutputExits1) {
    EditorWorkspace workspace("file.txt", original);
    ASSERT_NO_FATAL_FAILURE(type_then_kill(workspace, editor(), "x", original, "x" + original));
    const auto result = recover(workspace, editor(), "no-such-directory/out.txt");
    EXPECT_EQ(result.status, 1) << describe(result);
    EXPECT_FALSE(EditorWorkspace::exists(workspace.dir() / "no-such-directory"));
}

TEST_P(RecoverCommand, QuitWithoutSavingLeavesNothingToRecover) {
    EditorWorkspace workspace("file.txt", original);
    EditorRun run(workspace, editor());
    ASSERT_TRUE(run.wait_until_ready()) << run.describe();
    run.type("dropped ");
    ASSERT_TRUE(wait_until_journaled(run, workspace, original, "dropped " + original));
    run.type("<c-q>");
    const auto prompt = run.expect_row_contains(message_row, "Save modified buffer?");
    ASSERT_TRUE(prompt.matched) << prompt.message;
    run.type("n");
    expect_clean_exit(run);
    EXPECT_FALSE(EditorWorkspace::exists(workspace.journal_path()))
        << "the journal is left after quitting without saving";
    const auto result = recover(workspace, editor(), "out.txt");
    EXPECT_EQ(result.status, 4) << describe(result);
    EXPECT_FALSE(EditorWorkspace::exists(workspace.dir() / "out.txt"));
}

TEST_P(RecoverCommand, NoJournalOptionWritesNoJournal) {
    EditorWorkspace workspace("file.txt", original);
    {
        EditorRun run(workspace, editor(), {"-n"});
        ASSERT_TRUE(run.wait_until_ready()) << run.describe();
        // The save proves every key before it was handled, the journal's work included.
        run.type("unjournaled <c-s>x");
        const auto typed = run.expect_row(0, "unjournaled xline one");
        ASSERT_TRUE(typed.matched) << typed.message;
        EXPECT_TRUE(run.wait_until([&] {
            return EditorWorkspace::read(workspace.file()) == "unjournaled " + original;
        })) << run.describe();
        EXPECT_FALSE(EditorWorkspace::exists(workspace.journal_path())) << "-n wrote a journal";
        ASSERT_EQ(run.kill_group(), "") << run.describe();
    }
    EXPECT_FALSE(EditorWorkspace::exists(workspace.journal_path())) << "-n wrote a journal";
    const auto result = recover(workspace, editor(), "out.txt");
    EXPECT_EQ(result.status, 4) << describe(result);
}

TEST_P(RecoverCommand, ReadOnlyOptionRefusesEveryEdit) {
    EditorWorkspace workspace("file.txt", original);
    EditorRun run(workspace, editor(), {"-R"});
    ASSERT_TRUE(run.wait_until_ready()) << run.describe();
    EXPECT_TRUE(shows(run, status_row, "[read-only]"));
    run.type("x");
    const auto refused = run.expect_row_contains(message_row, "Read-only");
    EXPECT_TRUE(refused.matched) << refused.message;
    EXPECT_EQ(run.row(0), "line one") << run.describe();
    run.type("<c-q>");
    expect_clean_exit(run);
    EXPECT_EQ(EditorWorkspace::read(workspace.file()), original);
    EXPECT_FALSE(EditorWorkspace::exists(workspace.journal_path()));
}

INSTANTIATE_TEST_SUITE_P(Recovery, RecoverCommand, ::testing::ValuesIn(both_editors()),
                         editor_name);

} // namespace
} // namespace trio::recovery
