// The recovery question an editor asks when it opens a file whose journal a killed editor left:
// recover, discard, open read-only; a file changed on disk since; a torn journal. Each against
// trio and trio-proc, on the screen and on disk. Runs in the test process.
#include "tests/recovery/recovery_scenario.hpp"

#include <filesystem>
#include <string_view>

namespace trio::recovery {
namespace {

const std::string original = "first line\n";
const std::string typed_text = "unsaved first line\n";

class RecoveryPrompt : public BothEditors {
protected:
    // Leaves a journal of typed_text by killing an editor.
    void SetUp() override {
        BothEditors::SetUp();
        if (IsSkipped()) {
            return;
        }
        ASSERT_NO_FATAL_FAILURE(
            type_then_kill(m_workspace, editor(), "unsaved ", original, typed_text));
    }

    // Opens the file again and waits for the question (a message holding `question`), with
    // the file itself, as on disk, shown under it.
    void open_again(std::string_view question = "Recover") {
        m_run.emplace(m_workspace, editor());
        ASSERT_TRUE(m_run->wait_until_ready()) << m_run->describe();
        const auto asked = m_run->expect_row_contains(message_row, question);
        ASSERT_TRUE(asked.matched) << asked.message;
        EXPECT_EQ(m_run->row(0), first_line(*EditorWorkspace::read(m_workspace.file())))
            << m_run->describe();
    }

    // Until the question has left the message row. Keys are handled in order, so every key
    // typed before the answer has been handled too.
    [[nodiscard]] ::testing::AssertionResult wait_until_answered(std::string_view question) {
        const auto gone = [&] {
            return m_run->row(message_row).find(question) == std::string::npos;
        };
        if (m_run->wait_until(gone)) {
            return ::testing::AssertionSuccess();
        }
        return ::testing::AssertionFailure() << "the question stayed\n" << m_run->describe();
    }

    // The journal is deleted by the component that owns it, possibly after the screen changed.
    [[nodiscard]] ::testing::AssertionResult wait_until_journal_gone() {
        const auto gone = [&] { return !EditorWorkspace::exists(m_workspace.journal_path()); };
        if (m_run->wait_until(gone)) {
            return ::testing::AssertionSuccess();
        }
        return ::testing::AssertionFailure()
               << "the journal " << m_workspace.journal_path() << " is still there\n"
               << m_run->describe();
    }

