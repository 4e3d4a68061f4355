// Reads RssAnon and Pss of every process of a session from /proc. Runs in trio-bench.
#include "bench/trio_bench/process_memory.hpp"

#include "tests/e2e/harness/leftovers.hpp"

#include <fstream>
#include <optional>
#include <sstream>

namespace trio::bench {

std::optional<std::uint64_t> proc_field(const std::string& path, std::string_view key) {
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
        if (line.starts_with(key) && line.size() > key.size() && line[key.size()] == ':') {
            std::istringstream fields(line.substr(key.size() + 1));
            std::uint64_t value = 0;
            if (fields >> value) {
                return value;
            }
        }
    }
    return std::nullopt;
}

std::vector<ProcessMemory> session_memory(pid_t sid) {
    std::vector<ProcessMemory> found;
    for (const auto& process : e2e::processes_in_session(sid)) {
        if (process.zombie()) {
            continue;
        }
        const auto proc = "/proc/" + std::to_string(process.pid);
        const auto rss_anon = proc_field(proc + "/status", "RssAnon");
        const auto peak = proc_field(proc + "/status", "VmHWM");
        const auto pss = proc_field(proc + "/smaps_rollup", "Pss");
        if (rss_anon && pss && peak) {
            found.push_back({process.pid, process.name, *rss_anon, *pss, *peak});
        }
    }
    return found;
}

} // namespace trio::bench
