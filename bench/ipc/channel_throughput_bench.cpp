// Throughput of trio's channels, both transports, 16 B to 64 KiB of payload: the bench side
// sends as fast as the bounded queue allows (try_send; on Full, wait for space_fd()) while a
// drain peer (thread, or forked process) receives and drops every message. A developer
// tool; no component runs it.
#include "bench/ipc/bench_args.hpp"
#include "bench/ipc/channel_peer.hpp"
#include "bench/ipc/cpu_pinning.hpp"
#include "bench/ipc/round_trip_batch.hpp"

#include <benchmark/benchmark.h>
#include <cstdint>
#include <string>

namespace trio::ipc_bench {

namespace {

// Four queues' worth per iteration, so the queue's fill level settles within each iteration.
// The messages still queued when timing stops (at most channel_capacity) are counted as
// delivered: with the default 0.5 s runs, under 1 % of the total at 64 KiB and under 0.1 % at
// the smaller sizes.
constexpr int messages_per_iteration = 4 * static_cast<int>(channel_capacity);

// Sends one batch, counting the times the queue was full; false (benchmark marked as failed)
// if the peer went away or made no room in time.
bool send_batch(benchmark::State& state, ipc::Sender<Payload>& out, Payload& msg,
                std::int64_t& full) {
    const ipc::Deadline deadline = ipc::Clock::now() + answer_timeout;
    for (int i = 0; i < messages_per_iteration; ++i) {
        ++msg.seq;
        for (;;) {
            const ipc::SendResult result = out.try_send(msg);
            if (result == ipc::SendResult::Sent) {
                break;
            }
            if (result == ipc::SendResult::Closed) {
                state.SkipWithError("the drain peer closed its end");
                return false;
            }
            ++full;
            if (!ipc::wait_readable(out.space_fd(), deadline)) {
                state.SkipWithError("the drain peer made no room in time");
                return false;
            }
        }
    }
    return true;
}

void channel_throughput(benchmark::State& state, Transport transport) {
    const auto bytes = static_cast<std::size_t>(state.range(0));
    const ScopedBenchPin pin(state.range(1) != 0 ? Pinning::Pinned : Pinning::Unpinned);
    ChannelPeer peer(transport, PeerRole::Drain, pin.peer_cpu());
    Payload msg{0, std::string(bytes, 'x')};
    std::int64_t full = 0;
    for (auto _ : state) {
        if (!send_batch(state, peer.to_peer(), msg, full)) {
            break;
        }
    }
    if (peer.finish() != 0) {
        state.SkipWithError("the drain peer ended with an error");
    }
    const std::int64_t messages = state.iterations() * messages_per_iteration;
    state.SetItemsProcessed(messages);
    state.SetBytesProcessed(messages * static_cast<std::int64_t>(bytes));
    // How often the producer found the queue full: each Full costs it a ppoll() on space_fd(),
    // usually a sleep and a wake-up.
    state.counters["full_per_msg"] =
        static_cast<double>(full) / static_cast<double>(messages > 0 ? messages : 1);
    state.SetLabel(std::string(transport_name(transport)) + ", capacity " +
                   std::to_string(channel_capacity) + ", " + pin.label());
}

BENCHMARK_CAPTURE(channel_throughput, thread, Transport::Thread)->Apply(sizes_pinned_and_unpinned);
BENCHMARK_CAPTURE(channel_throughput, interprocess, Transport::Interprocess)
    ->Apply(sizes_pinned_and_unpinned);

} // namespace

} // namespace trio::ipc_bench
