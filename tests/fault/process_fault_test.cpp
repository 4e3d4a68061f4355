// Fault tests of trio-proc alone: one of its processes is SIGKILLed (render, autosave, input, or
// the supervisor itself) at five moments of the editor's life. Each asserts on the screen, the
// exit and its report, the terminal's modes, the file on disk and what is left behind; never on
// time (a deadline only bounds each wait). Runs in the test process.
#include "tests/fault/fault_checks.hpp"
#include "tests/fault/fault_session.hpp"
#include "tests/fault/process_end_watch.hpp"

#include <csignal>
#include <fstream>
#include <gtest/gtest.h>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace trio::fault {
namespace {

// True while `pid` is blocked in poll() or ppoll() (x86-64 syscall numbers 7 and 271), read
// from /proc/PID/syscall: a component waiting there holds no queue lock.
bool waiting_in_poll(pid_t pid) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/syscall");
    std::string number;
    in >> number;
    return number == "7" || number == "271";
}

const std::string original_text = "first line\n";

// When, in the editor's life, a trio-proc process is killed.
enum class Timing {
    AtStartUp,     // as soon as the three children are named, whether or not anything is drawn
    OnFirstScreen, // the status bar is drawn, nothing typed
    AfterTyping,   // typed text is on the screen
    MidTyping,     // right after a burst of keys is written, before the screen shows it
    AfterSave,     // typed text was saved (Ctrl-S said so): autosave has worked once
};

std::string timing_name(Timing timing) {
    switch (timing) {
    case Timing::AtStartUp:
        return "AtStartUp";
    case Timing::OnFirstScreen:
        return "OnFirstScreen";
    case Timing::AfterTyping:
        return "AfterTyping";
    case Timing::MidTyping:
        return "MidTyping";
    case Timing::AfterSave:
        return "AfterSave";
    }
    return "Unknown";
}

void PrintTo(Timing timing, std::ostream* out) {
    *out << timing_name(timing);
}

// Eight short lines: they fill the text rows above "first line" without scrolling. Plain
// characters and Enter only: bytes still unread when the editor restores cooked mode are
// echoed by the tty, and a control character there (^S, ^C) would stop output or raise a signal.
std::string burst_notation() {
    std::string keys;
    for (char line = '1'; line <= '8'; ++line) {
        keys += std::string("burst line ") + line + ": abcdefghijklmnopqrstuvwxyz<ret>";
    }
    return keys;
}

// A trio-proc run on file.txt with its children's pids, and the checks the tests share.
class TrioProc : public ::testing::Test {
protected:
    void SetUp() override {
        if (trio_processes().path.empty()) {
            GTEST_SKIP() << "trio-proc is not built by this CMake tree";
        }
        m_session.emplace(trio_processes(), FaultSetup{original_text, {}});
    }

    [[nodiscard]] FaultSession& session() { return *m_session; }

    // Waits until the three children carry their names and notes their pids. A child is named
    // after PR_SET_PDEATHSIG is armed (ProcessRuntime::run_child), so from then on each one
    // dies with the supervisor. Use with ASSERT_NO_FATAL_FAILURE.
    void find_children() {
        for (const char* comm : {"trio-input", "trio-render", "trio-autosave"}) {
            const auto pid = session().wait_for_child(comm);
            ASSERT_TRUE(pid) << "no child named " << comm << "\n" << session().describe();
            m_children[comm] = *pid;
        }
    }

    void type_and_expect(const std::string& keys, const std::string& first_row) {
        session().type(keys);
        const auto shown = session().expect_row(0, first_row);
        ASSERT_TRUE(shown.matched) << shown.message;
        m_first_row = first_row;
    }

    // SIGKILLs one child and waits until it has ended: kill() returns before the process dies,
    // and only once it is gone are its channel ends closed for its peers to see.
    void kill_child_and_wait(const std::string& comm) {
        ProcessEndWatch end({m_children.at(comm)});
        ::kill(m_children.at(comm), SIGKILL);
        ASSERT_TRUE(end.wait_all_ended(e2e::expect_deadline()).empty())
            << comm << " survived SIGKILL\n"
            << session().describe();
    }

    // After the exit: the launcher's report names the component and the pid that was killed.
    void expect_reported_killed(const char* component) {
        const std::string report = std::string(component) + " (pid " +
                                   std::to_string(m_children.at(std::string("trio-") + component)) +
                                   ") was killed by signal 9";
        EXPECT_TRUE(contains(session().output(), report))
            << "expected \"" << report << "\" in the output\n"
            << session().describe();
    }

    std::optional<FaultSession> m_session;    // started by SetUp()
    std::map<std::string, pid_t> m_children;  // by comm
    std::string m_first_row = "first line";   // what row 0 reads once the typed keys are shown
    std::string m_saved_text = original_text; // the file's bytes after the last successful save
};

