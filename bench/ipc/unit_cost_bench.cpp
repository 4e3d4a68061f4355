// The parts a channel's round trip is made of, each timed alone on one thread (no wake-up): a
// bare system call, the doorbell's calls (a read() that finds the pipe empty, a one-byte write
// then read, a poll() that finds its fd ready at once) and the copy of a payload. A developer
// tool; no component runs it. Read with futex_floor_bench.cpp: a round trip costs about its
// floor plus the system calls and copies both sides make.
#include <array>
#include <benchmark/benchmark.h>
#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <string>
#include <sys/syscall.h>
#include <system_error>
#include <unistd.h>

namespace trio::ipc_bench {

namespace {

// A pipe's two ends, non-blocking as a doorbell's are; closed by the destructor.
class NonBlockingPipe {
public:
    NonBlockingPipe() {
        if (::pipe2(m_fds.data(), O_CLOEXEC | O_NONBLOCK) != 0) {
            throw std::system_error(errno, std::generic_category(), "pipe2");
        }
    }
    ~NonBlockingPipe() {
        ::close(m_fds[0]);
        ::close(m_fds[1]);
    }
    NonBlockingPipe(const NonBlockingPipe&) = delete;
    NonBlockingPipe& operator=(const NonBlockingPipe&) = delete;

    [[nodiscard]] int read_fd() const { return m_fds[0]; }
    [[nodiscard]] int write_fd() const { return m_fds[1]; }

private:
    std::array<int, 2> m_fds{};
};

// The cheapest round trip into the kernel and back (getppid does no work).
void bare_syscall(benchmark::State& state) {
    for (auto _ : state) {
        benchmark::DoNotOptimize(::syscall(SYS_getppid));
    }
}
BENCHMARK(bare_syscall);

// What a doorbell drain() costs when nothing rang: one read() answered EAGAIN.
void read_empty_pipe(benchmark::State& state) {
    const NonBlockingPipe pipe;
    char byte = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(::read(pipe.read_fd(), &byte, 1));
    }
}
BENCHMARK(read_empty_pipe);

// A ring and its drain without anyone asleep: write one byte, read it back.
void ring_and_drain(benchmark::State& state) {
    const NonBlockingPipe pipe;
    char byte = 1;
    for (auto _ : state) {
        benchmark::DoNotOptimize(::write(pipe.write_fd(), &byte, 1));
        benchmark::DoNotOptimize(::read(pipe.read_fd(), &byte, 1));
    }
}
BENCHMARK(ring_and_drain);

// poll() on an fd that is already readable: the price of checking before sleeping.
void poll_ready_fd(benchmark::State& state) {
    const NonBlockingPipe pipe;
    const char byte = 1;
    if (::write(pipe.write_fd(), &byte, 1) != 1) {
        state.SkipWithError("cannot write to the pipe");
        return;
    }
    for (auto _ : state) {
        pollfd entry{pipe.read_fd(), POLLIN, 0};
        benchmark::DoNotOptimize(::poll(&entry, 1, 0));
    }
}
BENCHMARK(poll_ready_fd);

// One hop's copy in the thread transport: try_send copies the message (its string) into the
// queue, and receive moves it out. The process transport copies the bytes four times per hop
// (encode, into the queue, out of it, decode), of which only decode allocates.
void copy_payload(benchmark::State& state) {
    const std::string payload(static_cast<std::size_t>(state.range(0)), 'x');
    for (auto _ : state) {
        std::string copy = payload;
        benchmark::DoNotOptimize(copy.data());
    }
    state.SetBytesProcessed(state.iterations() * state.range(0));
}
BENCHMARK(copy_payload)->ArgName("bytes")->Arg(16)->Arg(256)->Arg(4096)->Arg(65536);

} // namespace

} // namespace trio::ipc_bench
