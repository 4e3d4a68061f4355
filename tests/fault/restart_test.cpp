// The randomised kill test of issue 5: while keys are typed through a pty, SIGKILL trio-proc's
// render or autosave process at random moments, 25 seeded sessions of 2 kills per component (50
// kills each; TRIO_FAULT_SESSIONS=N runs N sessions). Every time, the editor must keep working,
// the saved file must hold exactly what was typed, no zombie may stay and nothing may be left.
// How long the editor took to be usable again is printed, never asserted. Runs in the test
// process.
#include "tests/fault/fault_checks.hpp"
#include "tests/fault/restart_plan.hpp"
#include "tests/fault/restart_trial.hpp"

#include <algorithm>
#include <cstdlib>
#include <gtest/gtest.h>
#include <iomanip>
#include <iostream>
#include <ostream>
#include <sstream>

namespace trio::fault {
namespace {

constexpr std::size_t kills_per_session = 2;
// A broken editor fails every session, each after a full deadline: stop early.
constexpr std::size_t max_failed_sessions = 3;

// 25 per component, or TRIO_FAULT_SESSIONS (set it for the test binary itself:
// `TRIO_FAULT_SESSIONS=400 bin/trio_fault_test --gtest_filter='Restarts/*'`).
std::uint64_t session_count() {
    constexpr std::uint64_t suite_sessions = 25;
    const char* value = std::getenv("TRIO_FAULT_SESSIONS");
    if (value == nullptr || *value == 0) {
        return suite_sessions;
    }
    char* end = nullptr;
    const auto count = std::strtoull(value, &end, 10);
    return end != value && *end == 0 && count > 0 ? count : suite_sessions;
}

std::string milliseconds(std::chrono::microseconds time) {
    std::ostringstream text;
    text << std::fixed << std::setprecision(1) << static_cast<double>(time.count()) / 1000.0
         << " ms";
    return text.str();
}

class RandomKills : public ::testing::TestWithParam<Victim> {
protected:
    void SetUp() override {
        if (trio_processes().path.empty()) {
            GTEST_SKIP() << "trio-proc is not built by this CMake tree";
        }
    }

    // Prints (and records in the XML report) the median and worst time to usable again.
    void report_times(std::vector<std::chrono::microseconds> times) {
        if (times.empty()) {
            return;
        }
        std::sort(times.begin(), times.end());
        const auto median = times[times.size() / 2];
        const auto worst = times.back();
        const std::string name = victim_name(GetParam());
        std::cout << "[ restarts ] " << name << ": " << times.size()
                  << " kills; usable again after median " << milliseconds(median) << ", worst "
                  << milliseconds(worst) << "\n";
        RecordProperty(name + "_kills", static_cast<int>(times.size()));
        RecordProperty(name + "_median_us", static_cast<int>(median.count()));
        RecordProperty(name + "_worst_us", static_cast<int>(worst.count()));
    }
};

TEST_P(RandomKills, EditorKeepsWorkingAndSavesExactlyWhatWasTyped) {
    const Victim victim = GetParam();
    std::vector<std::chrono::microseconds> times;
    std::size_t failed = 0;
    for (std::uint64_t seed = 1; seed <= session_count(); ++seed) {
        const auto plan = make_restart_plan(seed, kills_per_session);
        const auto report = run_restart_trial(trio_processes(), victim, plan);
        times.insert(times.end(), report.back_after.begin(), report.back_after.end());
        for (const auto& failure : report.failures) {
            ADD_FAILURE() << victim_name(victim) << " killed, seed " << seed << " (after "
                          << report.back_after.size() << " of " << plan.kill_after.size()
                          << " kills): " << failure;
        }
        if (!report.failures.empty() && ++failed == max_failed_sessions) {
            ADD_FAILURE() << "stopped after " << failed << " failed sessions";
            break;
        }
    }
    report_times(std::move(times));
}

INSTANTIATE_TEST_SUITE_P(Restarts, RandomKills, ::testing::Values(Victim::Render, Victim::Autosave),
                         [](const ::testing::TestParamInfo<Victim>& param) {
                             return victim_name(param.param);
                         });

} // namespace
} // namespace trio::fault
