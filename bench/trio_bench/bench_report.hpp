// trio-bench's output: the table (median and spread per figure, file and editor, and the
// ratio of each editor's median to the first editor's) and the raw samples as JSON.
// Runs in trio-bench's main.
#pragma once

#include "bench/trio_bench/bench_runner.hpp"

#include <ostream>
#include <string>
#include <vector>

namespace trio::bench {

// One scenario's plan and what came of it.
struct ScenarioRun {
    std::string name;     // Scenario::name()
    std::string settings; // Scenario::settings()
    BenchPlan plan;
    BenchResults results;
};

// One row per file and figure, in the order they were first recorded: for every editor
// "median [min–max]" (blank when it has no such figure, e.g. trio's per-process memory),
// then "<editor>/<first editor>" ratios of medians. Failures are listed after the table.
void print_table(std::ostream& out, const BenchPlan& plan, const BenchResults& results);

// "N failed run(s):" and one indented line per failure; nothing when there is none.
void print_failures(std::ostream& out, const BenchResults& results);

// {"command": …, "scenarios": [{"name": …, "settings": …, "repetitions": N,
//  "editors": [{name, version, argv}], "files": [{label, path, size}],
//  "samples": [{editor, file, repetition, figure, unit, value}], "failures": […]}, …]}
// Samples are in recording order: a run's per-key figures are in typing order.
void write_json(std::ostream& out, const std::vector<ScenarioRun>& runs,
                const std::string& command);

} // namespace trio::bench
