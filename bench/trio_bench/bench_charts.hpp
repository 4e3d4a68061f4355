// The SVG charts trio-bench draws from its results: the latency distribution of every editor
// per kind of key (CDF), and bars for startup, memory and CPU and context switches per key.
// Runs in trio-bench's main.
#pragma once

#include "bench/trio_bench/bench_report.hpp"

#include <string>
#include <vector>

namespace trio::bench {

struct ChartFile {
    std::string file_name; // "latency-cdf-typing.svg"
    std::string svg;
};

// One chart per figure the runs hold (a scenario that did not run draws nothing):
// latency-cdf-<phase>.svg (keys: "<phase> complete", every key of every run), startup.svg
// (open: per file), memory.svg (open: PSS at the first screen per file; keys: peak RSS and PSS
// at the end), cpu-per-key.svg and switches-per-key.svg (keys: per phase). Bars are the
// median over runs with a min..max whisker; editors keep their order and colour in every chart.
[[nodiscard]] std::vector<ChartFile> bench_charts(const std::vector<ScenarioRun>& runs);

} // namespace trio::bench
