// Tests the bench runner's plan: warm-ups unrecorded, editors alternated, fewer runs on the
// large file, and a failed run recorded while the rest goes on. No editor runs here.
#include "bench/trio_bench/bench_runner.hpp"

#include <gtest/gtest.h>
#include <sstream>
#include <stdexcept>

namespace trio::bench {
namespace {

class RecordingScenario final : public Scenario {
public:
    std::vector<std::string> calls; // "editor@file"
    std::string failing_editor;

    [[nodiscard]] std::string name() const override { return "recording"; }
    [[nodiscard]] std::vector<Figure> run(const BenchEditor& editor, const BenchFile& file,
                                          std::chrono::milliseconds /*timeout*/) override {
        calls.push_back(editor.name + "@" + file.label);
        if (editor.name == failing_editor) {
            throw std::runtime_error("no first screen");
        }
        return {{"startup", "ms", static_cast<double>(calls.size())}};
    }
};

BenchPlan plan_of(std::vector<std::string> editors, std::vector<std::uint64_t> sizes) {
    BenchPlan plan;
    for (auto& name : editors) {
        BenchEditor editor;
        editor.name = std::move(name);
        plan.editors.push_back(editor);
    }
    for (const auto size : sizes) {
        plan.files.push_back({std::to_string(size), "/dev/null", size, "", "", {}});
    }
    return plan;
}

TEST(BenchRunner, WarmsUpThenAlternatesTheEditorsOrder) {
    auto plan = plan_of({"a", "b"}, {1});
    plan.repetitions = 3;
    plan.warm_ups = 1;
    RecordingScenario scenario;
    std::ostringstream progress;
    const auto results = run_plan(plan, scenario, progress);
    const std::vector<std::string> order = {"a@1", "b@1", "a@1", "b@1", "b@1", "a@1", "a@1", "b@1"};
    EXPECT_EQ(scenario.calls, order);
    ASSERT_EQ(results.samples.size(), 6U); // the warm-up's two are not recorded
    EXPECT_EQ(results.samples.front().repetition, 0);
    EXPECT_EQ(results.samples.back().repetition, 2);
    EXPECT_EQ(progress.str(), "recording 1: warm-up 1 2 3\n");
}

TEST(BenchRunner, TheLargeFileGetsItsOwnRepetitions) {
    auto plan = plan_of({"a"}, {1024, std::uint64_t{1} << 30});
    plan.repetitions = 4;
    plan.warm_ups = 0;
    plan.large_file_repetitions = 2;
    RecordingScenario scenario;
    std::ostringstream progress;
    const auto results = run_plan(plan, scenario, progress);
    EXPECT_EQ(values_of(results.samples, "a", "1024", "startup").size(), 4U);
    EXPECT_EQ(values_of(results.samples, "a", "1073741824", "startup").size(), 2U);
}

TEST(BenchRunner, AFailedRunIsRecordedAndTheOthersGoOn) {
    auto plan = plan_of({"a", "b"}, {1});
    plan.repetitions = 2;
    plan.warm_ups = 0;
    RecordingScenario scenario;
    scenario.failing_editor = "b";
    std::ostringstream progress;
    const auto results = run_plan(plan, scenario, progress);
    EXPECT_EQ(values_of(results.samples, "a", "1", "startup").size(), 2U);
    ASSERT_EQ(results.failures.size(), 2U);
    EXPECT_EQ(results.failures[0], "b on 1 (repetition 0): no first screen");
}

} // namespace
} // namespace trio::bench
