// SignalFd: a blocked signal sent to this thread is read from the descriptor, not delivered.
#include "editor/terminal/signal_fd.hpp"

#include <csignal>
#include <gtest/gtest.h>
#include <poll.h>
#include <pthread.h>

namespace trio::terminal {
namespace {

TEST(SignalFd, ABlockedSignalBecomesReadable) {
    block_signals({SIGUSR1});
    SignalFd signals({SIGUSR1});
    EXPECT_EQ(signals.try_read(), std::nullopt);
    ASSERT_EQ(pthread_kill(pthread_self(), SIGUSR1), 0);
    pollfd fd{signals.fd(), POLLIN, 0};
    ASSERT_EQ(poll(&fd, 1, 10'000), 1);
    EXPECT_EQ(signals.try_read(), SIGUSR1);
    EXPECT_EQ(signals.try_read(), std::nullopt);
}

} // namespace
} // namespace trio::terminal
