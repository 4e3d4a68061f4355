// What trio-bench records: one value per figure, editor, file and repetition, and the summary
// statistics the table prints. Runs in trio-bench.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace trio::bench {

// One measured value of one run, as a scenario reports it.
struct Figure {
    std::string name; // "startup", "Ctrl-End", "RssAnon", "PSS", "PSS trio-render", ...
    std::string unit; // "ms", "MiB"
    double value = 0;
};

// A Figure with where it came from.
struct Sample {
    std::string editor; // BenchEditor::name
    std::string file;   // BenchFile::label
    int repetition = 0; // 0-based, warm-up runs excluded
    Figure figure;
};

struct Summary {
    std::size_t count = 0;
    double median = 0;
    double min = 0;
    double max = 0;
    double p10 = 0; // linear interpolation between order statistics
    double p90 = 0;
    double p99 = 0; // of a few hundred keystrokes: the slowest few
};

// Summary of `values`; all zero when it is empty.
[[nodiscard]] Summary summarize(std::vector<double> values);

// Three significant figures or so, whatever the magnitude: "0.734", "12.3", "412".
[[nodiscard]] std::string three_figures(double value);

// The values of `samples` for one editor, file and figure name, in recording order.
[[nodiscard]] std::vector<double> values_of(const std::vector<Sample>& samples,
                                            const std::string& editor, const std::string& file,
                                            const std::string& figure);

} // namespace trio::bench
