// One trial of the crash test: type into a real editor at a steady pace through a pty, SIGKILL
// its whole process group at a seeded moment, recover with `--recover`, and judge the result
// against the model of what was typed. Runs in the crash test.
#pragma once

#include "tests/crash/typing_plan.hpp"
#include "tests/e2e/harness/case_runner.hpp"

#include <chrono>
#include <cstddef>
#include <string>
#include <vector>

namespace trio::crash {

// A kill -9 may lose only the keys written less than this before it (issue 4).
inline constexpr std::chrono::milliseconds loss_window{100};

struct TrialReport {
    std::size_t keys_typed = 0;  // k_typed: keys whose write(2) to the pty returned
    std::size_t keys_needed = 0; // k_min: of those, written >= loss_window before the kill
    int recover_status = -1;
    std::vector<std::string> failures; // empty: the trial passed
};

// Runs the trial `seed` against `editor` (which must be built). Blocks for about a second
// (each wait bounded by e2e::expect_deadline()). It passes when `--recover` exits 0 and writes
// model_states(plan)[k] for some k_min <= k <= k_typed (or exits 4 writing nothing when
// k_min == 0), the file itself is unchanged, and nothing of the editor is left. Never throws
// for the editor's failures.
[[nodiscard]] TrialReport run_trial(const e2e::Executable& editor, std::uint64_t seed);

} // namespace trio::crash
