// Tests for wait_readable(): the one bounded wait every channel call is built on.
#include "ipc/channel.hpp"
#include "ipc/unique_fd.hpp"

#include <array>
#include <chrono>
#include <gtest/gtest.h>
#include <system_error>
#include <unistd.h>

namespace trio::ipc {
namespace {

using namespace std::chrono_literals;

struct Pipe {
    Pipe() {
        std::array<int, 2> fds{};
        EXPECT_EQ(::pipe(fds.data()), 0);
        read_end = UniqueFd(fds[0]);
        write_end = UniqueFd(fds[1]);
    }
    UniqueFd read_end;
    UniqueFd write_end;
};

TEST(WaitReadable, AQuietFdTimesOutAtAPassedDeadline) {
    Pipe pipe;
    EXPECT_FALSE(wait_readable(pipe.read_end.get(), Clock::now() - 1s));
    EXPECT_FALSE(wait_readable(pipe.read_end.get(), Deadline::min()));
}

TEST(WaitReadable, AShortDeadlineExpires) {
    Pipe pipe;
    EXPECT_FALSE(wait_readable(pipe.read_end.get(), Clock::now() + 2ms));
}

TEST(WaitReadable, DataMakesItReadyEvenAtAPassedDeadline) {
    Pipe pipe;
    ASSERT_EQ(::write(pipe.write_end.get(), "x", 1), 1);
    EXPECT_TRUE(wait_readable(pipe.read_end.get(), Clock::now() - 1s));
}

TEST(WaitReadable, AHangUpMakesItReady) {
    Pipe pipe;
    pipe.write_end.reset();
    EXPECT_TRUE(wait_readable(pipe.read_end.get(), Deadline::max()));
}

TEST(WaitReadable, AClosedFdIsAnError) {
    Pipe pipe;
    const int stale = pipe.read_end.get();
    pipe.read_end.reset();
    EXPECT_THROW((void)wait_readable(stale, Clock::now() + 1s), std::system_error);
}

} // namespace
} // namespace trio::ipc
