// Chooses and applies the bench side's and the peer's CPUs (see cpu_pinning.hpp). Runs on the
// benchmark thread and in each peer.
#include "bench/ipc/cpu_pinning.hpp"

#include <array>
#include <cerrno>
#include <system_error>

namespace trio::ipc_bench {

namespace {

cpu_set_t current_mask() {
    cpu_set_t mask;
    CPU_ZERO(&mask);
    if (::sched_getaffinity(0, sizeof(mask), &mask) != 0) {
        throw std::system_error(errno, std::generic_category(), "sched_getaffinity");
    }
    return mask;
}

// The first two CPUs of `mask`, or {no_cpu, no_cpu} if it holds fewer than two.
std::array<int, 2> first_two_cpus(const cpu_set_t& mask) {
    std::array<int, 2> cpus{no_cpu, no_cpu};
    std::size_t found = 0;
    for (int cpu = 0; cpu < CPU_SETSIZE && found < cpus.size(); ++cpu) {
        if (CPU_ISSET(static_cast<unsigned>(cpu), &mask)) {
            cpus[found++] = cpu;
        }
    }
    return found == cpus.size() ? cpus : std::array<int, 2>{no_cpu, no_cpu};
}

} // namespace

ScopedBenchPin::ScopedBenchPin(Pinning pinning) : m_saved(current_mask()) {
    if (pinning == Pinning::Unpinned) {
        return;
    }
    const std::array<int, 2> cpus = first_two_cpus(m_saved);
    if (cpus[0] == no_cpu) {
        m_too_few_cpus = true;
        return;
    }
    pin_this_thread(cpus[0]);
    m_bench_cpu = cpus[0];
    m_peer_cpu = cpus[1];
}

ScopedBenchPin::~ScopedBenchPin() {
    if (m_bench_cpu != no_cpu) {
        (void)::sched_setaffinity(0, sizeof(m_saved), &m_saved);
    }
}

std::string ScopedBenchPin::label() const {
    if (m_bench_cpu != no_cpu) {
        return "pinned cpu" + std::to_string(m_bench_cpu) + "/cpu" + std::to_string(m_peer_cpu);
    }
    return m_too_few_cpus ? "unpinned (1 cpu)" : "unpinned";
}

void pin_this_thread(int cpu) {
    if (cpu == no_cpu) {
        return;
    }
    cpu_set_t mask;
    CPU_ZERO(&mask);
    CPU_SET(static_cast<unsigned>(cpu), &mask);
    if (::sched_setaffinity(0, sizeof(mask), &mask) != 0) {
        throw std::system_error(errno, std::generic_category(), "sched_setaffinity");
    }
}

} // namespace trio::ipc_bench
