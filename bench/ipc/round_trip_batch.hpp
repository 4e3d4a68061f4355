// How the wake-up benchmarks of trio_ipc_bench count: many round trips per benchmark
// iteration, reported per round trip. Used on the benchmark thread.
#pragma once

#include <benchmark/benchmark.h>
#include <chrono>

namespace trio::ipc_bench {

// Per iteration, so the benchmark loop and its timer reads are spread over many wake-ups.
inline constexpr int round_trips_per_iteration = 100;

// How long the bench side waits for one answer before it gives up on a stuck peer.
inline constexpr std::chrono::seconds answer_timeout{5};

// Adds the "round_trip" counter (seconds per round trip: the console shows e.g. "23.1u" for
// 23.1 µs) and items_per_second (round trips per second), both on real time.
inline void report_round_trips(benchmark::State& state) {
    state.counters["round_trip"] = benchmark::Counter(
        round_trips_per_iteration,
        benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
    state.SetItemsProcessed(state.iterations() * round_trips_per_iteration);
}

} // namespace trio::ipc_bench
