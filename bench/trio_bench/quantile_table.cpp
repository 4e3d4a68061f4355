// Prints distributions and ratios of trio-bench's samples as a table. Runs in trio-bench's main.
#include "bench/trio_bench/quantile_table.hpp"

#include <algorithm>
#include <iomanip>

namespace trio::bench {
namespace {

constexpr int figure_width = 22;
constexpr int statistic_width = 8;
constexpr int unit_width = 5;
constexpr int cell_width = 10;

std::string unit_of(const std::vector<Sample>& samples, const std::string& figure) {
    const auto found = std::find_if(samples.begin(), samples.end(),
                                    [&](const Sample& s) { return s.figure.name == figure; });
    return found == samples.end() ? std::string() : found->figure.unit;
}

} // namespace

std::string statistic_name(Statistic statistic) {
    switch (statistic) {
    case Statistic::Median:
        return "median";
    case Statistic::P90:
        return "p90";
    case Statistic::P99:
        return "p99";
    }
    return "?";
}

double statistic_of(const Summary& summary, Statistic statistic) {
    switch (statistic) {
    case Statistic::Median:
        return summary.median;
    case Statistic::P90:
        return summary.p90;
    case Statistic::P99:
        return summary.p99;
    }
    return 0;
}

std::string table_cell(const std::vector<Sample>& samples, const std::string& file,
                       const TableRow& row, const TableColumn& column) {
    const auto of = [&](const std::string& editor) {
        return summarize(values_of(samples, editor, file, row.figure));
    };
    const auto value = of(column.editor);
    if (column.denominator.empty()) {
        return value.count == 0 ? "n/a" : three_figures(statistic_of(value, row.statistic));
    }
    const auto base = of(column.denominator);
    if (value.count == 0 || base.count == 0 || statistic_of(base, row.statistic) == 0) {
        return "-";
    }
    return three_figures(statistic_of(value, row.statistic) / statistic_of(base, row.statistic));
}

void print_quantile_table(std::ostream& out, const std::vector<Sample>& samples,
                          const std::string& file, const std::vector<TableRow>& rows,
                          const std::vector<TableColumn>& columns) {
    out << std::left << std::setw(figure_width + statistic_width + unit_width) << "";
    std::string group;
    for (const auto& column : columns) {
        out << std::setw(cell_width) << (column.group != group ? column.group : "");
        group = column.group;
    }
    out << "\n"
        << std::setw(figure_width) << "figure" << std::setw(statistic_width) << "stat"
        << std::setw(unit_width) << "unit";
    for (const auto& column : columns) {
        out << std::setw(cell_width) << column.heading;
    }
    out << "\n";
    std::string figure;
    for (const auto& row : rows) {
        out << std::setw(figure_width) << (row.figure != figure ? row.figure : "")
            << std::setw(statistic_width) << statistic_name(row.statistic) << std::setw(unit_width)
            << unit_of(samples, row.figure);
        figure = row.figure;
        for (const auto& column : columns) {
            out << std::setw(cell_width) << table_cell(samples, file, row, column);
        }
        out << "\n";
    }
}

} // namespace trio::bench