class ProcessFault : public TrioProc, public ::testing::WithParamInterface<Timing> {
protected:
    // Starts trio-proc and brings it to the moment GetParam() names. Use with
    // ASSERT_NO_FATAL_FAILURE.
    void reach_timing() {
        ASSERT_NO_FATAL_FAILURE(find_children());
        if (GetParam() == Timing::AtStartUp) {
            return;
        }
        ASSERT_TRUE(session().wait_until_ready()) << session().describe();
        switch (GetParam()) {
        case Timing::AtStartUp:
        case Timing::OnFirstScreen:
            break;
        case Timing::AfterTyping:
            ASSERT_NO_FATAL_FAILURE(type_and_expect("typed ", "typed first line"));
            break;
        case Timing::MidTyping:
            session().type(burst_notation());
            m_first_row = "burst line 1: abcdefghijklmnopqrstuvwxyz";
            break;
        case Timing::AfterSave: {
            ASSERT_NO_FATAL_FAILURE(type_and_expect("saved ", "saved first line"));
            session().type("<c-s>");
            const auto saved = session().expect_row(message_row, "Wrote 1 line");
            ASSERT_TRUE(saved.matched) << saved.message;
            m_saved_text = "saved first line\n";
            break;
        }
        }
    }

    // SIGKILLs trio-<component>; the editor must end (status 1, the death reported), the
    // terminal be restored, nothing be left and the file be as last saved.
    void expect_death_ends_the_editor(const char* component) {
        ::kill(m_children.at(std::string("trio-") + component), SIGKILL);
        const auto status = session().wait_exit();
        ASSERT_TRUE(status) << "the editor did not exit after " << component << " died\n"
                            << session().describe();
        EXPECT_EQ(*status, (e2e::ExitStatus{1, 0})) << status->to_string() << "\n"
                                                    << session().describe();
        expect_reported_killed(component);
        expect_terminal_restored(session());
        expect_nothing_left(session());
        EXPECT_EQ(session().file_on_disk(), m_saved_text);
    }
};

TEST_P(ProcessFault, RenderKilledEndsTheEditorCleanly) {
    ASSERT_NO_FATAL_FAILURE(reach_timing());
    // Render could not leave the alternate screen: the supervisor writes the reset for it.
    expect_death_ends_the_editor("render");
}

TEST_P(ProcessFault, AutosaveKilledKeepsTheEditorUsable) {
    ASSERT_NO_FATAL_FAILURE(reach_timing());
    // Waiting for its end makes the Ctrl-S below a save asked for after the death; a save in
    // flight when autosave dies is AutosaveKilledDuringASaveReportsTheSaveFailed's.
    ASSERT_NO_FATAL_FAILURE(kill_child_and_wait("trio-autosave"));

    ASSERT_TRUE(session().wait_until_ready()) << session().describe();
    session().type("<c-home>more ");
    const auto typed = session().expect_row(0, "more " + m_first_row);
    ASSERT_TRUE(typed.matched) << typed.message;
    session().type("<c-s>");
    // The same message already appeared when autosave died, and a frame can be read half
    // drawn: wait for the whole answer to this Ctrl-S (typed text kept, still modified).
    const bool refused = session().wait_until([&] {
        const auto rows = session().screen().rows();
        return contains(rows[message_row], "Cannot save: the autosave component has stopped") &&
               contains(rows[status_row], "[+]") && contains(rows[status_row], "Col 6");
    });
    ASSERT_TRUE(refused) << "Ctrl-S after autosave died was not refused with [+] kept\n"
                         << session().describe();

    session().type("<c-q>");
    const auto asked =
        session().expect_row(message_row, "Save modified buffer? (y)es, (n)o, (c)ancel");
    ASSERT_TRUE(asked.matched) << asked.message;
    session().type("n");
    const auto status = session().wait_exit();
    ASSERT_TRUE(status) << "the editor did not exit after Ctrl-Q, n\n" << session().describe();
    // The user quit normally, but a component died: the exit status says so.
    EXPECT_EQ(*status, (e2e::ExitStatus{1, 0})) << status->to_string() << "\n"
                                                << session().describe();
    expect_reported_killed("autosave");
    expect_terminal_restored(session());
    expect_nothing_left(session());
    EXPECT_EQ(session().file_on_disk(), m_saved_text);
}

TEST_P(ProcessFault, InputKilledEndsEverything) {
    ASSERT_NO_FATAL_FAILURE(reach_timing());
    expect_death_ends_the_editor("input");
}

