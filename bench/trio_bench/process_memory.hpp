// Reads the memory of an editor's processes from /proc: private anonymous memory (RssAnon:
// what the editor allocated, not counting the file it maps), proportional set size (PSS:
// shared pages split between their sharers) and peak resident set (VmHWM). Runs in trio-bench.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <sys/types.h>
#include <vector>

namespace trio::bench {

struct ProcessMemory {
    pid_t pid = 0;
    std::string name;               // /proc/PID/comm: "trio", "trio-proc", "trio-render", ...
    std::uint64_t rss_anon_kib = 0; // /proc/PID/status RssAnon
    std::uint64_t pss_kib = 0;      // /proc/PID/smaps_rollup Pss
    std::uint64_t peak_rss_kib = 0; // /proc/PID/status VmHWM: the most resident at any time
};

// Every live process of session `sid` (the editor's pty session: its main process and every
// child), in pid order. A process that ends while it is read is left out; zombies too.
[[nodiscard]] std::vector<ProcessMemory> session_memory(pid_t sid);

// The value of the "Key:   1234 kB" (or "Key: 1234") line of a /proc status-like file;
// nullopt when the file or the key is missing.
[[nodiscard]] std::optional<std::uint64_t> proc_field(const std::string& path,
                                                      std::string_view key);

} // namespace trio::bench
