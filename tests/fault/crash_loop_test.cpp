// trio-proc's crash-loop guard: a component that dies less than 1 s after its start five times in
// a row is not started again. Render then ends the editor (status 1, the journal kept);
// without autosave, editing goes on and saving is refused. Each new child is killed as soon as
// it has shown its restart message, milliseconds after its start. Runs in the test process.
#include "tests/fault/fault_checks.hpp"
#include "tests/fault/trio_proc_fixture.hpp"

namespace trio::fault {
namespace {

// The first child was started with the editor and has run a little: its death counts as quick
// or not, so the guard gives up after the fifth kill or the sixth.
constexpr unsigned guard_kills = 5;
constexpr unsigned max_kills = guard_kills + 1;

class CrashLoop : public TrioProc {
protected:
    // Starts the editor and types something to keep. Use with ASSERT_NO_FATAL_FAILURE.
    void start_and_type() {
        ASSERT_NO_FATAL_FAILURE(find_children());
        ASSERT_TRUE(session().wait_until_ready()) << session().describe();
        ASSERT_NO_FATAL_FAILURE(type_and_expect("typed ", "typed " + m_text));
        // The whole frame, down to the message row the key cleared: kill_until_given_up()
        // reads that row.
        const auto cleared = session().expect_row(message_row, "");
        ASSERT_TRUE(cleared.matched) << cleared.message;
    }

    // Kills `component`'s process until trio-input gives up on it: returns how many kills that
    // took (after a restart the message row names the count; giving up shows anything else, or
    // ends the editor). Use with ASSERT_NO_FATAL_FAILURE.
    void kill_until_given_up(const std::string& component, unsigned& kills) {
        const std::string comm = "trio-" + component;
        for (kills = 1; kills <= max_kills; ++kills) {
            m_killed.push_back(child(comm));
            ASSERT_NO_FATAL_FAILURE(kill_and_wait(comm));
            // No key is typed meanwhile, so the row shows restart messages only until input
            // gives up. A frame may be read half drawn: a row that is, or begins, "<component>
            // restarted" may still become the message awaited.
            const std::string restarted = restart_message(component, "killed by signal 9", kills);
            const std::string announced = component + " restarted";
            std::string now;
            const bool decided = session().wait_until([&] {
                now = session().row(message_row);
                return now == restarted ||
                       !(announced.starts_with(now) || now.starts_with(announced));
            });
            if (now != restarted) {
                ASSERT_TRUE(decided || session().pty().try_wait())
                    << "after kill " << kills << " of " << component
                    << " the message row said neither \"" << restarted << "\" nor anything else\n"
                    << session().describe();
                return; // given up (a message says so, or the editor ended)
            }
            ASSERT_NO_FATAL_FAILURE(expect_replaced(comm));
        }
        FAIL() << component << " was restarted after " << max_kills << " quick deaths\n"
               << session().describe();
    }

    void expect_restarts_reported(const std::string& component) {
        for (std::size_t i = 0; i + 1 < m_killed.size(); ++i) {
            expect_restart_reported(component, m_killed[i], "killed by signal 9");
        }
    }

    std::vector<pid_t> m_killed;
};

TEST_F(CrashLoop, RenderDyingRightAfterEachStartEndsTheEditorAndKeepsTheJournal) {
    ASSERT_NO_FATAL_FAILURE(start_and_type());
    unsigned kills = 0;
    ASSERT_NO_FATAL_FAILURE(kill_until_given_up("render", kills));
    EXPECT_GE(kills, guard_kills) << "trio-input gave up on render too early";

    const auto status = session().wait_exit();
    ASSERT_TRUE(status) << "the editor went on without render\n" << session().describe();
    EXPECT_EQ(*status, (e2e::ExitStatus{1, 0})) << status->to_string() << "\n"
                                                << session().describe();
    expect_terminal_restored(session());
    expect_nothing_left(session(), m_seen);
    expect_restarts_reported("render");
    EXPECT_EQ(session().file_on_disk(), original_text);
    const auto recovered = recover_to_stdout(session());
    EXPECT_EQ(recovered.status, 0) << recovery::describe(recovered);
    EXPECT_EQ(recovered.out, m_text);
}

TEST_F(CrashLoop, AutosaveDyingRightAfterEachStartLeavesEditingOnButSavingRefused) {
    ASSERT_NO_FATAL_FAILURE(start_and_type());
    unsigned kills = 0;
    ASSERT_NO_FATAL_FAILURE(kill_until_given_up("autosave", kills));
    EXPECT_GE(kills, guard_kills) << "trio-input gave up on autosave too early";

    ASSERT_NO_FATAL_FAILURE(type_and_expect("<c-home>more ", "more " + m_text));
    session().type("<c-s>");
    const bool refused = session().wait_until([&] {
        return session().row(message_row) == "Cannot save: the autosave component has stopped" &&
               contains(session().row(status_row), "[+]");
    });
    EXPECT_TRUE(refused) << "Ctrl-S was not refused with the buffer kept modified\n"
                         << session().describe();
    EXPECT_EQ(session().file_on_disk(), original_text);

    session().type("<c-q>");
    const auto asked =
        session().expect_row(message_row, "Save modified buffer? (y)es, (n)o, (c)ancel");
    ASSERT_TRUE(asked.matched) << asked.message;
    session().type("n");
    const auto status = session().wait_exit();
    ASSERT_TRUE(status) << "the editor did not exit after Ctrl-Q, n\n" << session().describe();
    expect_terminal_restored(session());
    expect_nothing_left(session(), m_seen);
    expect_restarts_reported("autosave");
    EXPECT_EQ(session().file_on_disk(), original_text);
}

} // namespace
} // namespace trio::fault
