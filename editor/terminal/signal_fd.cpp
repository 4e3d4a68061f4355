// signalfd wrapper. Runs in whichever component waits for signals (render: SIGWINCH;
// input: SIGTERM/SIGHUP).
#include "editor/terminal/signal_fd.hpp"

#include <cerrno>
#include <csignal>
#include <pthread.h>
#include <sys/signalfd.h>
#include <system_error>
#include <unistd.h>

namespace trio::terminal {

namespace {
sigset_t make_set(std::initializer_list<int> signals) {
    sigset_t set;
    sigemptyset(&set);
    for (int sig : signals) {
        sigaddset(&set, sig);
    }
    return set;
}
} // namespace

void block_signals(std::initializer_list<int> signals) {
    const sigset_t set = make_set(signals);
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

SignalFd::SignalFd(std::initializer_list<int> signals) {
    const sigset_t set = make_set(signals);
    m_fd = signalfd(-1, &set, SFD_NONBLOCK | SFD_CLOEXEC);
    if (m_fd < 0) {
        throw std::system_error(errno, std::generic_category(), "signalfd");
    }
}

SignalFd::~SignalFd() {
    close(m_fd);
}

std::optional<int> SignalFd::try_read() {
    signalfd_siginfo info{};
    for (;;) {
        const ssize_t n = read(m_fd, &info, sizeof info);
        if (n == static_cast<ssize_t>(sizeof info)) {
            return static_cast<int>(info.ssi_signo);
        }
        if (n < 0 && errno == EINTR) {
            continue;
        }
        return std::nullopt;
    }
}

} // namespace trio::terminal
