// Turns trio-bench's samples into its SVG charts. Runs in trio-bench's main.
#include "bench/trio_bench/bench_charts.hpp"

#include "bench/trio_bench/keystroke_scenario.hpp"
#include "bench/trio_bench/open_file_scenario.hpp"
#include "bench/trio_bench/svg_chart.hpp"

#include <algorithm>
#include <sstream>

namespace trio::bench {
namespace {

const ScenarioRun* find_run(const std::vector<ScenarioRun>& runs, const std::string& name) {
    const auto found = std::find_if(runs.begin(), runs.end(),
                                    [&](const ScenarioRun& run) { return run.name == name; });
    return found == runs.end() ? nullptr : &*found;
}

// One bar per editor of `run` that has `figure` on `file`: median with a min..max whisker.
BarGroup bar_group(const ScenarioRun& run, const std::string& label, const std::string& file,
                   const std::string& figure) {
    BarGroup group{label, {}};
    for (const auto& editor : run.plan.editors) {
        const auto s = summarize(values_of(run.results.samples, editor.name, file, figure));
        if (s.count > 0) {
            group.bars.push_back({editor.name, s.median, s.min, s.max});
        }
    }
    return group;
}

std::string file_name_part(std::string_view phase) {
    std::string name(phase);
    std::replace(name.begin(), name.end(), ' ', '-');
    return name;
}

template <class Chart> ChartFile drawn(std::string file_name, const Chart& chart) {
    std::ostringstream svg;
    if constexpr (std::is_same_v<Chart, CdfChart>) {
        write_cdf_svg(svg, chart);
    } else {
        write_bar_svg(svg, chart);
    }
    return {std::move(file_name), svg.str()};
}

void keystroke_charts(const ScenarioRun& keys, std::vector<ChartFile>& charts) {
    const auto& file = keys.plan.files.front().label;
    for (const auto phase : key_phases) {
        CdfChart cdf{"Key to complete response, " + std::string(phase) + " (every key, " +
                         std::to_string(keys.plan.repetitions) + " run(s))",
                     "µs",
                     {},
                     AxisScale::Log};
        for (const auto& editor : keys.plan.editors) {
            cdf.series.push_back({editor.name, values_of(keys.results.samples, editor.name, file,
                                                         complete_figure(phase))});
        }
        charts.push_back(drawn("latency-cdf-" + file_name_part(phase) + ".svg", cdf));
    }
    BarChart cpu{"CPU time per key, all threads or processes", "µs", {}, AxisScale::Linear};
    BarChart switches{
        "Context switches per key, all threads or processes", "", {}, AxisScale::Linear};
    for (const auto phase : key_phases) {
        cpu.groups.push_back(bar_group(keys, std::string(phase), file, cpu_per_key_figure(phase)));
        switches.groups.push_back(
            bar_group(keys, std::string(phase), file, switches_per_key_figure(phase)));
    }
    charts.push_back(drawn("cpu-per-key.svg", cpu));
    charts.push_back(drawn("switches-per-key.svg", switches));
}

} // namespace

std::vector<ChartFile> bench_charts(const std::vector<ScenarioRun>& runs) {
    std::vector<ChartFile> charts;
    const auto* open = find_run(runs, "open");
    const auto* keys = find_run(runs, "keystrokes");
    if (open != nullptr) {
        BarChart startup{"Start to first complete screen", "ms", {}, AxisScale::Log};
        for (const auto& file : open->plan.files) {
            startup.groups.push_back(
                bar_group(*open, file.label, file.label, std::string(figure_startup)));
        }
        charts.push_back(drawn("startup.svg", startup));
    }
    if (open != nullptr || keys != nullptr) {
        BarChart memory{"Memory, summed over the editor's processes", "MiB", {}, AxisScale::Log};
        if (open != nullptr) {
            for (const auto& file : open->plan.files) {
                memory.groups.push_back(
                    bar_group(*open, "PSS, " + file.label + " open", file.label, "PSS"));
            }
        }
        if (keys != nullptr) {
            const auto& file = keys->plan.files.front().label;
            memory.groups.push_back(
                bar_group(*keys, "peak RSS, keys + paste", file, std::string(figure_peak_rss)));
            memory.groups.push_back(
                bar_group(*keys, "PSS after keys + paste", file, std::string(figure_end_pss)));
        }
        charts.push_back(drawn("memory.svg", memory));
    }
    if (keys != nullptr) {
        keystroke_charts(*keys, charts);
    }
    return charts;
}

} // namespace trio::bench
