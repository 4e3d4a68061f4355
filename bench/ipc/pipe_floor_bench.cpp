// A wake-up round trip through a pair of pipes, the mechanism under both channel transports
// (their doorbells): each side write()s one byte, then sleeps in poll() until the other's byte
// arrives and read()s it. Between two threads and between two processes. A developer tool; no
// component runs it. See futex_floor_bench.cpp for how the figures fit together.
#include "bench/ipc/bench_args.hpp"
#include "bench/ipc/cpu_pinning.hpp"
#include "bench/ipc/peer_runner.hpp"
#include "bench/ipc/round_trip_batch.hpp"
#include "ipc/component.hpp"
#include "ipc/unique_fd.hpp"

#include <array>
#include <benchmark/benchmark.h>
#include <cerrno>
#include <chrono>
#include <fcntl.h>
#include <memory>
#include <poll.h>
#include <string>
#include <system_error>
#include <unistd.h>
#include <utility>

namespace trio::ipc_bench {

namespace {

struct Pipe {
    ipc::UniqueFd read_end;
    ipc::UniqueFd write_end;
};

// Blocking ends: poll() is where each side sleeps, read() and write() then return at once.
Pipe make_pipe() {
    std::array<int, 2> fds{};
    if (::pipe2(fds.data(), O_CLOEXEC) != 0) {
        throw std::system_error(errno, std::generic_category(), "pipe2");
    }
    return Pipe{ipc::UniqueFd(fds[0]), ipc::UniqueFd(fds[1])};
}

enum class Wait { Readable, TimedOut, HungUp };

// Sleeps until `fd` holds a byte, then reads it.
Wait take_byte(int fd, int timeout_ms) {
    pollfd entry{fd, POLLIN, 0};
    int ready = 0;
    while ((ready = ::poll(&entry, 1, timeout_ms)) < 0 && errno == EINTR) {
    }
    if (ready <= 0) {
        return Wait::TimedOut;
    }
    char byte = 0;
    return ::read(fd, &byte, 1) == 1 ? Wait::Readable : Wait::HungUp;
}

bool give_byte(int fd) {
    const char byte = 1;
    return ::write(fd, &byte, 1) == 1;
}

// Answers every byte with one, until the bench side hangs up.
class PipePeer final : public ipc::Component {
public:
    PipePeer(int cpu, ipc::UniqueFd in, ipc::UniqueFd out)
        : m_cpu(cpu), m_in(std::move(in)), m_out(std::move(out)) {}
    [[nodiscard]] std::string_view name() const override { return "bench-pipe"; }
    [[nodiscard]] int run() override {
        pin_this_thread(m_cpu);
        while (take_byte(m_in.get(), -1) == Wait::Readable) {
            if (!give_byte(m_out.get())) {
                return 1;
            }
        }
        return 0;
    }

private:
    int m_cpu;
    ipc::UniqueFd m_in;
    ipc::UniqueFd m_out;
};

// One batch of round trips; false (benchmark marked as failed) if the peer stopped answering.
bool run_batch(benchmark::State& state, const Pipe& to_peer, const Pipe& from_peer) {
    constexpr int timeout_ms = static_cast<int>(std::chrono::milliseconds(answer_timeout).count());
    for (int i = 0; i < round_trips_per_iteration; ++i) {
        if (!give_byte(to_peer.write_end.get()) ||
            take_byte(from_peer.read_end.get(), timeout_ms) != Wait::Readable) {
            state.SkipWithError("the pipe peer did not answer");
            return false;
        }
    }
    return true;
}

void pipe_round_trip(benchmark::State& state, Placement placement) {
    const ScopedBenchPin pin(state.range(0) != 0 ? Pinning::Pinned : Pinning::Unpinned);
    Pipe to_peer = make_pipe();
    Pipe from_peer = make_pipe();
    PeerRunner peer(placement,
                    std::make_unique<PipePeer>(pin.peer_cpu(), std::move(to_peer.read_end),
                                               std::move(from_peer.write_end)),
                    [&] {
                        to_peer.write_end.reset();
                        from_peer.read_end.reset();
                    });
    for (auto _ : state) {
        if (!run_batch(state, to_peer, from_peer)) {
            break;
        }
    }
    to_peer.write_end.reset(); // the peer's poll() reports the hang-up and it ends
    if (peer.join() != 0) {
        state.SkipWithError("the pipe peer ended with an error");
    }
    report_round_trips(state);
    state.SetLabel(std::string(placement == Placement::Thread ? "threads, " : "processes, ") +
                   pin.label());
}

BENCHMARK_CAPTURE(pipe_round_trip, threads, Placement::Thread)->Apply(pinned_and_unpinned);
BENCHMARK_CAPTURE(pipe_round_trip, processes, Placement::Process)->Apply(pinned_and_unpinned);

} // namespace

} // namespace trio::ipc_bench
