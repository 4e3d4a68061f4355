// Types into a real editor, SIGKILLs it, recovers and judges one crash trial. Runs in the crash
// test.
#include "tests/crash/crash_trial.hpp"

#include "tests/recovery/support/editor_run.hpp"
#include "tests/recovery/support/editor_workspace.hpp"
#include "tests/recovery/support/program_run.hpp"

#include <algorithm>
#include <optional>

namespace trio::crash {
namespace {

using e2e::Clock;
using recovery::shown;

constexpr const char* recovered_name = "recovered.txt";

// Where Ctrl-End puts the cursor in `text` (short ASCII lines: no scrolling, one column a byte).
e2e::CursorPosition end_of(const std::string& text) {
    const auto rows = std::count(text.begin(), text.end(), '\n');
    const auto last_break = text.rfind('\n');
    const auto line_start = last_break == std::string::npos ? 0 : last_break + 1;
    return {static_cast<int>(rows), static_cast<int>(text.size() - line_start)};
}

std::string byte_text(const std::string& text, std::size_t at) {
    if (at >= text.size()) {
        return "the end of the text";
    }
    return shown(text.substr(at, 1));
}

struct Typing {
    std::vector<Clock::time_point> written; // when each key's write(2) was seen to have returned
    Clock::time_point killed_at;
    std::string failure; // the editor exited, or never took a key
};

// Writes plan.keys one byte at a time, each gaps[i] after the previous one was written, pumping
// the editor's output meanwhile, until kill_after has passed since the first key was written;
// then SIGKILLs the editor's process group.
Typing type_until_kill(recovery::EditorRun& run, const TypingPlan& plan) {
    Typing typing;
    const auto give_up = e2e::expect_deadline(); // only if no key is ever written
    auto next = Clock::now();
    std::optional<Clock::time_point> kill_at;
    std::size_t handed = 0;
    bool pending = false;
    for (;;) {
        const auto now = Clock::now();
        if (pending && !run.pty().input_pending()) {
            pending = false;
            typing.written.push_back(now); // no earlier than write(2) returned: conservative
            kill_at = kill_at.value_or(now + plan.kill_after);
            next = handed < plan.keys.size() ? now + plan.gaps[handed] : Clock::time_point::max();
        }
        if ((kill_at && now >= *kill_at) || (!kill_at && now >= give_up)) {
            break;
        }
        if (run.pty().try_wait()) {
            typing.failure = "the editor exited while keys were being typed\n" + run.describe();
            return typing;
        }
        if (!pending && now >= next) {
            run.send(std::string_view(&plan.keys[handed], 1));
            ++handed;
            pending = true;
            continue; // written at once unless the pty's input buffer is full
        }
        // A pending key is written by pump() as soon as the pty takes it.
        const auto stop = kill_at.value_or(give_up);
        run.pump(pending ? stop : std::min(stop, next));
    }
    if (typing.written.empty()) {
        typing.failure = "no key could be written to the pty\n" + run.describe();
    }
    typing.killed_at = Clock::now(); // before kill(2): a key "old enough" then surely is
    if (auto problems = run.kill_group(); !problems.empty()) {
        typing.failure = "SIGKILL of the process group: " + problems + run.describe();
    } else if (auto left = run.leftovers(); !left.empty()) {
        typing.failure = "the editor left behind:\n" + left;
    }
    return typing;
}

// The verdict on what --recover wrote, given the model's states and the range of keys it must
// hold.
void judge(const recovery::ProgramResult& recover, const std::optional<std::string>& out,
           const std::vector<std::string>& states, TrialReport& report) {
    const auto k_min = report.keys_needed;
    const auto k_typed = report.keys_typed;
    const std::string range = "k in [" + std::to_string(k_min) + ", " + std::to_string(k_typed) +
                              "] of " + std::to_string(states.size() - 1) + " planned keys";
    if (recover.status == 4 && k_min == 0 && !out) {
        return; // nothing was old enough to be owed, and nothing was journaled
    }
    if (recover.status != 0 || !out) {
        report.failures.push_back("--recover: " + recovery::describe(recover) +
                                  "; expected exit 0" + (k_min == 0 ? " (or 4)" : "") +
                                  " and the text of " + range + "; wrote " + shown(out));
        return;
    }
    for (std::size_t k = k_min; k <= k_typed; ++k) {
        if (states[k] == *out) {
            return;
        }
    }
    std::string why;
    for (std::size_t k = 0; k < k_min; ++k) {
        if (states[k] == *out) {
            why = "it is the text after " + std::to_string(k) + " keys: keys " +
                  std::to_string(k + 1) + ".." + std::to_string(k_min) +
                  ", written >= 100 ms before the kill, are lost. ";
        }
    }
    // The owed state the output agrees with longest: where it first goes wrong.
    std::size_t best = k_min;
    std::size_t best_common = 0;
    for (std::size_t k = k_min; k <= k_typed; ++k) {
        const auto& s = states[k];
        const auto common = static_cast<std::size_t>(
            std::mismatch(s.begin(), s.end(), out->begin(), out->end()).first - s.begin());
        if (common > best_common) {
            best = k;
            best_common = common;
        }
    }
    report.failures.push_back(
        "--recover wrote a text that is no state of " + range + ". " + why +
        "Closest: the state after " + std::to_string(best) + " keys, first differing byte at " +
        std::to_string(best_common) + ": expected " + byte_text(states[best], best_common) +
        ", got " + byte_text(*out, best_common) + ".\nrecovered (" + std::to_string(out->size()) +
        " bytes): " + shown(out) + "\nexpected  (" + std::to_string(states[best].size()) +
        " bytes): " + shown(states[best]) + "\n--recover: " + recovery::describe(recover));
}

} // namespace

TrialReport run_trial(const e2e::Executable& editor, std::uint64_t seed) {
    const auto plan = make_plan(seed);
    const auto states = model_states(plan);
    TrialReport report;
    recovery::EditorWorkspace workspace("file.txt", plan.initial);
    {
        recovery::EditorRun run(workspace, editor);
        if (!run.wait_until_ready()) {
            report.failures.push_back("the editor never showed its first screen\n" +
                                      run.describe());
            return report;
        }
        if (plan.initial && !plan.initial->empty()) {
            run.type("<c-end>");
            const auto end = end_of(*plan.initial);
            if (!run.wait_until([&] { return run.screen().cursor() == end; })) {
                report.failures.push_back("Ctrl-End never moved the cursor to the end\n" +
                                          run.describe());
                return report;
            }
        }
        const auto typing = type_until_kill(run, plan);
        report.keys_typed = typing.written.size();
        report.keys_needed = static_cast<std::size_t>(
            std::count_if(typing.written.begin(), typing.written.end(), [&](Clock::time_point t) {
                return t <= typing.killed_at - loss_window;
            }));
        if (!typing.failure.empty()) {
            report.failures.push_back(typing.failure);
        }
    }
    if (const auto now = recovery::EditorWorkspace::read(workspace.file()); now != plan.initial) {
        report.failures.push_back("the file itself changed: it was " + shown(plan.initial) +
                                  ", now it is " + shown(now));
    }
    const auto recover = recovery::run_program(
        {editor.path, "--recover", workspace.file_name(), "-o", recovered_name}, workspace.dir(),
        workspace.environment(), workspace.user(), e2e::expect_deadline());
    report.recover_status = recover.status;
    judge(recover, recovery::EditorWorkspace::read(workspace.dir() / recovered_name), states,
          report);
    return report;
}

} // namespace trio::crash
