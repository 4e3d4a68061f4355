// The open-file scenario: startup to the first complete screen, memory once it is shown, and
// Ctrl-End to the last line. Runs in trio-bench.
#pragma once

#include "bench/trio_bench/scenario.hpp"

namespace trio::bench {

// Figures, per run:
// - "startup" (ms): from just before fork to the screen showing the file's first line on the
//   editor's first text row and the file name on another row (trio's status line);
// - "RssAnon", "PSS" (MiB): summed over every process of the editor's session, read once the
//   first screen is shown; with more than one process also "RssAnon <comm>", "PSS <comm>"
//   per process (trio-proc: input, render, autosave and the supervisor);
// - "Ctrl-End" (ms): from writing the key to the screen showing the file's last line at the
//   cursor (or just above it, when the cursor is on the empty line after the final '\n').
//   The status line's "Ln N/N" is not waited for: a huge file's line count may still be
//   "?" while the last line is already shown.
class OpenFileScenario final : public Scenario {
public:
    [[nodiscard]] std::string name() const override { return "open"; }
    [[nodiscard]] std::vector<Figure> run(const BenchEditor& editor, const BenchFile& file,
                                          std::chrono::milliseconds timeout) override;
};

} // namespace trio::bench
