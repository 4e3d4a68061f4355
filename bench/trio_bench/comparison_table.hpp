// The comparison table of the open and keys scenarios, as Markdown (readable in a terminal,
// pasted as is into docs/benchmarks.md): each editor's figures and the ratios the issue asks
// for (trio-proc to trio, and each trio build to each peer). Runs in trio-bench's main.
#pragma once

#include "bench/trio_bench/bench_report.hpp"

#include <ostream>
#include <string>
#include <vector>

namespace trio::bench {

// numerator / denominator, of medians (or of the row's statistic).
struct RatioColumn {
    std::string numerator;
    std::string denominator;
};

// trio-proc/trio (the first two trio builds, when both run), then trio/P and trio-proc/P for
// every peer P (editors with is_trio false), in the editors' order.
[[nodiscard]] std::vector<RatioColumn> comparison_ratios(const std::vector<BenchEditor>& editors);

// Whether `figure` has several samples in one run of one editor on `file`: a per-key figure,
// shown as median, p90 and p99 over every key; else one per run, shown as median [min..max].
[[nodiscard]] bool is_per_key_figure(const std::vector<Sample>& samples, const std::string& file,
                                     const std::string& figure);

// A heading line ("### open: settings") and a Markdown table with one row per file, figure and
// statistic, in the order the figures were first recorded:
//   | file | figure | stat | unit | trio | trio-proc | vim | trio-proc/trio | trio/vim | … |
// A cell is "-" where the editor has no such figure (a peer's per-process memory), a ratio
// "-" where either side is missing or the denominator is 0. Then the failures, if any.
void print_comparison(std::ostream& out, const ScenarioRun& run);

} // namespace trio::bench