TEST_P(ProcessFault, ParentKilledLeavesNoChild) {
    ASSERT_NO_FATAL_FAILURE(reach_timing());
    std::vector<pid_t> children;
    for (const auto& [comm, pid] : m_children) {
        children.push_back(pid);
    }
    ProcessEndWatch watch(children); // before the kill, while these pids are surely theirs
    session().pty().kill(SIGKILL);

    const auto status = session().wait_exit();
    ASSERT_TRUE(status) << session().describe();
    EXPECT_EQ(*status, (e2e::ExitStatus{0, SIGKILL}));
    const auto running = watch.wait_all_ended(e2e::expect_deadline());
    EXPECT_TRUE(running.empty()) << running.size()
                                 << " children outlived their supervisor (PR_SET_PDEATHSIG)\n"
                                 << listed(session().processes_left());
    // The dead children were re-parented to init (pid 1), which reaps them in its own time (the
    // container's init may be slow or not reap at all): such a zombie is not the editor's doing.
    // Any other process of the session, alive or zombie, is.
    auto left = session().processes_left();
    std::erase_if(left, [](const e2e::ProcessInfo& p) { return p.zombie() && p.parent == 1; });
    EXPECT_TRUE(left.empty()) << "processes of the editor's session remain:\n" << listed(left);
    const auto objects = session().shm_objects_left();
    EXPECT_TRUE(objects.empty()) << "objects left in /dev/shm:\n" << listed(objects);
    EXPECT_EQ(session().file_on_disk(), m_saved_text);
    // The terminal is left raw on the alternate screen: nobody is left to restore it. That is
    // expected for now and belongs to a later issue: not asserted here.
}

// A save in flight when autosave dies was sent, and autosave will never answer it: the user
// must still be told that it failed, as for a save asked for after the death.
TEST_F(TrioProc, AutosaveKilledDuringASaveReportsTheSaveFailed) {
    ASSERT_NO_FATAL_FAILURE(find_children());
    ASSERT_TRUE(session().wait_until_ready()) << session().describe();
    ASSERT_NO_FATAL_FAILURE(type_and_expect("unsaved ", "unsaved first line"));
    // Stopped, autosave keeps its channel ends open but answers nothing, so the save below is
    // surely sent and still unanswered when autosave dies.
    const pid_t autosave = m_children.at("trio-autosave");
    // Stop it only while it waits in poll(): stopped inside the queue (holding the Boost
    // queue's internal mutex) it would block input's next try_send — the hazard the
    // supervision issue removes, not what this test is about.
    const bool idle = session().wait_until([&] { return waiting_in_poll(autosave); });
    ASSERT_TRUE(idle) << "autosave never waited in poll()\n" << session().describe();
    ::kill(autosave, SIGSTOP);
    const auto stopped = [&] {
        for (const auto& process : session().processes_left()) {
            if (process.pid == autosave) {
                return process.state == 'T';
            }
        }
        return false;
    };
    ASSERT_TRUE(session().wait_until(stopped)) << "autosave did not stop\n" << session().describe();
    session().type("<c-s>");
    const auto saving = session().expect_row(message_row, "Saving…");
    ASSERT_TRUE(saving.matched) << saving.message;
    ASSERT_NO_FATAL_FAILURE(kill_child_and_wait("trio-autosave"));

    const auto refused =
        session().expect_row(message_row, "Cannot save: the autosave component has stopped");
    EXPECT_TRUE(refused.matched)
        << "EDITOR BUG (left unfixed on purpose, reported by the fault tests): a save in flight "
           "when autosave dies is never answered. The message row says \"Saving…\" for good, "
           "and Ctrl-Q alone then does nothing (it waits to quit after that save); only typing "
           "something first brings the quit prompt. InputComponent::autosave_lost() fails the "
           "saves still in its outbox, not those already sent to autosave.\n"
        << refused.message;
    EXPECT_TRUE(contains(session().screen().rows()[status_row], "[+]"))
        << "the buffer is not shown modified after a failed save\n"
        << session().describe();

    // A new edit first, so that Ctrl-Q asks whatever became of that save.
    session().type("x<c-q>");
    const auto asked =
        session().expect_row(message_row, "Save modified buffer? (y)es, (n)o, (c)ancel");
    ASSERT_TRUE(asked.matched) << asked.message;
    session().type("n");
    const auto status = session().wait_exit();
    ASSERT_TRUE(status) << "the editor did not exit after Ctrl-Q, n\n" << session().describe();
    EXPECT_EQ(*status, (e2e::ExitStatus{1, 0})) << status->to_string() << "\n"
                                                << session().describe();
    expect_reported_killed("autosave");
    expect_terminal_restored(session());
    expect_nothing_left(session());
    EXPECT_EQ(session().file_on_disk(), original_text);
}

INSTANTIATE_TEST_SUITE_P(Timings, ProcessFault,
                         ::testing::Values(Timing::AtStartUp, Timing::OnFirstScreen,
                                           Timing::AfterTyping, Timing::MidTyping,
                                           Timing::AfterSave),
                         [](const ::testing::TestParamInfo<Timing>& param) {
                             return timing_name(param.param);
                         });

} // namespace
} // namespace trio::fault
