// Runs a scenario for every file and editor, alternating the editors' order each repetition
// so that drift (other load, thermal, page cache) hits them alike. Runs in trio-bench's main.
#pragma once

#include "bench/trio_bench/bench_editor.hpp"
#include "bench/trio_bench/bench_file.hpp"
#include "bench/trio_bench/samples.hpp"
#include "bench/trio_bench/scenario.hpp"

#include <chrono>
#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

namespace trio::bench {

struct BenchPlan {
    std::vector<BenchEditor> editors; // the first is the ratios' denominator
    std::vector<BenchFile> files;
    int repetitions = 15;
    // Files of large_file_bytes or more get this many repetitions instead (0: `repetitions`):
    // peers take seconds to open 1 GiB.
    int large_file_repetitions = 0;
    std::uint64_t large_file_bytes = std::uint64_t{1} << 30;
    int warm_ups = 1; // unrecorded runs per editor and file before the measured ones
    std::chrono::milliseconds timeout{60'000};
};

struct BenchResults {
    std::vector<Sample> samples;
    std::vector<std::string> failures; // one per failed run: editor, file, repetition, why
};

// For each file: `warm_ups` rounds of one run per editor (not recorded), then `repetitions`
// (or large_file_repetitions) rounds of one run per editor, in forward order on even rounds and
// reversed on odd ones. A failed run is recorded in `failures` and the rest goes on. Writes one
// progress line per file to `progress`. Blocks for the whole plan.
[[nodiscard]] BenchResults run_plan(const BenchPlan& plan, Scenario& scenario,
                                    std::ostream& progress);

} // namespace trio::bench
