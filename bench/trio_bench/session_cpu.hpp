// CPU time and context switches of every thread of every process of an editor's session,
// read from /proc, so a scenario can charge a run of keys with what the whole editor spent on
// them (three threads or three processes alike). Runs in trio-bench.
#pragma once

#include <cstdint>
#include <sys/types.h>

namespace trio::bench {

struct SessionCpu {
    std::uint64_t cpu_ns = 0;           // time on a CPU (/proc/PID/task/TID/schedstat, ns)
    std::uint64_t context_switches = 0; // voluntary + involuntary (…/task/TID/status)
};

// Sums over every live thread of session `sid` (zombies left out). A thread that ends between
// two readings takes its share with it: take readings while the editor's threads all live.
[[nodiscard]] SessionCpu session_cpu(pid_t sid);

// What was spent between two readings (never negative: a counter that went backwards, e.g.
// because a thread ended, counts as zero).
[[nodiscard]] SessionCpu cpu_spent(const SessionCpu& before, const SessionCpu& after);

} // namespace trio::bench
