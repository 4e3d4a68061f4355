// The journal-cost scenario's table: keystroke latency with and without the journal per
// editor, their ratio, and what the journal writes per keystroke. Runs in trio-bench's main.
#pragma once

#include "bench/trio_bench/bench_report.hpp"

#include <ostream>

namespace trio::bench {

// The journal plan for `editors` (each with its journal): every editor and its
// without_journal variant, in the order e1, e1 -n, e2, e2 -n … (the runner alternates them),
// on `file`.
[[nodiscard]] BenchPlan journal_plan(const std::vector<BenchEditor>& editors, BenchFile file);

// For every editor of `run.plan` that has its "-n" variant in the plan too (journal_plan's
// pairs): columns "on", "off", "on/off" (ratio of the same statistic); rows median, p90 and
// p99 of the per-key latencies, and the median over runs of the per-key journal costs.
// "n/a" where an editor produced no such figure (no statistics file: before issue 4, or
// an editor that ignores TRIO_JOURNAL_STATS). Then the failures.
void print_journal_table(std::ostream& out, const ScenarioRun& run);

} // namespace trio::bench
