// trio-bench: runs trio and trio-proc side by side in a pseudo-terminal on generated files and
// prints startup, memory and Ctrl-End figures (median, spread, ratio) and the journal's cost
// (keystroke latency with and without it, bytes and syscalls per key); --json keeps the raw
// samples. A developer tool: it reports, never asserts. Measure a Release build:
//   cmake -S . -B build-rel -G Ninja -DCMAKE_BUILD_TYPE=Release
//   cmake --build build-rel --target trio-bench && build-rel/bin/trio-bench --quick
#include "bench/trio_bench/bench_options.hpp"
#include "bench/trio_bench/bench_report.hpp"
#include "bench/trio_bench/bench_runner.hpp"
#include "bench/trio_bench/journal_cost_scenario.hpp"
#include "bench/trio_bench/journal_report.hpp"
#include "bench/trio_bench/open_file_scenario.hpp"

#include <algorithm>
#include <exception>
#include <fstream>
#include <iostream>
#include <unistd.h>

namespace {

using namespace trio::bench;

std::string command_line(int argc, const char* const* argv) {
    std::string text;
    for (int i = 0; i < argc; ++i) {
        if (i > 0) {
            text += ' ';
        }
        text += argv[i];
    }
    return text;
}

// Relative editor paths are made absolute: the editors run in the files' directory.
BenchEditor trio_editor(std::string name, const std::filesystem::path& path) {
    const auto absolute = std::filesystem::absolute(path);
    if (access(absolute.c_str(), X_OK) != 0) {
        throw std::invalid_argument(name + " not found or not executable: " + absolute.string());
    }
    return {std::move(name), {absolute.string()}, 0, "<c-q>"};
}

ScenarioRun run_open(const BenchOptions& options, const std::vector<BenchEditor>& editors,
                     std::chrono::milliseconds timeout) {
    OpenFileScenario open;
    ScenarioRun run{open.name(), open.settings(), {}, {}};
    run.plan.editors = editors;
    run.plan.repetitions = options.repetitions;
    run.plan.timeout = timeout;
    for (const auto size : options.file_sizes) {
        std::cerr << "preparing " << size_label(size) << " in " << options.dir.string() << "\n";
        run.plan.files.push_back(prepare_bench_file(options.dir, size));
    }
    run.results = run_plan(run.plan, open, std::cerr);
    return run;
}

ScenarioRun run_journal(const BenchOptions& options, const std::vector<BenchEditor>& editors,
                        std::chrono::milliseconds timeout) {
    constexpr std::uint64_t small_file = 1024;
    JournalCostScenario journal({options.journal_keys,
                                 std::chrono::milliseconds(options.journal_pace_ms),
                                 std::chrono::milliseconds(10)});
    ScenarioRun run{journal.name(),
                    journal.settings(),
                    journal_plan(editors, prepare_bench_file(options.dir, small_file)),
                    {}};
    run.plan.repetitions = options.journal_repetitions;
    run.plan.warm_ups = options.journal_warm_ups;
    run.plan.timeout = timeout;
    run.results = run_plan(run.plan, journal, std::cerr);
    return run;
}

int run(int argc, const char* const* argv) {
    const auto options = parse_bench_options(argc, argv);
    if (options.help) {
        std::cout << bench_usage();
        return 0;
    }
    const std::vector<BenchEditor> editors = {trio_editor("trio", options.trio),
                                              trio_editor("trio-proc", options.trio_proc)};
    const auto timeout =
        std::chrono::milliseconds(static_cast<long>(options.timeout_seconds * 1000));
    std::vector<ScenarioRun> runs;
    if (options.run_open) {
        runs.push_back(run_open(options, editors, timeout));
        std::cout << "\n";
        print_table(std::cout, runs.back().plan, runs.back().results);
    }
    if (options.run_journal) {
        runs.push_back(run_journal(options, editors, timeout));
        std::cout << "\n";
        print_journal_table(std::cout, runs.back());
    }
    if (options.json) {
        std::ofstream json(*options.json);
        write_json(json, runs, command_line(argc, argv));
        if (!json.flush()) {
            std::cerr << "trio-bench: cannot write " << options.json->string() << "\n";
            return 1;
        }
    }
    const bool failed = std::any_of(
        runs.begin(), runs.end(), [](const ScenarioRun& r) { return !r.results.failures.empty(); });
    return failed ? 1 : 0;
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
