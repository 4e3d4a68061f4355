// Round trip through trio's channels, both transports, 16 B to 64 KiB of payload: the bench
// side try_send()s on one channel and waits in receive(deadline) on the other while an echo
// peer (thread, or forked process) sends each message back. A developer tool; no component
// runs it. Compare with futex_floor_bench.cpp and pipe_floor_bench.cpp (docs: the top of
// futex_floor_bench.cpp).
#include "bench/ipc/bench_args.hpp"
#include "bench/ipc/channel_peer.hpp"
#include "bench/ipc/cpu_pinning.hpp"
#include "bench/ipc/round_trip_batch.hpp"

#include <benchmark/benchmark.h>
#include <string>

namespace trio::ipc_bench {

namespace {

// One batch of round trips; false (with the benchmark marked as failed) if one went wrong.
bool run_batch(benchmark::State& state, ChannelPeer& peer, Payload& msg) {
    const ipc::Deadline deadline = ipc::Clock::now() + answer_timeout;
    for (int i = 0; i < round_trips_per_iteration; ++i) {
        ++msg.seq;
        if (peer.to_peer().try_send(msg) != ipc::SendResult::Sent) {
            state.SkipWithError("try_send to the echo peer failed");
            return false;
        }
        const std::optional<Payload> back = peer.from_peer().receive(deadline);
        if (!back || back->seq != msg.seq || back->bytes.size() != msg.bytes.size()) {
            state.SkipWithError("the echo peer did not send the message back");
            return false;
        }
    }
    return true;
}

void channel_round_trip(benchmark::State& state, Transport transport) {
    const auto bytes = static_cast<std::size_t>(state.range(0));
    const ScopedBenchPin pin(state.range(1) != 0 ? Pinning::Pinned : Pinning::Unpinned);
    ChannelPeer peer(transport, PeerRole::Echo, pin.peer_cpu());
    Payload msg{0, std::string(bytes, 'x')};
    for (auto _ : state) {
        if (!run_batch(state, peer, msg)) {
            break;
        }
    }
    if (peer.finish() != 0) {
        state.SkipWithError("the echo peer ended with an error");
    }
    report_round_trips(state);
    state.SetLabel(std::string(transport_name(transport)) + ", " + pin.label());
}

BENCHMARK_CAPTURE(channel_round_trip, thread, Transport::Thread)->Apply(sizes_pinned_and_unpinned);
BENCHMARK_CAPTURE(channel_round_trip, interprocess, Transport::Interprocess)
    ->Apply(sizes_pinned_and_unpinned);

} // namespace

} // namespace trio::ipc_bench
