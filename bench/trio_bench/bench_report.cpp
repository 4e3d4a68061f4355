// Prints trio-bench's table and writes its JSON. Runs in trio-bench's main.
#include "bench/trio_bench/bench_report.hpp"

#include <algorithm>
#include <cstdio>
#include <iomanip>
#include <utility>

namespace trio::bench {
namespace {

constexpr int file_width = 7;
constexpr int figure_width = 24;
constexpr int unit_width = 5;
constexpr int editor_width = 31;
constexpr int ratio_width = 15;

// (file, figure) pairs in the order they were first recorded, with the figure's unit.
struct Row {
    std::string file;
    std::string figure;
    std::string unit;
};

std::vector<Row> table_rows(const BenchResults& results) {
    std::vector<Row> rows;
    for (const auto& sample : results.samples) {
        const auto same = [&](const Row& row) {
            return row.file == sample.file && row.figure == sample.figure.name;
        };
        if (std::none_of(rows.begin(), rows.end(), same)) {
            rows.push_back({sample.file, sample.figure.name, sample.figure.unit});
        }
    }
    // Grouped by file (in plan order), figures in recording order within each.
    std::stable_sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
        const auto position = [&](const std::string& file) {
            return std::find_if(results.samples.begin(), results.samples.end(),
                                [&](const Sample& s) { return s.file == file; }) -
                   results.samples.begin();
        };
        return position(a.file) < position(b.file);
    });
    return rows;
}

std::string json_string(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (byte < 0x20) {
            char escape[8];
            std::snprintf(escape, sizeof escape, "\\u%04x", byte);
            out += escape;
        } else {
            out += c;
        }
    }
    return out + "\"";
}

} // namespace

void print_table(std::ostream& out, const BenchPlan& plan, const BenchResults& results) {
    out << std::left << std::setw(file_width) << "file" << std::setw(figure_width) << "figure"
        << std::setw(unit_width) << "unit";
    for (const auto& editor : plan.editors) {
        out << std::setw(editor_width) << (editor.name + " median [min..max]");
    }
    for (std::size_t i = 1; i < plan.editors.size(); ++i) {
        out << std::setw(ratio_width) << (plan.editors[i].name + "/" + plan.editors[0].name);
    }
    out << "\n";
    for (const auto& row : table_rows(results)) {
        out << std::setw(file_width) << row.file << std::setw(figure_width) << row.figure
            << std::setw(unit_width) << row.unit;
        std::vector<Summary> summaries;
        for (const auto& editor : plan.editors) {
            summaries.push_back(
                summarize(values_of(results.samples, editor.name, row.file, row.figure)));
            const auto& s = summaries.back();
            out << std::setw(editor_width)
                << (s.count == 0 ? "-"
                                 : three_figures(s.median) + " [" + three_figures(s.min) + ".." +
                                       three_figures(s.max) + "]");
        }
        for (std::size_t i = 1; i < summaries.size(); ++i) {
            const bool comparable =
                summaries[0].count > 0 && summaries[i].count > 0 && summaries[0].median > 0;
            out << std::setw(ratio_width)
                << (comparable ? three_figures(summaries[i].median / summaries[0].median) : "-");
        }
        out << "\n";
    }
    print_failures(out, results);
}

void print_failures(std::ostream& out, const BenchResults& results) {
    if (!results.failures.empty()) {
        out << "\n" << results.failures.size() << " failed run(s):\n";
        for (const auto& failure : results.failures) {
            out << "  " << failure << "\n";
        }
    }
}

namespace {

void write_scenario(std::ostream& out, const ScenarioRun& run) {
    const auto& plan = run.plan;
    const auto& results = run.results;
    out << "    {\"name\": " << json_string(run.name)
        << ", \"settings\": " << json_string(run.settings)
        << ", \"repetitions\": " << plan.repetitions << ",\n     \"editors\": [";
    for (std::size_t i = 0; i < plan.editors.size(); ++i) {
        out << (i ? ", " : "") << "{\"name\": " << json_string(plan.editors[i].name)
            << ", \"version\": " << json_string(plan.editors[i].version) << ", \"argv\": [";
        for (std::size_t j = 0; j < plan.editors[i].argv.size(); ++j) {
            out << (j ? ", " : "") << json_string(plan.editors[i].argv[j]);
        }
        out << "]}";
    }
    out << "],\n     \"files\": [";
    for (std::size_t i = 0; i < plan.files.size(); ++i) {
        const auto& file = plan.files[i];
        out << (i ? ", " : "") << "{\"label\": " << json_string(file.label)
            << ", \"path\": " << json_string(file.path.string()) << ", \"size\": " << file.size
            << "}";
    }
    out << "],\n     \"samples\": [\n";
    for (std::size_t i = 0; i < results.samples.size(); ++i) {
        const auto& s = results.samples[i];
        char value[32];
        std::snprintf(value, sizeof value, "%.6g", s.figure.value);
        out << "      {\"editor\": " << json_string(s.editor)
            << ", \"file\": " << json_string(s.file) << ", \"repetition\": " << s.repetition
            << ", \"figure\": " << json_string(s.figure.name)
            << ", \"unit\": " << json_string(s.figure.unit) << ", \"value\": " << value << "}"
            << (i + 1 < results.samples.size() ? ",\n" : "\n");
    }
    out << "     ],\n     \"failures\": [";
    for (std::size_t i = 0; i < results.failures.size(); ++i) {
        out << (i ? ",\n       " : "\n       ") << json_string(results.failures[i]);
    }
    out << (results.failures.empty() ? "]}" : "\n     ]}");
}

} // namespace

void write_json(std::ostream& out, const std::vector<ScenarioRun>& runs,
                const std::string& command) {
    out << "{\n  \"command\": " << json_string(command) << ",\n  \"scenarios\": [\n";
    for (std::size_t i = 0; i < runs.size(); ++i) {
        write_scenario(out, runs[i]);
        out << (i + 1 < runs.size() ? ",\n" : "\n");
    }
    out << "  ]\n}\n";
}

} // namespace trio::bench
