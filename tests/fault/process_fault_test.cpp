// Fault tests of trio-proc alone: one of its processes is SIGKILLed (render, autosave, or the
// input process the pty started, which supervises the other two) at five moments of the editor's
// life, and a save is in flight when autosave dies. A dead render or autosave is replaced and
// the editor goes on; a dead input takes the others with it, the terminal restored and the
// journal kept. Each asserts on the screen, the exit and its report, the terminal's modes, the
// file and journal, and what is left behind; never on time (a deadline only bounds each wait;
// the time the children took to end is printed). Runs in the test process.
#include "tests/fault/fault_checks.hpp"
#include "tests/fault/process_end_watch.hpp"
#include "tests/fault/restart_plan.hpp"
#include "tests/fault/trio_proc_fixture.hpp"

#include <chrono>
#include <csignal>
#include <fstream>
#include <iostream>
#include <ostream>
#include <regex>

namespace trio::fault {
namespace {

// When, in the editor's life, a trio-proc process is killed.
enum class Timing {
    AtStartUp,     // as soon as both children are named, whether or not anything is drawn
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

// Eight short lines typed at the start of the file: with "first line" they fill the nine text
// rows without scrolling. Plain characters and Enter only: bytes still unread when the terminal
// is back in cooked mode are echoed by the tty, and a control character there (^S, ^C) would
// stop output or raise a signal.
std::string burst_keys() {
    std::string keys;
    for (char line = '1'; line <= '8'; ++line) {
        keys += std::string("burst line ") + line + ": abcdefghijklmnopqrstuvwxyz" + enter_key;
    }
    return keys;
}

// True while `pid` is blocked in poll() or ppoll() (x86-64 syscall numbers 7 and 271), read
// from /proc/PID/syscall: a component waiting there holds no queue lock.
bool waiting_in_poll(pid_t pid) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/syscall");
    std::string number;
    in >> number;
    return number == "7" || number == "271";
}

class ProcessFault : public TrioProc, public ::testing::WithParamInterface<Timing> {
protected:
    // Brings the editor to the moment GetParam() names. Use with ASSERT_NO_FATAL_FAILURE.
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
            ASSERT_NO_FATAL_FAILURE(type_and_expect("typed ", "typed " + m_text));
            break;
        case Timing::MidTyping:
            session().send(burst_keys());
            m_text = typed_text(burst_keys()) + m_text;
            break;
        case Timing::AfterSave:
            ASSERT_NO_FATAL_FAILURE(type_and_expect("saved ", "saved " + m_text));
            ASSERT_NO_FATAL_FAILURE(save_and_expect_written());
            break;
        }
    }

    // After `component` was killed and replaced: the message row says so (but in MidTyping,
    // where a burst key read after the death clears the message), the text is all there, more
    // can be typed and saved, and Ctrl-Q ends the editor cleanly with the death reported.
    void expect_editing_goes_on(const std::string& component, pid_t killed) {
        ASSERT_TRUE(session().wait_until_ready()) << session().describe();
        if (GetParam() != Timing::MidTyping) {
            const auto said = session().expect_row(
                message_row, restart_message(component, "killed by signal 9", 1));
            EXPECT_TRUE(said.matched) << said.message;
        }
        ASSERT_NO_FATAL_FAILURE(expect_text_shown());
        ASSERT_NO_FATAL_FAILURE(type_and_expect("<c-home>more ", "more " + m_text));
        ASSERT_NO_FATAL_FAILURE(save_and_expect_written());
        ASSERT_NO_FATAL_FAILURE(quit_and_expect_clean_exit());
        expect_restart_reported(component, killed, "killed by signal 9");
    }
};

TEST_P(ProcessFault, RenderKilledIsReplacedAndRepaintsTheScreen) {
    ASSERT_NO_FATAL_FAILURE(reach_timing());
    const pid_t killed = child("trio-render");
    ASSERT_NO_FATAL_FAILURE(kill_and_wait("trio-render"));
    ASSERT_NO_FATAL_FAILURE(expect_replaced("trio-render"));
    expect_editing_goes_on("render", killed);
}

