// trio-bench: runs trio and trio-proc, and vim, nano and --peer editors when there are, side by
// side in a pseudo-terminal on generated files and the same keys, alternating between them,
// and prints Markdown tables of startup, memory, keystroke latency, CPU per key, paste and
// the journal's cost (median and spread, ratios); --out also keeps every raw sample as JSON
// and draws SVG charts. A developer tool: it reports, never asserts. Measure a Release build:
//   cmake --preset bench && cmake --build build-bench && build-bench/bin/trio-bench --quick
#include "bench/trio_bench/bench_charts.hpp"
#include "bench/trio_bench/bench_options.hpp"
#include "bench/trio_bench/bench_report.hpp"
#include "bench/trio_bench/bench_runner.hpp"
#include "bench/trio_bench/comparison_table.hpp"
#include "bench/trio_bench/journal_cost_scenario.hpp"
#include "bench/trio_bench/journal_report.hpp"
#include "bench/trio_bench/keystroke_scenario.hpp"
#include "bench/trio_bench/open_file_scenario.hpp"
#include "bench/trio_bench/peer_editors.hpp"

#include <algorithm>
#include <exception>
#include <fstream>
#include <functional>
#include <iostream>
#include <sstream>
#include <sys/utsname.h>

namespace {

using namespace trio::bench;
namespace fs = std::filesystem;

constexpr std::uint64_t keys_file_size = std::uint64_t{1} << 20;

std::string command_line(int argc, const char* const* argv) {
    std::string text;
    for (int i = 0; i < argc; ++i) {
        text += (i > 0 ? " " : "") + std::string(argv[i]);
    }
    return text;
}

std::vector<BenchEditor> bench_editors(const BenchOptions& options) {
    std::vector<BenchEditor> editors = {trio_bench_editor("trio", options.trio),
                                        trio_bench_editor("trio-proc", options.trio_proc)};
    if (options.find_peers) {
        for (auto peer : {installed_vim(), installed_nano()}) {
            if (peer) {
                editors.push_back(std::move(*peer));
            }
        }
    }
    for (const auto& spec : options.peers) {
        editors.push_back(parse_peer(spec));
    }
    return editors;
}

// What was measured where: the report's first lines.
void print_header(std::ostream& out, const std::vector<BenchEditor>& editors,
                  const std::string& command) {
    utsname host{};
    ::uname(&host);
    out << "trio-bench: `" << command << "`\n\nMachine: " << host.nodename << ", " << host.sysname
        << " " << host.release << " " << host.machine << "\n\nEditors (24x80 pty, "
        << "TERM=xterm-256color, a private HOME):\n\n";
    for (const auto& editor : editors) {
        std::string argv;
        for (const auto& word : editor.argv) {
            argv += (argv.empty() ? "" : " ") + word;
        }
        out << "- " << editor.name << ": `" << argv << "`"
            << (editor.version.empty() ? "" : " (" + editor.version + ")") << "\n";
    }
    out << "\n";
}

BenchPlan plan_for(const BenchOptions& options, std::vector<BenchEditor> editors,
                   std::chrono::milliseconds timeout, int repetitions) {
    BenchPlan plan;
    plan.editors = std::move(editors);
    plan.repetitions = repetitions;
    plan.warm_ups = options.warm_ups;
    plan.timeout = timeout;
    return plan;
}

ScenarioRun run_scenario(Scenario& scenario, BenchPlan plan) {
    ScenarioRun run{scenario.name(), scenario.settings(), std::move(plan), {}};
    run.results = run_plan(run.plan, scenario, std::cerr);
    return run;
}

ScenarioRun run_open(const BenchOptions& options, const std::vector<BenchEditor>& editors,
                     std::chrono::milliseconds timeout) {
    OpenFileScenario open;
    auto plan = plan_for(options, editors, timeout, options.repetitions);
    plan.large_file_repetitions = options.large_repetitions;
    for (const auto size : options.file_sizes) {
        std::cerr << "preparing " << size_label(size) << " in " << options.dir.string() << "\n";
        plan.files.push_back(prepare_bench_file(options.dir, size, options.extension));
    }
    return run_scenario(open, std::move(plan));
}

ScenarioRun run_keys(const BenchOptions& options, const std::vector<BenchEditor>& editors,
                     std::chrono::milliseconds timeout) {
    KeystrokeScenario keys({options.keys, std::chrono::milliseconds(options.quiet_ms),
                            static_cast<std::size_t>(options.paste_kib) * 1024,
                            std::chrono::milliseconds(300)});
    auto plan = plan_for(options, editors, timeout, options.key_repetitions);
    plan.files.push_back(prepare_bench_file(options.dir, keys_file_size, options.extension));
    return run_scenario(keys, std::move(plan));
}

ScenarioRun run_journal(const BenchOptions& options, const std::vector<BenchEditor>& editors,
                        std::chrono::milliseconds timeout) {
    constexpr std::uint64_t small_file = 1024;
    std::vector<BenchEditor> trios;
    std::copy_if(editors.begin(), editors.end(), std::back_inserter(trios),
                 [](const BenchEditor& e) { return e.is_trio; });
    JournalCostScenario journal({options.journal_keys,
                                 std::chrono::milliseconds(options.journal_pace_ms),
                                 std::chrono::milliseconds(10)});
    auto plan = journal_plan(trios, prepare_bench_file(options.dir, small_file));
    plan.repetitions = options.journal_repetitions;
    plan.warm_ups = options.journal_warm_ups;
    plan.timeout = timeout;
    return run_scenario(journal, std::move(plan));
}

bool write_file(const fs::path& path, const std::string& text) {
    std::ofstream file(path);
    file << text;
    if (!file.flush()) {
        std::cerr << "trio-bench: cannot write " << path.string() << "\n";
        return false;
    }
    return true;
}

int run(int argc, const char* const* argv) {
    const auto options = parse_bench_options(argc, argv);
    if (options.help) {
        std::cout << bench_usage();
        return 0;
    }
    const auto command = command_line(argc, argv);
    const auto editors = bench_editors(options);
    const auto timeout =
        std::chrono::milliseconds(static_cast<long>(options.timeout_seconds * 1000));
    std::ostringstream report;
    print_header(report, editors, command);
    std::cout << report.str() << std::flush;
    std::vector<ScenarioRun> runs;
    const auto show = [&](const std::function<void(std::ostream&)>& print) {
        std::ostringstream part;
        print(part);
        part << "\n";
        std::cout << part.str() << std::flush;
        report << part.str();
    };
    if (options.run_open) {
        runs.push_back(run_open(options, editors, timeout));
        show([&](std::ostream& out) { print_comparison(out, runs.back()); });
    }
    if (options.run_keys) {
        runs.push_back(run_keys(options, editors, timeout));
        show([&](std::ostream& out) { print_comparison(out, runs.back()); });
    }
    if (options.run_journal) {
        runs.push_back(run_journal(options, editors, timeout));
        show([&](std::ostream& out) {
            out << "### " << runs.back().name << "\n\n```\n";
            print_journal_table(out, runs.back());
            out << "```\n";
        });
    }
    bool written = true;
    std::ostringstream json;
    write_json(json, runs, command);
    if (options.json) {
        written = write_file(*options.json, json.str()) && written;
    }
    if (options.out) {
        fs::create_directories(*options.out);
        written = write_file(*options.out / "results.json", json.str()) && written;
        written = write_file(*options.out / "results.md", report.str()) && written;
        for (const auto& chart : bench_charts(runs)) {
            written = write_file(*options.out / chart.file_name, chart.svg) && written;
        }
        std::cerr << "trio-bench: wrote results.md, results.json and the charts to "
                  << options.out->string() << "\n";
    }
    const bool failed = std::any_of(
        runs.begin(), runs.end(), [](const ScenarioRun& r) { return !r.results.failures.empty(); });
    return failed || !written ? 1 : 0;
}

} // namespace

int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const std::invalid_argument& e) {
        std::cerr << "trio-bench: " << e.what() << "\n" << bench_usage();
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "trio-bench: " << e.what() << "\n";
        return 1;
    }
}
