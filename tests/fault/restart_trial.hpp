// One randomised restart session of trio-proc: type through a pty, SIGKILL the render or the
// autosave process at the moments the plan draws, and check after every kill that a new one
// took over and the editor is usable, then that the saved file holds exactly what was typed
// and nothing is left. Runs in the fault test.
#pragma once

#include "tests/e2e/harness/case_runner.hpp"
#include "tests/fault/restart_plan.hpp"

#include <chrono>
#include <ostream>
#include <string>
#include <vector>

namespace trio::fault {

// The trio-proc component a restart session kills.
enum class Victim { Render, Autosave };

[[nodiscard]] std::string victim_name(Victim victim); // "render", "autosave"
// Names the victim in gtest's output instead of dumping its bytes.
void PrintTo(Victim victim, std::ostream* out);

struct RestartReport {
    // Per kill, from kill(2) to the editor being usable again: the new render shows the marker
    // line typed once the old one had died / the new autosave has answered, "Wrote …", a Ctrl-S
    // typed once the old one had died.
    std::vector<std::chrono::microseconds> back_after;
    std::vector<std::string> failures; // empty: the session passed (it stops at the first)
};

// Runs `plan` against trio-proc (`editor`, which must be built) on an empty file.txt. After each
// kill it waits for the old process's end, types a marker (render: Enter, then "~<n>~"; autosave:
// Ctrl-S) and waits for its effect, then requires a new child of trio-input of the same name, no
// zombie child and no /dev/shm object. At the end: Ctrl-S ("Wrote", the file's bytes are the
// typed text exactly), Ctrl-Q, exit status 0, one "…; restarted" line per kill, the terminal
// restored, nothing left. Blocks for about half a second; each wait is bounded by
// e2e::expect_deadline(). Never throws for the editor's failures.
[[nodiscard]] RestartReport run_restart_trial(const e2e::Executable& editor, Victim victim,
                                              const RestartPlan& plan);

} // namespace trio::fault
