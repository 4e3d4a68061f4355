// The open-file scenario: startup to the first complete screen, memory once it is shown, and
// the way to the last line. Runs in trio-bench.
#pragma once

#include "bench/trio_bench/scenario.hpp"

#include <string_view>

namespace trio::bench {

inline constexpr std::string_view figure_startup = "startup";
inline constexpr std::string_view figure_to_last_line = "to last line";

// Figures, per run:
// - "startup" (ms): from just before fork to the first complete screen (shows_first_screen:
//   the file's first lines on the editor's text rows and its name on another row);
// - "RssAnon", "PSS" (MiB): summed over every process of the editor's session, read once the
//   first screen is shown; with more than one process also "RssAnon <comm>", "PSS <comm>"
//   per process (trio-proc: trio-input, trio-render, trio-autosave);
// - "to last line" (ms), for editors with end_of_file_keys: from writing them to the screen
//   showing the file's last line at the cursor (or just above it, when the cursor is on the
//   empty line after the final '\n'). trio's "Ln N/N" is not waited for: a huge file's line
//   count may still be "?" while the last line is already shown.
// Then the editor quits with its quit_keys (or is killed when it has none).
class OpenFileScenario final : public Scenario {
public:
    [[nodiscard]] std::string name() const override { return "open"; }
    [[nodiscard]] std::vector<Figure> run(const BenchEditor& editor, const BenchFile& file,
                                          std::chrono::milliseconds timeout) override;
};

} // namespace trio::bench