TEST_P(ProcessFault, AutosaveKilledIsReplacedAndSavesEverything) {
    ASSERT_NO_FATAL_FAILURE(reach_timing());
    const pid_t killed = child("trio-autosave");
    ASSERT_NO_FATAL_FAILURE(kill_and_wait("trio-autosave"));
    ASSERT_NO_FATAL_FAILURE(expect_replaced("trio-autosave"));
    expect_editing_goes_on("autosave", killed);
}

TEST_P(ProcessFault, InputKilledEndsItsChildrenRestoresTheTerminalAndKeepsTheJournal) {
    ASSERT_NO_FATAL_FAILURE(reach_timing());
    ProcessEndWatch watch({child("trio-render"), child("trio-autosave")}); // before the kill
    const auto killed_at = e2e::Clock::now();
    session().pty().kill(SIGKILL);
    const auto running = watch.wait_all_ended(e2e::expect_deadline());
    const auto took =
        std::chrono::duration_cast<std::chrono::microseconds>(e2e::Clock::now() - killed_at);
    EXPECT_TRUE(running.empty()) << running.size() << " children outlived trio-input\n"
                                 << listed(session().processes_left());
    std::cout << "[ children ] render and autosave ended "
              << static_cast<double>(took.count()) / 1000.0 << " ms after trio-input was killed ("
              << timing_name(GetParam()) << ")\n";
    RecordProperty("children_end_us", static_cast<int>(took.count()));

    const auto status = session().wait_exit();
    ASSERT_TRUE(status) << session().describe();
    EXPECT_EQ(*status, (e2e::ExitStatus{0, SIGKILL}));
    expect_terminal_restored(session());
    // The children were re-parented to init (pid 1), which reaps them in its own time (the
    // container's init may be slow or not reap at all): such a zombie is not the editor's doing.
    auto left = session().processes_left();
    std::erase_if(left, [](const e2e::ProcessInfo& p) { return p.zombie() && p.parent == 1; });
    EXPECT_TRUE(left.empty()) << "processes of the editor's session remain:\n" << listed(left);
    expect_no_shm_objects();
    EXPECT_EQ(session().file_on_disk(), m_saved_text);

    const auto recovered = recover_to_stdout(session());
    switch (GetParam()) {
    case Timing::AtStartUp:
    case Timing::OnFirstScreen:
    case Timing::AfterSave: // the journal ends with the save
        EXPECT_EQ(recovered.status, 4) << recovery::describe(recovered);
        EXPECT_EQ(recovered.out, "");
        break;
    case Timing::AfterTyping: // everything typed was on the screen: input had sent its edits
        EXPECT_EQ(recovered.status, 0) << recovery::describe(recovered);
        EXPECT_EQ(recovered.out, m_text);
        break;
    case Timing::MidTyping: { // some first keys of the burst, or none
        bool a_state = recovered.status == 4 && recovered.out.empty();
        const std::string burst = typed_text(burst_keys());
        for (std::size_t k = 1; k <= burst.size() && recovered.status == 0; ++k) {
            a_state = a_state || recovered.out == burst.substr(0, k) + std::string(original_text);
        }
        EXPECT_TRUE(a_state) << "--recover did not return the file after some first keys of the "
                                "burst\n"
                             << recovery::describe(recovered) << "\nstdout: " << recovered.out;
        break;
    }
    }
}

INSTANTIATE_TEST_SUITE_P(Timings, ProcessFault,
                         ::testing::Values(Timing::AtStartUp, Timing::OnFirstScreen,
                                           Timing::AfterTyping, Timing::MidTyping,
                                           Timing::AfterSave),
                         [](const ::testing::TestParamInfo<Timing>& param) {
                             return timing_name(param.param);
                         });

