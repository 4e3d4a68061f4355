// A table of distributions: one line per figure and statistic (median, p90, p99), one column
// per editor or per ratio of two editors. trio-bench prints keystroke latencies with it.
// Runs in trio-bench's main.
#pragma once

#include "bench/trio_bench/samples.hpp"

#include <ostream>
#include <string>
#include <vector>

namespace trio::bench {

enum class Statistic { Median, P90, P99 };

struct TableColumn {
    std::string group;       // printed above its run of columns ("trio"); may be empty
    std::string heading;     // "on", "off", "on/off"
    std::string editor;      // whose samples
    std::string denominator; // empty: the editor's statistic; else editor's / denominator's
};

struct TableRow {
    std::string figure;
    Statistic statistic = Statistic::Median;
};

// "median", "p90", "p99".
[[nodiscard]] std::string statistic_name(Statistic statistic);

// The statistic of a summary with samples.
[[nodiscard]] double statistic_of(const Summary& summary, Statistic statistic);

// One cell's text: the statistic of `editor`'s samples of `figure` for `file` ("n/a" when it
// has none), or, for a ratio column, the ratio of the two statistics ("-" when either is n/a
// or the denominator is 0). Three significant figures or so.
[[nodiscard]] std::string table_cell(const std::vector<Sample>& samples, const std::string& file,
                                     const TableRow& row, const TableColumn& column);

// A line of group names, a line of headings, then per row: figure, statistic, unit (taken from
// the first sample of the figure), cells.
void print_quantile_table(std::ostream& out, const std::vector<Sample>& samples,
                          const std::string& file, const std::vector<TableRow>& rows,
                          const std::vector<TableColumn>& columns);

} // namespace trio::bench
