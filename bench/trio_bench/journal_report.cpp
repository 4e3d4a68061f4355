// Lays out the journal-cost scenario's plan and table. Runs in trio-bench's main.
#include "bench/trio_bench/journal_report.hpp"

#include "bench/trio_bench/journal_cost_scenario.hpp"
#include "bench/trio_bench/quantile_table.hpp"

#include <algorithm>

namespace trio::bench {
namespace {

std::vector<TableRow> journal_rows() {
    std::vector<TableRow> rows;
    for (const auto figure : {figure_first_byte, figure_screen}) {
        for (const auto statistic : {Statistic::Median, Statistic::P90, Statistic::P99}) {
            rows.push_back({std::string(figure), statistic});
        }
    }
    for (const auto figure : {figure_journal_bytes, figure_journal_writes, figure_journal_fsyncs,
                              figure_journal_records}) {
        rows.push_back({std::string(figure), Statistic::Median});
    }
    return rows;
}

std::vector<TableColumn> journal_columns(const std::vector<BenchEditor>& editors) {
    const auto in_plan = [&](const std::string& name) {
        return std::any_of(editors.begin(), editors.end(),
                           [&](const BenchEditor& e) { return e.name == name; });
    };
    std::vector<TableColumn> columns;
    for (const auto& editor : editors) {
        const auto off = without_journal(editor).name;
        if (in_plan(off)) {
            columns.push_back({editor.name, "on", editor.name, ""});
            columns.push_back({editor.name, "off", off, ""});
            columns.push_back({editor.name, "on/off", editor.name, off});
        }
    }
    return columns;
}

} // namespace

BenchPlan journal_plan(const std::vector<BenchEditor>& editors, BenchFile file) {
    BenchPlan plan;
    for (const auto& editor : editors) {
        plan.editors.push_back(editor);
        plan.editors.push_back(without_journal(editor));
    }
    plan.files.push_back(std::move(file));
    return plan;
}

void print_journal_table(std::ostream& out, const ScenarioRun& run) {
    const auto columns = journal_columns(run.plan.editors);
    for (const auto& file : run.plan.files) {
        out << run.name << " on " << file.label << ": " << run.settings << "; "
            << run.plan.repetitions << " run(s) per editor\n";
        print_quantile_table(out, run.results.samples, file.label, journal_rows(), columns);
    }
    print_failures(out, run.results);
}

} // namespace trio::bench
