// Parses trio-bench's command line. Runs in trio-bench's main.
#include "bench/trio_bench/bench_options.hpp"

#include <charconv>
#include <stdexcept>
#include <string_view>
#include <unistd.h>

namespace trio::bench {
namespace {

constexpr std::uint64_t kib = 1024;
constexpr std::uint64_t mib = kib * 1024;
constexpr std::uint64_t gib = mib * 1024;

// The directory of the running executable: the editors are built next to it (build/bin).
std::filesystem::path own_directory(const char* argv0) {
    std::error_code error;
    const auto self = std::filesystem::read_symlink("/proc/self/exe", error);
    if (!error) {
        return self.parent_path();
    }
    return std::filesystem::absolute(argv0).parent_path();
}

int parse_count(std::string_view option, std::string_view text) {
    int value = 0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    if (result.ec != std::errc{} || result.ptr != text.data() + text.size() || value < 1) {
        throw std::invalid_argument(std::string(option) + " needs a positive number, not '" +
                                    std::string(text) + "'");
    }
    return value;
}

} // namespace

std::string bench_usage() {
    return "Usage: trio-bench [OPTIONS]\n"
           "Runs trio and trio-proc in a pseudo-terminal, alternating between them. Scenarios:\n"
           "  open     startup to first screen, memory at first screen and Ctrl-End, per file\n"
           "  journal  keystroke latency while typing, with the journal and without (-n), and\n"
           "           the journal's bytes, writes and fsyncs per key, on the 1 KiB file\n"
           "\n"
           "  --quick            open: 5 repetitions, no 1 GiB file (unless --large);\n"
           "                     journal: 100 keys, 1 run per editor and variant, no warm-up\n"
           "  --large            include the 1 GiB file even with --quick\n"
           "  --scenario NAME    run only this scenario (open, journal); repeatable\n"
           "  --repetitions N    measured runs per editor (default open 15, journal 3;\n"
           "                     --quick 5 and 1)\n"
           "  --keys N           journal: keys typed per run (default 300, --quick 100)\n"
           "  --pace MS          journal: at most one key per MS milliseconds (default 50)\n"
           "  --dir DIR          cache of generated files (default /var/tmp/trio-bench)\n"
           "  --json FILE        write every raw sample as JSON\n"
           "  --trio PATH        the thread build (default: trio next to trio-bench)\n"
           "  --trio-proc PATH   the process build (default: trio-proc next to trio-bench)\n"
           "  --timeout SECONDS  longest wait for one screen or exit (default 60)\n"
           "  --help             this text\n";
}

BenchOptions parse_bench_options(int argc, const char* const* argv) {
    BenchOptions options;
    const auto bin = own_directory(argc > 0 ? argv[0] : "trio-bench");
    options.trio = bin / "trio";
    options.trio_proc = bin / "trio-proc";
    bool quick = false;
    bool large = false;
    std::optional<int> repetitions;
    std::optional<int> keys;
    bool scenario_chosen = false;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        const auto value = [&]() -> std::string_view {
            if (i + 1 >= argc) {
                throw std::invalid_argument(std::string(arg) + " needs a value");
            }
            return argv[++i];
        };
        if (arg == "--help" || arg == "-h") {
            options.help = true;
        } else if (arg == "--quick") {
            quick = true;
        } else if (arg == "--large") {
            large = true;
        } else if (arg == "--scenario") {
            const auto name = value();
            if (name != "open" && name != "journal") {
                throw std::invalid_argument("unknown scenario '" + std::string(name) +
                                            "' (open, journal)");
            }
            if (!scenario_chosen) {
                options.run_open = options.run_journal = false;
                scenario_chosen = true;
            }
            (name == "open" ? options.run_open : options.run_journal) = true;
        } else if (arg == "--keys") {
            keys = parse_count(arg, value());
        } else if (arg == "--pace") {
            options.journal_pace_ms = parse_count(arg, value());
        } else if (arg == "--repetitions") {
            repetitions = parse_count(arg, value());
        } else if (arg == "--dir") {
            options.dir = value();
        } else if (arg == "--json") {
            options.json = value();
        } else if (arg == "--trio") {
            options.trio = value();
        } else if (arg == "--trio-proc") {
            options.trio_proc = value();
        } else if (arg == "--timeout") {
            options.timeout_seconds = parse_count(arg, value());
        } else {
            throw std::invalid_argument("unknown option '" + std::string(arg) + "'");
        }
    }
    options.repetitions = repetitions.value_or(quick ? 5 : 15);
    options.journal_repetitions = repetitions.value_or(quick ? 1 : 3);
    options.journal_keys = keys.value_or(quick ? 100 : 300);
    options.journal_warm_ups = quick ? 0 : 1;
    options.file_sizes = {kib, mib};
    if (!quick || large) {
        options.file_sizes.push_back(gib);
    }
    return options;
}

} // namespace trio::bench
