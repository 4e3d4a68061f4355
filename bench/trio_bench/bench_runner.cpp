// Runs the bench plan: warm-ups, alternating rounds, failures recorded. Runs in trio-bench.
#include "bench/trio_bench/bench_runner.hpp"

#include <algorithm>
#include <exception>

namespace trio::bench {
namespace {

// One run; its figures become samples, or its failure a line.
void run_once(Scenario& scenario, const BenchPlan& plan, const BenchEditor& editor,
              const BenchFile& file, int repetition, BenchResults& results) {
    const bool warm_up = repetition < 0;
    try {
        auto figures = scenario.run(editor, file, plan.timeout);
        if (!warm_up) {
            for (auto& figure : figures) {
                results.samples.push_back({editor.name, file.label, repetition, std::move(figure)});
            }
        }
    } catch (const std::exception& e) {
        results.failures.push_back(
            editor.name + " on " + file.label +
            (warm_up ? " (warm-up)" : " (repetition " + std::to_string(repetition) + ")") + ": " +
            e.what());
    }
}

} // namespace

BenchResults run_plan(const BenchPlan& plan, Scenario& scenario, std::ostream& progress) {
    BenchResults results;
    for (const auto& file : plan.files) {
        progress << scenario.name() << " " << file.label << ":" << std::flush;
        for (int warm_up = 0; warm_up < plan.warm_ups; ++warm_up) {
            progress << " warm-up" << std::flush;
            for (const auto& editor : plan.editors) {
                run_once(scenario, plan, editor, file, -1, results);
            }
        }
        const int repetitions =
            plan.large_file_repetitions > 0 && file.size >= plan.large_file_bytes
                ? plan.large_file_repetitions
                : plan.repetitions;
        for (int repetition = 0; repetition < repetitions; ++repetition) {
            auto order = plan.editors;
            if (repetition % 2 == 1) {
                std::reverse(order.begin(), order.end());
            }
            for (const auto& editor : order) {
                run_once(scenario, plan, editor, file, repetition, results);
            }
            progress << " " << repetition + 1 << std::flush;
        }
        progress << "\n";
    }
    return results;
}

} // namespace trio::bench
