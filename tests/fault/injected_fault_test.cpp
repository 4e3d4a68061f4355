// TRIO_FAULT=<component>:<n> makes a component throw at its n-th message, the way a bug would.
// In trio (threads) that ends the editor: status 1, the terminal restored, the component and
// the fault named on stderr, the journal flushed for `--recover`. In trio-proc the child exits
// with status 70 and is replaced (the fault fires once per session), and editing goes on.
// Runs in the test process.
#include "tests/fault/fault_checks.hpp"
#include "tests/fault/trio_proc_fixture.hpp"

namespace trio::fault {
namespace {

// Types `letters` one at a time at the start of the file, each once the previous one is shown,
// until the screen stops following (the editor ended). `typed`: keys written; `shown`: keys
// seen on the screen.
void type_until_the_screen_stops(FaultSession& session, const std::string& letters,
                                 std::size_t& typed, std::size_t& shown) {
    for (typed = 0, shown = 0; typed < letters.size();) {
        session.send(letters.substr(typed, 1));
        ++typed;
        const auto row = letters.substr(0, typed) + "first line";
        if (!session.wait_until([&] { return session.row(0) == row; })) {
            return;
        }
        shown = typed;
    }
}

class Threads : public ::testing::Test {
protected:
    void SetUp() override {
        if (trio_threads().path.empty()) {
            GTEST_SKIP() << "trio is not built by this CMake tree";
        }
    }

    // The editor has ended after the injected fault in `component`.
    void expect_ended_by_fault(FaultSession& session, const std::string& component) {
        const auto status = session.wait_exit();
        ASSERT_TRUE(status) << "the editor did not end after the fault\n" << session.describe();
        EXPECT_EQ(*status, (e2e::ExitStatus{1, 0})) << status->to_string() << "\n"
                                                    << session.describe();
        expect_terminal_restored(session);
        expect_nothing_left(session);
        EXPECT_TRUE(printed_line_with(session, component, "injected fault"))
            << "stderr does not name " << component << " and the fault\n"
            << session.describe();
        EXPECT_EQ(session.file_on_disk(), original_text);
    }
};

TEST_F(Threads, RenderExceptionEndsTheEditorAndTheTypedTextIsRecovered) {
    FaultSession session(trio_threads(), {std::string(original_text), {"TRIO_FAULT=render:6"}});
    ASSERT_TRUE(session.wait_until_ready()) << session.describe();
    const std::string letters = "abcdefghijklmnop";
    std::size_t typed = 0;
    std::size_t shown = 0;
    type_until_the_screen_stops(session, letters, typed, shown);
    ASSERT_LT(shown, letters.size()) << "the sixth view drawn did not end the editor\n"
                                     << session.describe();
    ASSERT_NO_FATAL_FAILURE(expect_ended_by_fault(session, "render"));

    // Input applied every key shown; the last one typed may have come after it stopped.
    const auto recovered = recover_to_stdout(session);
    EXPECT_EQ(recovered.status, 0) << recovery::describe(recovered);
    const auto after = [&](std::size_t keys) {
        return letters.substr(0, keys) + std::string(original_text);
    };
    EXPECT_TRUE(recovered.out == after(shown) || recovered.out == after(typed))
        << "recovered \"" << recovered.out << "\"; expected \"" << after(shown) << "\" or \""
        << after(typed) << "\"";
}

TEST_F(Threads, AutosaveExceptionEndsTheEditorAndWhatItAppliedIsRecovered) {
    FaultSession session(trio_threads(), {std::string(original_text), {"TRIO_FAULT=autosave:4"}});
    ASSERT_TRUE(session.wait_until_ready()) << session.describe();
    session.send("abcdef"); // one edit message per key; the fourth one throws
    ASSERT_NO_FATAL_FAILURE(expect_ended_by_fault(session, "autosave"));

    const auto recovered = recover_to_stdout(session);
    EXPECT_EQ(recovered.status, 0) << recovery::describe(recovered);
    EXPECT_EQ(recovered.out, "abc" + std::string(original_text));
}

// trio-proc with the fault planned for one component, from SetUp on.
class RenderFaultAtFirstView : public TrioProc {
public:
    RenderFaultAtFirstView() { m_env_overrides = {"TRIO_FAULT=render:1"}; }
};

TEST_F(RenderFaultAtFirstView, RenderIsReplacedAndEditingGoesOn) {
    ASSERT_TRUE(session().wait_until_ready()) << session().describe();
    const auto said =
        session().expect_row(message_row, restart_message("render", "exited with status 70", 1));
    EXPECT_TRUE(said.matched) << said.message;
    ASSERT_NO_FATAL_FAILURE(find_children());
    ASSERT_NO_FATAL_FAILURE(type_and_expect("more ", "more " + m_text));
    ASSERT_NO_FATAL_FAILURE(save_and_expect_written());
    ASSERT_NO_FATAL_FAILURE(quit_and_expect_clean_exit());
    // The child that died at its first view was never seen by the test: any pid.
    expect_restart_reported("render", 0, "exited with status 70");
}

class AutosaveFaultAtSixthEdit : public TrioProc {
public:
    AutosaveFaultAtSixthEdit() { m_env_overrides = {"TRIO_FAULT=autosave:6"}; }
};

TEST_F(AutosaveFaultAtSixthEdit, NewAutosaveJournalsEverythingAndSaves) {
    ASSERT_NO_FATAL_FAILURE(find_children());
    ASSERT_TRUE(session().wait_until_ready()) << session().describe();
    const pid_t failed = child("trio-autosave");
    session().send("abcdef"); // one edit message per key: the old autosave dies at 'f'
    m_text = "abcdef" + m_text;
    ASSERT_NO_FATAL_FAILURE(expect_text_shown());
    ASSERT_NO_FATAL_FAILURE(expect_replaced("trio-autosave"));
    const auto said =
        session().expect_row(message_row, restart_message("autosave", "exited with status 70", 1));
    EXPECT_TRUE(said.matched) << said.message;
    // The old journal lacks 'f'; the new autosave rewrote it from input's document.
    recovery::ProgramResult recovered;
    const bool journaled = session().wait_until([&] {
        recovered = recover_to_stdout(session());
        return recovered.out == m_text;
    });
    EXPECT_TRUE(journaled) << "the journal never held the six keys: "
                           << recovery::describe(recovered) << "\nstdout: " << recovered.out;
    ASSERT_NO_FATAL_FAILURE(save_and_expect_written());
    ASSERT_NO_FATAL_FAILURE(quit_and_expect_clean_exit());
    expect_restart_reported("autosave", failed, "exited with status 70");
}

class AutosaveFaultAtASave : public TrioProc {
public:
    AutosaveFaultAtASave() { m_env_overrides = {"TRIO_FAULT=autosave:7"}; }
};

TEST_F(AutosaveFaultAtASave, SaveIsDoneByTheNewAutosave) {
    ASSERT_NO_FATAL_FAILURE(find_children());
    ASSERT_TRUE(session().wait_until_ready()) << session().describe();
    const pid_t failed = child("trio-autosave");
    ASSERT_NO_FATAL_FAILURE(type_and_expect("abcdef", "abcdef" + m_text));
    // The seventh message is the save request: the old autosave dies with it unanswered.
    ASSERT_NO_FATAL_FAILURE(save_and_expect_written());
    ASSERT_NO_FATAL_FAILURE(expect_replaced("trio-autosave"));
    ASSERT_NO_FATAL_FAILURE(quit_and_expect_clean_exit());
    expect_restart_reported("autosave", failed, "exited with status 70");
}

} // namespace
} // namespace trio::fault
