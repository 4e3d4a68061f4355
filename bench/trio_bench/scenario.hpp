// What trio-bench can measure: a scenario runs one editor once on one file and reports its
// figures. The runner alternates editors around it; issue 6 adds cursor-motion latency,
// paste and CPU scenarios as more implementations. Runs in trio-bench.
#pragma once

#include "bench/trio_bench/bench_editor.hpp"
#include "bench/trio_bench/bench_file.hpp"
#include "bench/trio_bench/samples.hpp"

#include <chrono>
#include <string>
#include <vector>

namespace trio::bench {

class Scenario {
public:
    virtual ~Scenario() = default;

    // Short, for progress lines: "open".
    [[nodiscard]] virtual std::string name() const = 0;

    // How it is run, for the table's title and the JSON: "300 keys per run, …"; may be empty.
    [[nodiscard]] virtual std::string settings() const { return {}; }

    // Starts `editor` on `file`, measures, quits it. Blocks for the run; no single wait lasts
    // longer than `timeout`. Throws std::runtime_error describing what did not happen (the
    // screen that was shown instead) when a wait times out or the editor fails; the editor's
    // processes are gone either way.
    [[nodiscard]] virtual std::vector<Figure> run(const BenchEditor& editor, const BenchFile& file,
                                                  std::chrono::milliseconds timeout) = 0;
};

} // namespace trio::bench
