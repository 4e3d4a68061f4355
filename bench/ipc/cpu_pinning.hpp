// Pins the two sides of a wake-up benchmark to two different CPUs, so that every wake-up
// crosses cores. Used by the ipc benchmarks: the bench side on its benchmark thread, the peer
// on its own thread or in its own process.
//
// Pinning is per thread (sched_setaffinity on the calling thread). A peer inherits the bench
// side's mask when it starts, so it is handed its CPU number and pins itself. With fewer than
// two usable CPUs nothing is pinned, and label() says so.
#pragma once

#include <sched.h>
#include <string>

namespace trio::ipc_bench {

enum class Pinning { Unpinned, Pinned };

inline constexpr int no_cpu = -1;

// The bench side's pin, undone by the destructor (the next benchmark starts unpinned).
// Construct and destroy it on the same thread. Throws std::system_error if the affinity
// cannot be read or set.
class ScopedBenchPin {
public:
    explicit ScopedBenchPin(Pinning pinning);
    ~ScopedBenchPin();
    ScopedBenchPin(const ScopedBenchPin&) = delete;
    ScopedBenchPin& operator=(const ScopedBenchPin&) = delete;

    // The CPU the peer must pin itself to (pin_this_thread), or no_cpu.
    [[nodiscard]] int peer_cpu() const { return m_peer_cpu; }

    // For the benchmark's label: "pinned cpu0/cpu1", "unpinned" or "unpinned (1 cpu)".
    [[nodiscard]] std::string label() const;

private:
    cpu_set_t m_saved{};
    int m_bench_cpu = no_cpu;
    int m_peer_cpu = no_cpu;
    bool m_too_few_cpus = false;
};

// Pins the calling thread to `cpu`; does nothing for no_cpu. Throws std::system_error.
void pin_this_thread(int cpu);

} // namespace trio::ipc_bench