TEST_F(TrioProc, InputIsThePtyProcessAndTheParentOfRenderAndAutosave) {
    ASSERT_NO_FATAL_FAILURE(find_children());
    ASSERT_TRUE(session().wait_until_ready()) << session().describe();
    const auto processes = session().processes_left();
    EXPECT_EQ(processes.size(), 3U) << "the editor's session should hold trio-input and its two "
                                       "children, nothing else:\n"
                                    << listed(processes);
    ASSERT_NO_FATAL_FAILURE(quit_and_expect_clean_exit());
}

// The F2 panel lists trio-input and its children with their pids and restarts; once render is
// replaced it shows the new one's pid and one restart.
TEST_F(TrioProc, RuntimePanelShowsTheReplacementOfAKilledRender) {
    ASSERT_NO_FATAL_FAILURE(find_children());
    ASSERT_TRUE(session().wait_until_ready()) << session().describe();
    // A row of the panel's component table: "render    4243  0         running".
    const auto listed_in_panel = [&](const std::string& name, pid_t pid, const char* restarts) {
        const std::regex row("^" + name + " +" + std::to_string(pid) + " +" + restarts +
                             " +running$");
        for (int i = 0; i < status_row; ++i) {
            if (std::regex_search(session().row(i), row)) {
                return true;
            }
        }
        return false;
    };
    session().type("<f2>");
    const bool opened = session().wait_until([&] {
        return listed_in_panel("input", session().pid(), "-") &&
               listed_in_panel("render", child("trio-render"), "0") &&
               listed_in_panel("autosave", child("trio-autosave"), "0");
    });
    ASSERT_TRUE(opened) << "F2 did not list the three processes\n" << session().describe();

    ASSERT_NO_FATAL_FAILURE(kill_and_wait("trio-render"));
    ASSERT_NO_FATAL_FAILURE(expect_replaced("trio-render"));
    const bool updated = session().wait_until([&] {
        return listed_in_panel("render", child("trio-render"), "1") &&
               listed_in_panel("autosave", child("trio-autosave"), "0");
    });
    EXPECT_TRUE(updated) << "the panel does not show the new render (pid " << child("trio-render")
                         << ", 1 restart)\n"
                         << session().describe();
    session().type("<f2>");
    ASSERT_NO_FATAL_FAILURE(expect_text_shown());
    ASSERT_NO_FATAL_FAILURE(quit_and_expect_clean_exit());
}

// A save in flight when autosave dies was sent to it and will never be answered by it: input
// sends it again to the new autosave, which writes the file.
TEST_F(TrioProc, SaveInFlightWhenAutosaveDiesIsDoneByTheNewAutosave) {
    ASSERT_NO_FATAL_FAILURE(find_children());
    ASSERT_TRUE(session().wait_until_ready()) << session().describe();
    ASSERT_NO_FATAL_FAILURE(type_and_expect("unsaved ", "unsaved " + m_text));
    // Stopped, autosave keeps its channel ends open but answers nothing, so the save below is
    // surely sent and still unanswered when autosave dies. Stop it only while it waits in
    // poll(), not inside a queue call.
    const pid_t autosave = child("trio-autosave");
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
    EXPECT_EQ(session().file_on_disk(), original_text);

    ASSERT_NO_FATAL_FAILURE(kill_and_wait("trio-autosave"));
    ASSERT_NO_FATAL_FAILURE(expect_replaced("trio-autosave"));
    const bool wrote = session().wait_until([&] {
        return session().row(message_row) == "Wrote 1 line" &&
               !contains(session().row(status_row), "[+]") && session().file_on_disk() == m_text;
    });
    ASSERT_TRUE(wrote) << "the new autosave did not do the save in flight: the file holds \""
                       << session().file_on_disk() << "\"\n"
                       << session().describe();
    m_saved_text = m_text;
    ASSERT_NO_FATAL_FAILURE(quit_and_expect_clean_exit());
    expect_restart_reported("autosave", autosave, "killed by signal 9");
}

} // namespace
} // namespace trio::fault
