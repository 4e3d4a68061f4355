// Reads per-thread CPU time and context switches of an editor's session. Runs in trio-bench.
#include "bench/trio_bench/session_cpu.hpp"

#include "bench/trio_bench/process_memory.hpp"
#include "tests/e2e/harness/leftovers.hpp"

#include <filesystem>
#include <fstream>
#include <string>

namespace trio::bench {
namespace {

// The first field of /proc/…/schedstat: nanoseconds spent running (0 if unreadable).
std::uint64_t running_ns(const std::filesystem::path& task) {
    std::ifstream in(task / "schedstat");
    std::uint64_t ns = 0;
    in >> ns;
    return in ? ns : 0;
}

void add_task(const std::filesystem::path& task, SessionCpu& total) {
    total.cpu_ns += running_ns(task);
    const auto status = (task / "status").string();
    total.context_switches += proc_field(status, "voluntary_ctxt_switches").value_or(0) +
                              proc_field(status, "nonvoluntary_ctxt_switches").value_or(0);
}

} // namespace

SessionCpu session_cpu(pid_t sid) {
    SessionCpu total;
    for (const auto& process : e2e::processes_in_session(sid)) {
        if (process.zombie()) {
            continue;
        }
        std::error_code error;
        const std::filesystem::path tasks = "/proc/" + std::to_string(process.pid) + "/task";
        for (const auto& task : std::filesystem::directory_iterator(tasks, error)) {
            add_task(task.path(), total);
        }
    }
    return total;
}

SessionCpu cpu_spent(const SessionCpu& before, const SessionCpu& after) {
    const auto minus = [](std::uint64_t a, std::uint64_t b) { return a > b ? a - b : 0; };
    return {minus(after.cpu_ns, before.cpu_ns),
            minus(after.context_switches, before.context_switches)};
}

} // namespace trio::bench
