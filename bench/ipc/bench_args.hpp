// The argument sets shared by trio_ipc_bench's wake-up benchmarks, so every table row exists
// for every mechanism: pinned (the two sides on two CPUs) first, then unpinned as trio runs.
#pragma once

#include <benchmark/benchmark.h>

namespace trio::ipc_bench {

// The floors: "pinned:1" and "pinned:0".
inline void pinned_and_unpinned(benchmark::internal::Benchmark* b) {
    b->ArgName("pinned")->Arg(1)->Arg(0)->UseRealTime()->Unit(benchmark::kMicrosecond);
}

// The channels: the four payload sizes, each pinned and unpinned.
inline void sizes_pinned_and_unpinned(benchmark::internal::Benchmark* b) {
    b->ArgNames({"bytes", "pinned"});
    for (const long pinned : {1, 0}) {
        for (const long bytes : {16, 256, 4096, 65536}) {
            b->Args({bytes, pinned});
        }
    }
    b->UseRealTime()->Unit(benchmark::kMicrosecond);
}

} // namespace trio::ipc_bench
