// Types into trio-proc, kills one of its component processes now and then, and judges how the
// editor took it. Runs in the fault test.
#include "tests/fault/restart_trial.hpp"

#include "tests/fault/fault_checks.hpp"
#include "tests/fault/fault_session.hpp"
#include "tests/fault/process_end_watch.hpp"

#include <algorithm>
#include <csignal>

namespace trio::fault {
namespace {

using e2e::Clock;

constexpr char ctrl_s = '\x13';
constexpr char ctrl_q = '\x11';

std::string comm_of(Victim victim) {
    return "trio-" + victim_name(victim);
}

Victim bystander_of(Victim victim) {
    return victim == Victim::Render ? Victim::Autosave : Victim::Render;
}

std::string trim_right(std::string text) {
    text.erase(text.find_last_not_of(' ') + 1);
    return text;
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines{""};
    for (const char c : text) {
        if (c == '\n') {
            lines.emplace_back();
        } else {
            lines.back() += c;
        }
    }
    return lines;
}

// The text rows with the cursor at the end of `text` whose last line is short (a marker): the
// view scrolls only as far as the cursor needs, so they hold the last lines, each cut to the
// screen's width (one column a byte: printable ASCII), trailing blanks dropped.
std::vector<std::string> expected_text_rows(const std::string& text) {
    const auto lines = lines_of(text);
    const auto rows = static_cast<std::size_t>(status_row);
    const std::size_t first = lines.size() > rows ? lines.size() - rows : 0;
    std::vector<std::string> shown;
    for (std::size_t i = 0; i < rows; ++i) {
        const std::size_t line = first + i;
        shown.push_back(line < lines.size() ? trim_right(lines[line].substr(
                                                  0, static_cast<std::size_t>(screen_size.cols)))
                                            : "");
    }
    return shown;
}

// The status bar's position with the cursor at the end of `text`: "Ln 12/12, Col 4".
std::string end_position(const std::string& text) {
    const auto lines = lines_of(text);
    const auto count = std::to_string(lines.size());
    return "Ln " + count + "/" + count + ", Col " + std::to_string(lines.back().size() + 1);
}

class RestartTrial {
public:
    RestartTrial(const e2e::Executable& editor, Victim victim, const RestartPlan& plan)
        : m_session(editor, FaultSetup{"", {}}), m_victim(victim), m_plan(plan) {}

    RestartReport run() {
        if (!start()) {
            return m_report;
        }
        auto next_kill = m_plan.kill_after.begin();
        for (std::size_t i = 0; i < m_plan.chunks.size(); ++i) {
            const auto& chunk = m_plan.chunks[i];
            m_session.send(chunk.keys);
            m_text += typed_text(chunk.keys);
            m_session.read_output_until(Clock::now() + chunk.pause);
            if (m_session.pty().try_wait()) {
                fail("the editor exited while keys were typed");
                return m_report;
            }
            if (next_kill != m_plan.kill_after.end() && *next_kill == i) {
                ++next_kill;
                if (!kill_victim()) {
                    return m_report;
                }
            }
        }
        (void)finish();
        return m_report;
    }

private:
    bool fail(const std::string& what) {
        m_report.failures.push_back(what + "\n" + m_session.describe());
        return false;
    }

    bool start() {
        if (!m_session.wait_until_ready()) {
            return fail("the editor never showed its first screen");
        }
        if (m_session.main_name() != "trio-input") {
            return fail("the pty's process is named \"" + m_session.main_name() +
                        "\", not trio-input");
        }
        const auto victim = m_session.wait_for_child(comm_of(m_victim));
        const auto bystander = m_session.wait_for_child(comm_of(bystander_of(m_victim)));
        if (!victim || !bystander) {
            return fail("trio-input has no child named " +
                        comm_of(victim ? bystander_of(m_victim) : m_victim) + ":\n" +
                        listed(m_session.children()));
        }
        m_victim_pid = *victim;
        m_bystander_pid = *bystander;
        m_seen = {m_victim_pid, m_bystander_pid};
        return no_shm_objects("at start-up");
    }

    bool no_shm_objects(const std::string& when) {
        const auto objects = m_session.shm_objects_left(m_seen);
        return objects.empty() ||
               fail("objects of the editor in /dev/shm " + when + ":\n" + listed(objects));
    }

    // SIGKILLs the victim and waits until the editor is usable again with a new one.
    bool kill_victim() {
        const std::string name = victim_name(m_victim);
        const std::size_t number = m_killed.size() + 1;
        ProcessEndWatch end({m_victim_pid}); // opened while the pid surely is the victim's
        const auto killed_at = Clock::now();
        ::kill(m_victim_pid, SIGKILL);
        if (!end.wait_all_ended(e2e::expect_deadline()).empty()) {
            return fail(name + " (pid " + std::to_string(m_victim_pid) + ") survived SIGKILL");
        }
        m_killed.push_back(m_victim_pid);
        // Typed only now that the old process is gone: only its replacement can answer.
        const bool usable = m_victim == Victim::Render ? repainted(number) : saved(number);
        if (!usable) {
            return false;
        }
        m_report.back_after.push_back(
            std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - killed_at));
        const auto replacement = m_session.wait_for_child(comm_of(m_victim), m_victim_pid);
        if (!replacement) {
            return fail("no new " + comm_of(m_victim) + " child of trio-input after kill " +
                        std::to_string(number) + ":\n" + listed(m_session.children()));
        }
        m_victim_pid = *replacement;
        m_seen.push_back(m_victim_pid);
        return no_zombie_child("after kill " + std::to_string(number)) &&
               no_shm_objects("after kill " + std::to_string(number));
    }

