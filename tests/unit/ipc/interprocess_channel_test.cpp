// Tests of the process channel across a real fork(): messages cross in order, and a peer
// killed with SIGKILL shows up as end-of-stream or Closed instead of a hang.
//
// A forked child runs only simple code and leaves with _exit(): it never returns into
// GoogleTest, and reports through its exit status (checked by the parent).
#include "ipc/interprocess_channel.hpp"
#include "ipc/shm_names.hpp"
#include "tests/contract/test_message.hpp"

#include <chrono>
#include <csignal>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace trio::ipc {
namespace {

using testing::TestCodec;
using testing::TestMessage;
using namespace std::chrono_literals;

Deadline far_deadline() {
    return Clock::now() + 20s;
}

struct Channel {
    std::unique_ptr<Sender<TestMessage>> sender;
    std::unique_ptr<Receiver<TestMessage>> receiver;
};

Channel make_channel(std::size_t capacity) {
    auto [sender, receiver] =
        make_interprocess_channel<TestMessage, TestCodec>(ChannelLimits{capacity, 128});
    return Channel{std::move(sender), std::move(receiver)};
}

// Forks; the child runs `body` and _exits with its result (70 if it throws).
template <class Body> pid_t fork_child(Body body) {
    const pid_t pid = ::fork();
    if (pid == 0) {
        int status = 70;
        try {
            status = body();
        } catch (...) {
        }
        ::_exit(status);
    }
    return pid;
}

// Waits for the child; returns its raw wait status.
int reap(pid_t pid) {
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return status;
}

[[noreturn]] void wait_to_be_killed() {
    for (;;) {
        ::pause();
    }
}

class InterprocessChannelTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { testing::ignore_sigpipe(); }
};

TEST_F(InterprocessChannelTest, AChildsMessagesReachTheParentInOrder) {
    constexpr int count = 5'000;
    Channel channel = make_channel(8); // small, so the sender often waits for space
    EXPECT_TRUE(shm_objects_of(::getpid()).empty());
    const pid_t child = fork_child([&] {
        channel.receiver.reset(); // keep only the end this process uses
        for (int i = 0; i < count; ++i) {
            if (channel.sender->send(TestMessage{i, std::to_string(i)}, far_deadline()) !=
                SendResult::Sent) {
                return 1;
            }
        }
        channel.sender->close();
        return 0;
    });
    ASSERT_GT(child, 0);
    channel.sender.reset();

    int expected = 0;
    while (auto m = channel.receiver->receive(far_deadline())) {
        ASSERT_EQ(*m, (TestMessage{expected, std::to_string(expected)}));
        ++expected;
    }
    EXPECT_EQ(expected, count);
    EXPECT_TRUE(channel.receiver->closed());
    const int status = reap(child);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << status;
}

TEST_F(InterprocessChannelTest, ASenderKilledWhileTheReceiverWaitsEndsTheStream) {
    Channel channel = make_channel(4);
    const pid_t child = fork_child([&] {
        channel.receiver.reset();
        if (channel.sender->try_send(TestMessage{1, "ready"}) != SendResult::Sent) {
            return 1;
        }
        wait_to_be_killed();
    });
    ASSERT_GT(child, 0);
    channel.sender.reset();
    ASSERT_EQ(channel.receiver->receive(far_deadline()), (TestMessage{1, "ready"}));

    std::jthread killer([child] { ::kill(child, SIGKILL); });
    // End-of-stream, not a time-out: closed() is true only if the sender's death was seen.
    EXPECT_EQ(channel.receiver->receive(far_deadline()), std::nullopt);
    EXPECT_TRUE(channel.receiver->closed());
    killer.join();
    const int status = reap(child);
    EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) << status;
}

