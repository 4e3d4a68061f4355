// Lays out the editors' comparison as a Markdown table. Runs in trio-bench's main.
#include "bench/trio_bench/comparison_table.hpp"

#include "bench/trio_bench/quantile_table.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace trio::bench {
namespace {

struct Row {
    std::string file;
    std::string figure;
    std::string unit;
};

// (file, figure) pairs grouped by file (in the order files were first recorded), figures in
// recording order within each file.
std::vector<Row> rows_of(const std::vector<Sample>& samples) {
    std::vector<std::string> files;
    std::vector<Row> rows;
    for (const auto& sample : samples) {
        if (std::find(files.begin(), files.end(), sample.file) == files.end()) {
            files.push_back(sample.file);
        }
        const auto same = [&](const Row& row) {
            return row.file == sample.file && row.figure == sample.figure.name;
        };
        if (std::none_of(rows.begin(), rows.end(), same)) {
            rows.push_back({sample.file, sample.figure.name, sample.figure.unit});
        }
    }
    std::stable_sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
        return std::find(files.begin(), files.end(), a.file) <
               std::find(files.begin(), files.end(), b.file);
    });
    return rows;
}

std::string spread_cell(const Summary& s) {
    if (s.count == 0) {
        return "-";
    }
    if (s.count == 1) {
        return three_figures(s.median);
    }
    return three_figures(s.median) + " [" + three_figures(s.min) + ".." + three_figures(s.max) +
           "]";
}

} // namespace

std::vector<RatioColumn> comparison_ratios(const std::vector<BenchEditor>& editors) {
    std::vector<std::string> trios;
    std::vector<std::string> peers;
    for (const auto& editor : editors) {
        (editor.is_trio ? trios : peers).push_back(editor.name);
    }
    std::vector<RatioColumn> ratios;
    if (trios.size() >= 2) {
        ratios.push_back({trios[1], trios[0]});
    }
    for (const auto& peer : peers) {
        for (const auto& trio : trios) {
            ratios.push_back({trio, peer});
        }
    }
    return ratios;
}

bool is_per_key_figure(const std::vector<Sample>& samples, const std::string& file,
                       const std::string& figure) {
    std::map<std::tuple<std::string, int>, int> per_run;
    for (const auto& sample : samples) {
        if (sample.file == file && sample.figure.name == figure &&
            ++per_run[{sample.editor, sample.repetition}] > 1) {
            return true;
        }
    }
    return false;
}

void print_comparison(std::ostream& out, const ScenarioRun& run) {
    const auto& editors = run.plan.editors;
    const auto& samples = run.results.samples;
    const auto ratios = comparison_ratios(editors);
    out << "### " << run.name << (run.settings.empty() ? "" : ": " + run.settings) << "\n\n";
    out << "| file | figure | stat | unit |";
    for (const auto& editor : editors) {
        out << " " << editor.name << " |";
    }
    for (const auto& ratio : ratios) {
        out << " " << ratio.numerator << "/" << ratio.denominator << " |";
    }
    out << "\n|---|---|---|---|";
    for (std::size_t i = 0; i < editors.size() + ratios.size(); ++i) {
        out << "---:|";
    }
    out << "\n";
    for (const auto& row : rows_of(samples)) {
        const bool per_key = is_per_key_figure(samples, row.file, row.figure);
        const auto statistics = per_key
                                    ? std::vector{Statistic::Median, Statistic::P90, Statistic::P99}
                                    : std::vector{Statistic::Median};
        for (const auto statistic : statistics) {
            out << "| " << row.file << " | " << row.figure << " | "
                << (per_key ? statistic_name(statistic) : "median [min..max]") << " | " << row.unit
                << " |";
            const TableRow table_row{row.figure, statistic};
            for (const auto& editor : editors) {
                const auto values = values_of(samples, editor.name, row.file, row.figure);
                auto cell =
                    per_key ? table_cell(samples, row.file, table_row, {"", "", editor.name, ""})
                            : spread_cell(summarize(values));
                out << " " << (cell == "n/a" ? "-" : cell) << " |";
            }
            for (const auto& ratio : ratios) {
                out << " "
                    << table_cell(samples, row.file, table_row,
                                  {"", "", ratio.numerator, ratio.denominator})
                    << " |";
            }
            out << "\n";
        }
    }
    print_failures(out, run.results);
}

} // namespace trio::bench