    // Types a marker line and waits until the screen shows all the text typed so far with the
    // cursor after it: the new render has drawn everything, and the keys typed while there was
    // no render were not lost.
    bool repainted(std::size_t number) {
        const std::string marker =
            std::string(1, enter_key) + marker_char + std::to_string(number) + marker_char;
        m_session.send(marker);
        m_text += typed_text(marker);
        const auto rows = expected_text_rows(m_text);
        const auto position = end_position(m_text);
        const bool shown = m_session.wait_until([&] {
            for (std::size_t row = 0; row < rows.size(); ++row) {
                if (m_session.row(static_cast<int>(row)) != rows[row]) {
                    return false;
                }
            }
            return contains(m_session.row(status_row), position);
        });
        if (shown) {
            return true;
        }
        std::string expected;
        for (const auto& row : rows) {
            expected += row + "|\n";
        }
        return fail("after kill " + std::to_string(number) +
                    " of render the screen never showed the text typed so far with " + position +
                    "; expected text rows:\n" + expected);
    }

    // Types Ctrl-S and waits until the new autosave has written the whole text typed so far.
    bool saved(std::size_t number) {
        m_session.send(std::string(1, ctrl_s));
        const bool written = m_session.wait_until([&] {
            return contains(m_session.row(message_row), "Wrote") &&
                   m_session.file_on_disk() == m_text;
        });
        return written || fail("after kill " + std::to_string(number) +
                               " of autosave a Ctrl-S never wrote the typed text (" +
                               std::to_string(m_text.size()) + " bytes); the file holds " +
                               std::to_string(m_session.file_on_disk().size()) + " bytes");
    }

    bool no_zombie_child(const std::string& when) {
        auto zombies = m_session.children();
        std::erase_if(zombies, [](const e2e::ProcessInfo& p) { return !p.zombie(); });
        return zombies.empty() ||
               fail("zombie children of trio-input " + when + ":\n" + listed(zombies));
    }

    bool finish() {
        const auto bystander = m_session.wait_for_child(comm_of(bystander_of(m_victim)));
        if (bystander != m_bystander_pid) {
            return fail(comm_of(bystander_of(m_victim)) + " (pid " +
                        std::to_string(m_bystander_pid) + ") was replaced although only " +
                        comm_of(m_victim) + " was killed:\n" + listed(m_session.children()));
        }
        if (!no_zombie_child("before quitting")) {
            return false;
        }
        m_session.send(std::string(1, ctrl_s));
        const bool saved = m_session.wait_until([&] {
            return contains(m_session.row(message_row), "Wrote") &&
                   !contains(m_session.row(status_row), "[+]") &&
                   m_session.file_on_disk() == m_text;
        });
        if (!saved) {
            return fail("the final Ctrl-S never wrote the typed text (" +
                        std::to_string(m_text.size()) + " bytes); the file holds " +
                        std::to_string(m_session.file_on_disk().size()) + " bytes");
        }
        m_session.send(std::string(1, ctrl_q));
        const auto status = m_session.wait_exit();
        if (!status) {
            return fail("the editor did not exit after Ctrl-S, Ctrl-Q");
        }
        if (*status != e2e::ExitStatus{0, 0}) {
            return fail("the editor ended with " + status->to_string() + " after Ctrl-Q");
        }
        for (const pid_t killed : m_killed) {
            if (!restart_reported(m_session, victim_name(m_victim), killed, "killed by signal 9")) {
                return fail("stderr lacks the line that " + victim_name(m_victim) + " (pid " +
                            std::to_string(killed) + ") was killed by signal 9 and restarted");
            }
        }
        if (m_session.pty().input_is_raw() || m_session.screen().alternate_screen() ||
            !m_session.screen().cursor_visible()) {
            return fail("the terminal was not restored");
        }
        if (const auto left = m_session.processes_left(); !left.empty()) {
            return fail("processes of the editor's session remain:\n" + listed(left));
        }
        if (m_session.file_on_disk() != m_text) {
            return fail("the file changed after the save");
        }
        return no_shm_objects("after the exit");
    }

    FaultSession m_session;
    Victim m_victim;
    const RestartPlan& m_plan;
    std::string m_text; // what the keys written so far make of the (empty) file
    pid_t m_victim_pid = 0;
    pid_t m_bystander_pid = 0;
    std::vector<pid_t> m_killed; // in kill order
    std::vector<pid_t> m_seen;   // every child of trio-input met, for the /dev/shm checks
    RestartReport m_report;
};

} // namespace

std::string victim_name(Victim victim) {
    return victim == Victim::Render ? "render" : "autosave";
}

void PrintTo(Victim victim, std::ostream* out) {
    *out << victim_name(victim);
}

RestartReport run_restart_trial(const e2e::Executable& editor, Victim victim,
                                const RestartPlan& plan) {
    RestartTrial trial(editor, victim, plan);
    return trial.run();
}

} // namespace trio::fault
