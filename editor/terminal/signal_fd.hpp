// Signals as a file descriptor (signalfd), so a component waits for them in the same poll()
// as its other inputs and no work happens inside a signal handler.
#pragma once

#include <initializer_list>
#include <optional>

namespace trio::terminal {

// Blocks `signals` in the calling thread; threads and children created afterwards inherit
// the mask. Call before starting components so no thread receives them asynchronously.
void block_signals(std::initializer_list<int> signals);

class SignalFd {
public:
    // The signals must already be blocked (block_signals). Throws std::system_error.
    explicit SignalFd(std::initializer_list<int> signals);
    ~SignalFd();
    SignalFd(const SignalFd&) = delete;
    SignalFd& operator=(const SignalFd&) = delete;

    [[nodiscard]] int fd() const { return m_fd; }

    // Never blocks: the next pending signal number, or nullopt.
    [[nodiscard]] std::optional<int> try_read();

private:
    int m_fd;
};

} // namespace trio::terminal
