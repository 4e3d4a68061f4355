// The crash test issue 4 asks for: in both executables, type at a steady pace through a pty,
// SIGKILL the editor's whole process group at a random moment, recover with `--recover`, and
// require that nothing typed at least 100 ms before the kill is missing and that no byte is
// invented. 30 fixed seeds per executable; TRIO_CRASH_TRIALS=N runs N. Runs in the test process.
#include "tests/crash/crash_trial.hpp"
#include "tests/e2e/harness/built_editors.hpp"

#include <cstdlib>
#include <gtest/gtest.h>
#include <ostream>
#include <string>
#include <vector>

namespace trio::crash {
namespace {

struct Trial {
    e2e::Executable editor;
    std::uint64_t seed = 0;
};

// Names the trial in gtest's output instead of dumping the struct's bytes.
void PrintTo(const Trial& trial, std::ostream* out) {
    *out << trial.editor.name << " seed " << trial.seed;
}

// 30 per executable, or TRIO_CRASH_TRIALS (read when the tests are listed, so set it for
// the test binary itself: `TRIO_CRASH_TRIALS=500 build/bin/trio_crash_test`).
std::uint64_t trial_count() {
    constexpr std::uint64_t suite_trials = 30;
    const char* value = std::getenv("TRIO_CRASH_TRIALS");
    if (value == nullptr || *value == 0) {
        return suite_trials;
    }
    char* end = nullptr;
    const auto count = std::strtoull(value, &end, 10);
    return end != value && *end == 0 && count > 0 ? count : suite_trials;
}

std::vector<Trial> all_trials() {
    std::vector<Trial> trials;
    for (const auto& editor : e2e::built_editors()) {
        for (std::uint64_t seed = 1; seed <= trial_count(); ++seed) {
            trials.push_back({editor, seed});
        }
    }
    return trials;
}

class CrashTrial : public ::testing::TestWithParam<Trial> {};

TEST_P(CrashTrial, RecoversEverythingTypedLongEnoughBeforeTheKill) {
    const auto& trial = GetParam();
    if (trial.editor.path.empty()) {
        GTEST_SKIP() << trial.editor.name << " is not built by this CMake tree";
    }
    const auto report = run_trial(trial.editor, trial.seed);
    for (const auto& failure : report.failures) {
        ADD_FAILURE() << trial.editor.name << ", seed " << trial.seed << " (typed "
                      << report.keys_typed << " keys, " << report.keys_needed
                      << " of them >= 100 ms before the kill; --recover exit "
                      << report.recover_status << "):\n"
                      << failure;
    }
}

INSTANTIATE_TEST_SUITE_P(Crash, CrashTrial, ::testing::ValuesIn(all_trials()),
                         [](const ::testing::TestParamInfo<Trial>& param) {
                             const auto& name = param.param.editor.name;
                             return (name == "trio" ? std::string("trio") : "trio_proc") +
                                    "_seed_" + std::to_string(param.param.seed);
                         });

} // namespace
} // namespace trio::crash
