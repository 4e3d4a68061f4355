// trio-bench's command line: which editors and scenarios, how many repetitions and keys,
// which files, where the results go. Runs in trio-bench's main.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace trio::bench {

struct BenchOptions {
    std::filesystem::path trio;      // default: "trio" next to trio-bench
    std::filesystem::path trio_proc; // default: "trio-proc" next to trio-bench
    bool find_peers = true;          // vim and nano, when installed (--no-peers: not)
    std::vector<std::string> peers;  // --peer NAME=CMD, in order
    bool run_open = true;            // startup, memory, to the last line (--scenario open)
    bool run_keys = true;            // keystroke latency, CPU per key, paste (--scenario keys)
    bool run_journal = true;         // trio's journal cost (--scenario journal)
    int repetitions = 15;            // open: measured runs per editor and file (3 --quick)
    int large_repetitions = 3;       // open: on the 1 GiB file (where peers take seconds)
    int key_repetitions = 5;         // keys: runs per editor (1 --quick)
    int keys = 300;                  // keys: per phase (40 --quick)
    int quiet_ms = 15;               // keys: silence that ends a response
    int paste_kib = 1024;            // keys: the bracketed paste
    int journal_repetitions = 3;     // journal: runs per editor variant (1 with --quick)
    int journal_keys = 300;          // journal: keys typed per run (40 with --quick)
    int journal_pace_ms = 50;        // journal: at most one key per this many ms
    int journal_warm_ups = 1;        // journal: unrecorded runs per variant (0 --quick)
    int warm_ups = 1;                // open and keys: unrecorded runs per editor (0 --quick)
    std::vector<std::uint64_t> file_sizes; // open: 1 KiB, 1 MiB, 1 GiB (1 KiB with --quick)
    std::filesystem::path dir = "/var/tmp/trio-bench"; // the generated files' cache
    std::string extension = "txt"; // open and keys: of the generated files (c: trio colours them)
    std::optional<std::filesystem::path> json; // raw samples, when given
    std::optional<std::filesystem::path> out;  // results.json, results.md and the SVG charts
    double timeout_seconds = 60; // one wait (a screen, an exit) before the run counts as failed
    bool help = false;
};

// Parses argv (argv[0] locates the default editors). Throws std::invalid_argument with a
// message fit for the user on an unknown option or a bad value.
[[nodiscard]] BenchOptions parse_bench_options(int argc, const char* const* argv);

// The --help text.
[[nodiscard]] std::string bench_usage();

} // namespace trio::bench