    EditorWorkspace m_workspace{"file.txt", original};
    std::optional<EditorRun> m_run;
};

TEST_P(RecoveryPrompt, RecoverShowsTheTypedTextAndCtrlSSavesIt) {
    ASSERT_NO_FATAL_FAILURE(open_again());
    auto& run = *m_run;
    EXPECT_TRUE(shows(run, hints_row, "R Recover"));
    EXPECT_TRUE(shows(run, hints_row, "D Discard"));
    EXPECT_TRUE(shows(run, hints_row, "O Open read-only"));

    run.type("r");
    const auto recovered = run.expect_row(0, first_line(typed_text));
    ASSERT_TRUE(recovered.matched) << recovered.message;
    const auto modified = run.expect_row_contains(status_row, "[+]");
    EXPECT_TRUE(modified.matched) << modified.message;
    const auto message = run.expect_row_contains(message_row, "Recovered");
    EXPECT_TRUE(message.matched) << message.message;
    EXPECT_EQ(EditorWorkspace::read(m_workspace.file()), original) << "recovering saved it";

    run.type("<c-s>");
    const auto wrote = run.expect_row_contains(message_row, "Wrote");
    ASSERT_TRUE(wrote.matched) << wrote.message;
    EXPECT_EQ(EditorWorkspace::read(m_workspace.file()), typed_text);
    run.type("<c-q>");
    expect_clean_exit(run);
    EXPECT_FALSE(EditorWorkspace::exists(m_workspace.journal_path()))
        << "the journal is left after a save and a quit";
    EXPECT_FALSE(EditorWorkspace::exists(m_workspace.lock_path())) << "the lock is left";
}

TEST_P(RecoveryPrompt, DiscardShowsTheFileAsOnDiskAndDeletesTheJournal) {
    ASSERT_NO_FATAL_FAILURE(open_again());
    auto& run = *m_run;
    run.type("d");
    ASSERT_TRUE(wait_until_answered("Recover"));
    EXPECT_EQ(run.row(0), first_line(original)) << run.describe();
    EXPECT_EQ(run.row(status_row).find("[+]"), std::string::npos) << run.describe();
    EXPECT_TRUE(wait_until_journal_gone());
    run.type("<c-q>");
    expect_clean_exit(run);
    EXPECT_EQ(EditorWorkspace::read(m_workspace.file()), original);
}

TEST_P(RecoveryPrompt, OpenReadOnlyRefusesEditsAndKeepsTheJournal) {
    ASSERT_NO_FATAL_FAILURE(open_again());
    auto& run = *m_run;
    run.type("o");
    const auto read_only = run.expect_row_contains(status_row, "[read-only]");
    ASSERT_TRUE(read_only.matched) << read_only.message;
    run.type("x");
    const auto refused = run.expect_row_contains(message_row, "Read-only");
    EXPECT_TRUE(refused.matched) << refused.message;
    EXPECT_EQ(run.row(0), first_line(original)) << run.describe();
    EXPECT_EQ(run.row(status_row).find("[+]"), std::string::npos) << run.describe();
    run.type("<c-q>");
    expect_clean_exit(run);
    EXPECT_EQ(EditorWorkspace::read(m_workspace.file()), original);
    EXPECT_TRUE(EditorWorkspace::exists(m_workspace.journal_path()))
        << "the journal is gone after a read-only look";
    const auto again = recover(m_workspace, editor(), "out.txt");
    EXPECT_EQ(again.status, 0) << describe(again);
    EXPECT_EQ(EditorWorkspace::read(m_workspace.dir() / "out.txt"), typed_text);
}

TEST_P(RecoveryPrompt, FileChangedOnDiskSinceIsNeitherRecoveredNorOverwritten) {
    const std::string rewritten = "rewritten by another program\n";
    EditorWorkspace::write(m_workspace.file(), rewritten);
    const auto refused = recover(m_workspace, editor(), "out.txt");
    EXPECT_EQ(refused.status, 1) << describe(refused);
    EXPECT_FALSE(EditorWorkspace::exists(m_workspace.dir() / "out.txt"))
        << "--recover wrote " << shown(EditorWorkspace::read(m_workspace.dir() / "out.txt"));

    ASSERT_NO_FATAL_FAILURE(open_again("changed"));
    auto& run = *m_run;
    const auto hints = run.expect_row_contains(hints_row, "D Discard");
    EXPECT_TRUE(hints.matched) << hints.message;
    EXPECT_EQ(run.row(hints_row).find("R Recover"), std::string::npos) << run.describe();
    // Once d has taken the question away, r has been handled: ignored, we check.
    run.type("r");
    run.type("d");
    ASSERT_TRUE(wait_until_answered("changed"));
    EXPECT_EQ(run.row(0), first_line(rewritten)) << run.describe();
    EXPECT_EQ(run.row(status_row).find("[+]"), std::string::npos) << run.describe();
    EXPECT_TRUE(wait_until_journal_gone());
    run.type("<c-q>");
    expect_clean_exit(run);
    EXPECT_EQ(EditorWorkspace::read(m_workspace.file()), rewritten);
}

TEST_P(RecoveryPrompt, TornJournalRecoversTheReadablePrefix) {
    const auto journal = m_workspace.journal_path();
    std::filesystem::resize_file(journal, std::filesystem::file_size(journal) - 3);

    const auto partial = recover(m_workspace, editor(), "out.txt");
    EXPECT_EQ(partial.status, 3) << describe(partial);
    // One record a key: the torn last record (the final space) is lost, nothing before it.
    const auto out = EditorWorkspace::read(m_workspace.dir() / "out.txt");
    ASSERT_EQ(out, "unsaved" + original);

    ASSERT_NO_FATAL_FAILURE(open_again("damaged"));
    auto& run = *m_run;
    EXPECT_TRUE(shows(run, hints_row, "R Recover"));
    run.type("r");
    const auto recovered = run.expect_row(0, first_line(*out));
    EXPECT_TRUE(recovered.matched) << recovered.message;
    run.type("<c-q>");
    const auto prompt = run.expect_row_contains(message_row, "Save modified buffer?");
    ASSERT_TRUE(prompt.matched) << prompt.message;
    run.type("n");
    expect_clean_exit(run);
    EXPECT_EQ(EditorWorkspace::read(m_workspace.file()), original);
}

INSTANTIATE_TEST_SUITE_P(Recovery, RecoveryPrompt, ::testing::ValuesIn(both_editors()),
                         editor_name);

} // namespace
} // namespace trio::recovery
