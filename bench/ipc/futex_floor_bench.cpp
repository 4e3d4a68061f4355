// The floor under every blocking channel on this machine: a round trip in which each side
// sleeps in the kernel until the other wakes it, through one futex word, between two threads
// (private futex) and between two processes (a MAP_SHARED page inherited across fork, shared
// futex). A developer tool; no component runs it.
//
// How the ipc figures fit together (all in trio_ipc_bench, run from a Release build):
//   futex round trip  <  pipe round trip (pipe_floor_bench.cpp)  <  channel round trip
// The futex is the cheapest way to sleep and be woken; the channels wake with doorbell pipes,
// which add poll() and read()/write() system calls; the channels then add their own calls,
// locks and copies. A channel's overhead is its round trip minus the floor of its placement
// (threads or processes), at the same pinning.
#include "bench/ipc/bench_args.hpp"
#include "bench/ipc/cpu_pinning.hpp"
#include "bench/ipc/peer_runner.hpp"
#include "bench/ipc/round_trip_batch.hpp"
#include "ipc/function_component.hpp"

#include <atomic>
#include <benchmark/benchmark.h>
#include <cerrno>
#include <climits>
#include <cstdint>
#include <ctime>
#include <linux/futex.h>
#include <memory>
#include <string>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <system_error>
#include <unistd.h>

namespace trio::ipc_bench {

namespace {

// Whose turn it is. The side whose turn it is not sleeps on the word.
constexpr std::uint32_t bench_turn = 0;
constexpr std::uint32_t peer_turn = 1;
constexpr std::uint32_t stop = 2;

// One futex word in a MAP_SHARED anonymous page, for threads and processes alike, so that
// only the futex flag differs between the two (a forked child shares the page).
class SharedWord {
public:
    SharedWord()
        : m_page(::mmap(nullptr, sizeof(std::uint32_t), PROT_READ | PROT_WRITE,
                        MAP_SHARED | MAP_ANONYMOUS, -1, 0)) {
        if (m_page == MAP_FAILED) {
            throw std::system_error(errno, std::generic_category(), "mmap");
        }
    }
    ~SharedWord() { ::munmap(m_page, sizeof(std::uint32_t)); }
    SharedWord(const SharedWord&) = delete;
    SharedWord& operator=(const SharedWord&) = delete;

    [[nodiscard]] std::uint32_t* get() const { return static_cast<std::uint32_t*>(m_page); }

private:
    void* m_page;
};

// The futex operations for one placement: private between threads, shared between processes.
struct Futex {
    std::uint32_t* word;
    int private_flag; // FUTEX_PRIVATE_FLAG or 0

    [[nodiscard]] std::uint32_t load() const { return std::atomic_ref(*word).load(); }

    // Hands the turn over and wakes the other side (always: this is the cost being measured).
    void pass(std::uint32_t turn) const {
        std::atomic_ref(*word).store(turn);
        (void)::syscall(SYS_futex, word, FUTEX_WAKE | private_flag, 1, nullptr, nullptr, 0);
    }

    // Sleeps while the word holds `value`; false if `timeout` (nullptr: none) passed first.
    [[nodiscard]] bool wait_while(std::uint32_t value, const timespec* timeout) const {
        while (load() == value) {
            const long result =
                ::syscall(SYS_futex, word, FUTEX_WAIT | private_flag, value, timeout, nullptr, 0);
            if (result != 0 && errno == ETIMEDOUT) {
                return load() != value;
            }
        }
        return true;
    }
};

int peer_loop(Futex futex, int cpu) {
    pin_this_thread(cpu);
    for (;;) {
        (void)futex.wait_while(bench_turn, nullptr);
        if (futex.load() == stop) {
            return 0;
        }
        futex.pass(bench_turn);
    }
}

// One batch of round trips; false (benchmark marked as failed) if the peer stopped answering.
bool run_batch(benchmark::State& state, const Futex& futex) {
    const timespec timeout{answer_timeout.count(), 0};
    for (int i = 0; i < round_trips_per_iteration; ++i) {
        futex.pass(peer_turn);
        if (!futex.wait_while(peer_turn, &timeout)) {
            state.SkipWithError("the futex peer did not answer");
            return false;
        }
    }
    return true;
}

void futex_round_trip(benchmark::State& state, Placement placement) {
    const ScopedBenchPin pin(state.range(0) != 0 ? Pinning::Pinned : Pinning::Unpinned);
    const SharedWord word;
    const Futex futex{word.get(), placement == Placement::Thread ? FUTEX_PRIVATE_FLAG : 0};
    *word.get() = bench_turn;
    PeerRunner peer(
        placement,
        std::make_unique<ipc::FunctionComponent>(
            "bench-futex", [futex, cpu = pin.peer_cpu()] { return peer_loop(futex, cpu); }),
        {});
    for (auto _ : state) {
        if (!run_batch(state, futex)) {
            break;
        }
    }
    futex.pass(stop);
    if (peer.join() != 0) {
        state.SkipWithError("the futex peer ended with an error");
    }
    report_round_trips(state);
    state.SetLabel(std::string(placement == Placement::Thread ? "threads, private futex, "
                                                              : "processes, shared futex, ") +
                   pin.label());
}

BENCHMARK_CAPTURE(futex_round_trip, threads, Placement::Thread)->Apply(pinned_and_unpinned);
BENCHMARK_CAPTURE(futex_round_trip, processes, Placement::Process)->Apply(pinned_and_unpinned);

} // namespace

} // namespace trio::ipc_bench