TEST_F(InterprocessChannelTest, ASenderKilledMidStreamLeavesAnOrderedPrefixThenTheEnd) {
    // The child may die anywhere, even inside Boost's queue lock (1.81's robust mutex then
    // makes the survivor's call throw, which the channel reports as end-of-stream).
    constexpr int before_kill = 2'000;
    Channel channel = make_channel(8);
    const pid_t child = fork_child([&] {
        channel.receiver.reset();
        for (int i = 0;; ++i) {
            if (channel.sender->send(TestMessage{i, "payload"}, far_deadline()) !=
                SendResult::Sent) {
                return 1;
            }
        }
    });
    ASSERT_GT(child, 0);
    channel.sender.reset();

    int expected = 0;
    while (auto m = channel.receiver->receive(far_deadline())) {
        ASSERT_EQ(m->seq, expected);
        if (++expected == before_kill) {
            ::kill(child, SIGKILL);
        }
    }
    EXPECT_GE(expected, before_kill);
    EXPECT_TRUE(channel.receiver->closed());
    const int status = reap(child);
    EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) << status;
}

TEST_F(InterprocessChannelTest, AReceiverKilledWhileWaitingMakesTheSenderSeeClosed) {
    // ipc-findings.md pitfall 1: with Boost's blocking receive(), a waiter killed like this
    // made the next send() hang forever. Here the receiver waits in poll(), not in Boost.
    Channel channel = make_channel(4);
    const pid_t child = fork_child([&] {
        channel.sender.reset();
        if (!channel.receiver->receive(far_deadline())) {
            return 1;
        }
        (void)channel.receiver->receive(Deadline::max()); // killed while waiting here
        return 2;
    });
    ASSERT_GT(child, 0);
    channel.receiver.reset();
    ASSERT_EQ(channel.sender->try_send(TestMessage{1, "first"}), SendResult::Sent);
    ::kill(child, SIGKILL);
    const int status = reap(child);
    EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) << status;

    EXPECT_EQ(channel.sender->send(TestMessage{2, "second"}, far_deadline()), SendResult::Closed);
    EXPECT_EQ(channel.sender->try_send(TestMessage{3, "third"}), SendResult::Closed);
}

TEST_F(InterprocessChannelTest, DepthCountsTheMessagesQueuedNowOnBothEnds) {
    Channel channel = make_channel(8);
    EXPECT_EQ(channel.sender->depth(), 0U);
    EXPECT_EQ(channel.receiver->depth(), 0U);
    ASSERT_EQ(channel.sender->try_send(TestMessage{1, "a"}), SendResult::Sent);
    EXPECT_EQ(channel.sender->depth(), 1U);
    EXPECT_EQ(channel.receiver->depth(), 1U);
    ASSERT_EQ(channel.sender->try_send(TestMessage{2, "b"}), SendResult::Sent);
    ASSERT_EQ(channel.sender->try_send(TestMessage{3, "c"}), SendResult::Sent);
    EXPECT_EQ(channel.sender->depth(), 3U);
    EXPECT_EQ(channel.receiver->depth(), 3U);
    ASSERT_EQ(channel.receiver->try_receive(), (TestMessage{1, "a"}));
    EXPECT_EQ(channel.sender->depth(), 2U);
    EXPECT_EQ(channel.receiver->depth(), 2U);

    // A closed sender no longer knows; the receiver still sees what is left to drain.
    channel.sender->close();
    EXPECT_EQ(channel.sender->depth(), std::nullopt);
    EXPECT_EQ(channel.receiver->depth(), 2U);
}

TEST_F(InterprocessChannelTest, DepthSeesTheMessagesAnotherProcessQueued) {
    Channel channel = make_channel(8);
    const pid_t child = fork_child([&] {
        channel.receiver.reset();
        for (int i = 0; i < 3; ++i) {
            if (channel.sender->try_send(TestMessage{i, "queued"}) != SendResult::Sent) {
                return 1;
            }
        }
        return 0;
    });
    ASSERT_GT(child, 0);
    channel.sender.reset();
    const int status = reap(child);
    ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << status;
    EXPECT_EQ(channel.receiver->depth(), 3U);
    ASSERT_EQ(channel.receiver->try_receive(), (TestMessage{0, "queued"}));
    EXPECT_EQ(channel.receiver->depth(), 2U);
}

} // namespace
} // namespace trio::ipc
