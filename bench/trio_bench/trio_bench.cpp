// trio-bench: runs trio and trio-proc side by side in a pseudo-terminal on generated files and
// prints startup, memory and Ctrl-End figures (median, spread, ratio); --json keeps the raw
// samples. A developer tool: it reports, never asserts. Measure a Release build:
//   cmake -S . -B build-rel -G Ninja -DCMAKE_BUILD_TYPE=Release
//   cmake --build build-rel --target trio-bench && build-rel/bin/trio-bench --quick
#include "bench/trio_bench/bench_options.hpp"
#include "bench/trio_bench/bench_report.hpp"
#include "bench/trio_bench/bench_runner.hpp"
#include "bench/trio_bench/open_file_scenario.hpp"

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

int run(int argc, const char* const* argv) {
    const auto options = parse_bench_options(argc, argv);
    if (options.help) {
        std::cout << bench_usage();
        return 0;
    }
    BenchPlan plan;
    plan.editors = {trio_editor("trio", options.trio), trio_editor("trio-proc", options.trio_proc)};
    plan.repetitions = options.repetitions;
    plan.timeout = std::chrono::milliseconds(static_cast<long>(options.timeout_seconds * 1000));
    for (const auto size : options.file_sizes) {
        std::cerr << "preparing " << size_label(size) << " in " << options.dir.string() << "\n";
        plan.files.push_back(prepare_bench_file(options.dir, size));
    }

    OpenFileScenario open;
    const auto results = run_plan(plan, open, std::cerr);
    std::cout << "\n";
    print_table(std::cout, plan, results);
    if (options.json) {
        std::ofstream json(*options.json);
        write_json(json, plan, results, command_line(argc, argv));
        if (!json.flush()) {
            std::cerr << "trio-bench: cannot write " << options.json->string() << "\n";
            return 1;
        }
    }
    return results.failures.empty() ? 0 : 1;
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
