// trio-bench's command line: which editors, how many repetitions, which files, where the
// raw samples go. Runs in trio-bench's main.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace trio::bench {

struct BenchOptions {
    std::filesystem::path trio;            // default: "trio" next to trio-bench
    std::filesystem::path trio_proc;       // default: "trio-proc" next to trio-bench
    bool run_open = true;                  // the open-file scenario (--scenario open)
    bool run_journal = true;               // the journal-cost scenario (--scenario journal)
    int repetitions = 15;                  // open: measured runs per editor and file (5 --quick)
    int journal_repetitions = 3;           // journal: runs per editor variant (1 with --quick)
    int journal_keys = 300;                // journal: keys typed per run (100 with --quick)
    int journal_pace_ms = 50;              // journal: at most one key per this many ms
    int journal_warm_ups = 1;              // journal: unrecorded runs per variant (0 --quick)
    std::vector<std::uint64_t> file_sizes; // bytes: 1 KiB, 1 MiB, 1 GiB (no 1 GiB with --quick)
    std::filesystem::path dir = "/var/tmp/trio-bench"; // the generated files' cache
    std::optional<std::filesystem::path> json;         // raw samples, when given
    double timeout_seconds = 60; // one wait (a screen, an exit) before the run counts as failed
    bool help = false;
};

// Parses argv (argv[0] locates the default editors). Throws std::invalid_argument with a
// message fit for the user on an unknown option or a bad value.
[[nodiscard]] BenchOptions parse_bench_options(int argc, const char* const* argv);

// The --help text.
[[nodiscard]] std::string bench_usage();

} // namespace trio::bench
