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

int parse_count_or_zero(std::string_view option, std::string_view text) {
    return text == "0" ? 0 : parse_count(option, text);
}

} // namespace

std::string bench_usage() {
    return "Usage: trio-bench [OPTIONS]\n"
           "Runs trio, trio-proc and, when installed, vim and nano (and any --peer) in a\n"
           "24x80 pseudo-terminal on generated files, alternating between them. Scenarios:\n"
           "  open     startup to the first complete screen, memory then, and the time to\n"
           "           the last line, on 1 KiB, 1 MiB and 1 GiB files\n"
           "  keys     latency of each key (first byte and complete response; median, p90,\n"
           "           p99) for cursor keys, page down and typing, CPU time and context\n"
           "           switches per key, a 1 MiB bracketed paste, peak RSS and PSS\n"
           "  journal  trio's journal: typing latency with it and without (-n), and its\n"
           "           bytes, writes and fsyncs per key\n"
           "\n"
           "  --quick            a smoke run in under a minute: open on 1 KiB (3 runs), keys\n"
           "                     (40 per phase, 1 run), journal (40 keys, 1 run), no warm-up\n"
           "  --large            include the 1 GiB file even with --quick\n"
           "  --scenario NAME    run only this scenario (open, keys, journal); repeatable\n"
           "  --peer NAME=CMD    also measure this editor (modeless, killed at the end)\n"
           "  --no-peers         do not look for vim and nano\n"
           "  --repetitions N    measured runs per editor (default open 15, keys 5,\n"
           "                     journal 3; --quick 3, 1, 1)\n"
           "  --large-repetitions N  open: runs on the 1 GiB file (default 3)\n"
           "  --keys N           keys per phase and journal keys (default 300, --quick 40)\n"
           "  --quiet MS         keys: silence that ends a response (default 15)\n"
           "  --paste KIB        keys: size of the bracketed paste (default 1024; 0: none)\n"
           "  --pace MS          journal: at most one key per MS milliseconds (default 50)\n"
           "  --dir DIR          cache of generated files (default /var/tmp/trio-bench)\n"
           "  --extension EXT    open, keys: the generated files' extension (default txt;\n"
           "                     c, py, md or sh make trio colour their syntax)\n"
           "  --out DIR          write results.md (the tables), results.json (every raw\n"
           "                     sample) and SVG charts into DIR\n"
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
            if (name != "open" && name != "keys" && name != "journal") {
                throw std::invalid_argument("unknown scenario '" + std::string(name) +
                                            "' (open, keys, journal)");
            }
            if (!scenario_chosen) {
                options.run_open = options.run_keys = options.run_journal = false;
                scenario_chosen = true;
            }
            (name == "open"   ? options.run_open
             : name == "keys" ? options.run_keys
                              : options.run_journal) = true;
        } else if (arg == "--peer") {
            options.peers.emplace_back(value());
        } else if (arg == "--no-peers") {
            options.find_peers = false;
        } else if (arg == "--keys") {
            keys = parse_count(arg, value());
        } else if (arg == "--quiet") {
            options.quiet_ms = parse_count(arg, value());
        } else if (arg == "--paste") {
            options.paste_kib = parse_count_or_zero(arg, value());
        } else if (arg == "--extension") {
            options.extension = value();
            if (options.extension.empty() ||
                options.extension.find_first_of("/.") != std::string::npos) {
                throw std::invalid_argument("--extension wants a bare extension such as c, not '" +
                                            options.extension + "'");
            }
        } else if (arg == "--pace") {
            options.journal_pace_ms = parse_count(arg, value());
        } else if (arg == "--repetitions") {
            repetitions = parse_count(arg, value());
        } else if (arg == "--large-repetitions") {
            options.large_repetitions = parse_count(arg, value());
        } else if (arg == "--dir") {
            options.dir = value();
        } else if (arg == "--json") {
            options.json = value();
        } else if (arg == "--out") {
            options.out = value();
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
    options.repetitions = repetitions.value_or(quick ? 3 : 15);
    options.key_repetitions = repetitions.value_or(quick ? 1 : 5);
    options.journal_repetitions = repetitions.value_or(quick ? 1 : 3);
    options.keys = keys.value_or(quick ? 40 : 300);
    options.journal_keys = options.keys;
    options.warm_ups = quick ? 0 : 1;
    options.journal_warm_ups = quick ? 0 : 1;
    options.file_sizes = quick ? std::vector<std::uint64_t>{kib} : std::vector{kib, mib};
    if (!quick || large) {
        options.file_sizes.push_back(gib);
    }
    return options;
}

} // namespace trio::bench
