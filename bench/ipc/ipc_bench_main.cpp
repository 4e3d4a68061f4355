// trio_ipc_bench's main: Google Benchmark's, after ignoring SIGPIPE as trio's own mains do (a
// doorbell rung after its reader is gone must report EPIPE, not kill the bench).
#include <benchmark/benchmark.h>
#include <csignal>

int main(int argc, char** argv) {
    std::signal(SIGPIPE, SIG_IGN);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
