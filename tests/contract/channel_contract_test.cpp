// The channel contract (ipc/channel.hpp), checked once against every transport: the thread
// channel and the Boost.Interprocess channel must behave the same to a component.
#include "ipc/interprocess_channel.hpp"
#include "ipc/thread_channel.hpp"
#include "tests/contract/test_message.hpp"

#include <chrono>
#include <gtest/gtest.h>
#include <string>
#include <thread>

namespace trio::ipc {
namespace {

using testing::TestCodec;
using testing::TestMessage;
using namespace std::chrono_literals;

using Channel =
    std::pair<std::unique_ptr<Sender<TestMessage>>, std::unique_ptr<Receiver<TestMessage>>>;

struct ThreadTransport {
    static constexpr bool has_byte_limit = false;
    static Channel make(std::size_t capacity) { return make_thread_channel<TestMessage>(capacity); }
};

struct InterprocessTransport {
    static constexpr bool has_byte_limit = true;
    static constexpr std::size_t max_message_bytes = 256;
    static Channel make(std::size_t capacity) {
        return make_interprocess_channel<TestMessage, TestCodec>(
            ChannelLimits{capacity, max_message_bytes});
    }
};

struct TransportNames {
    template <class T> static std::string GetName(int /*index*/) {
        return std::is_same_v<T, ThreadTransport> ? "Thread" : "Interprocess";
    }
};

// Long enough never to expire on a loaded machine; it bounds a failing test, not a passing one.
Deadline far_deadline() {
    return Clock::now() + 20s;
}
bool readable_now(int fd) {
    return wait_readable(fd, Deadline::min());
}
TestMessage msg(int seq) {
    return TestMessage{seq, "message " + std::to_string(seq)};
}

template <class Transport> class ChannelContract : public ::testing::Test {
protected:
    static void SetUpTestSuite() { testing::ignore_sigpipe(); }

    static constexpr std::size_t capacity = 4;
    Channel m_channel = Transport::make(capacity);
    Sender<TestMessage>& sender() { return *m_channel.first; }
    Receiver<TestMessage>& receiver() { return *m_channel.second; }

    void fill() {
        for (std::size_t i = 0; i < capacity; ++i) {
            ASSERT_EQ(sender().try_send(msg(static_cast<int>(i))), SendResult::Sent);
        }
    }
};

using Transports = ::testing::Types<ThreadTransport, InterprocessTransport>;
TYPED_TEST_SUITE(ChannelContract, Transports, TransportNames);

TYPED_TEST(ChannelContract, MessagesArriveInTheOrderSent) {
    for (int round = 0; round < 3; ++round) {
        for (int i = 0; i < 3; ++i) {
            ASSERT_EQ(this->sender().try_send(msg(round * 10 + i)), SendResult::Sent);
        }
        for (int i = 0; i < 3; ++i) {
            EXPECT_EQ(this->receiver().try_receive(), msg(round * 10 + i));
        }
    }
    EXPECT_EQ(this->receiver().try_receive(), std::nullopt);
    EXPECT_EQ(this->sender().capacity(), TestFixture::capacity);
    EXPECT_EQ(this->receiver().capacity(), TestFixture::capacity);
}

TYPED_TEST(ChannelContract, TrySendOnAFullQueueReturnsFullAndQueuesNothing) {
    this->fill();
    EXPECT_EQ(this->sender().try_send(msg(99)), SendResult::Full);
    for (std::size_t i = 0; i < TestFixture::capacity; ++i) {
        EXPECT_EQ(this->receiver().try_receive(), msg(static_cast<int>(i)));
    }
    EXPECT_EQ(this->receiver().try_receive(), std::nullopt);
}

TYPED_TEST(ChannelContract, OneReceiveFromAFullQueueWakesTheSender) {
    this->fill();
    ASSERT_EQ(this->sender().try_send(msg(99)), SendResult::Full);
    EXPECT_FALSE(readable_now(this->sender().space_fd()));
    EXPECT_EQ(this->receiver().try_receive(), msg(0));
    EXPECT_TRUE(readable_now(this->sender().space_fd()));
    EXPECT_EQ(this->sender().try_send(msg(99)), SendResult::Sent);
}

TYPED_TEST(ChannelContract, ReadyFdIsReadableExactlyWhileMessagesWait) {
    EXPECT_FALSE(readable_now(this->receiver().ready_fd()));
    ASSERT_EQ(this->sender().try_send(msg(1)), SendResult::Sent);
    ASSERT_EQ(this->sender().try_send(msg(2)), SendResult::Sent);
    EXPECT_TRUE(readable_now(this->receiver().ready_fd()));
    EXPECT_EQ(this->receiver().try_receive(), msg(1));
    EXPECT_EQ(this->receiver().try_receive(), msg(2));
    EXPECT_EQ(this->receiver().try_receive(), std::nullopt);
    EXPECT_FALSE(readable_now(this->receiver().ready_fd()));
}

TYPED_TEST(ChannelContract, ReceiveReturnsNulloptAtAPassedDeadline) {
    EXPECT_EQ(this->receiver().receive(Clock::now() - 1s), std::nullopt);
    EXPECT_FALSE(this->receiver().closed());
}

TYPED_TEST(ChannelContract, SendReturnsFullAtAPassedDeadline) {
    this->fill();
    EXPECT_EQ(this->sender().send(msg(99), Clock::now() - 1s), SendResult::Full);
}

TYPED_TEST(ChannelContract, CloseLetsTheReceiverDrainThenReportsEndOfStream) {
    ASSERT_EQ(this->sender().try_send(msg(1)), SendResult::Sent);
    ASSERT_EQ(this->sender().try_send(msg(2)), SendResult::Sent);
    this->sender().close();
    this->sender().close(); // idempotent
    EXPECT_EQ(this->sender().try_send(msg(3)), SendResult::Closed);

    EXPECT_FALSE(this->receiver().closed());
    EXPECT_EQ(this->receiver().receive(far_deadline()), msg(1));
    EXPECT_EQ(this->receiver().receive(far_deadline()), msg(2));
    EXPECT_EQ(this->receiver().receive(far_deadline()), std::nullopt);
    EXPECT_TRUE(this->receiver().closed());
    EXPECT_TRUE(readable_now(this->receiver().ready_fd()));
}

TYPED_TEST(ChannelContract, DestroyingTheSenderEndsTheStream) {
    ASSERT_EQ(this->sender().try_send(msg(1)), SendResult::Sent);
    this->m_channel.first.reset();
    EXPECT_TRUE(readable_now(this->receiver().ready_fd()));
    EXPECT_EQ(this->receiver().receive(far_deadline()), msg(1));
    EXPECT_EQ(this->receiver().receive(far_deadline()), std::nullopt);
    EXPECT_TRUE(this->receiver().closed());
}

TYPED_TEST(ChannelContract, DestroyingTheReceiverMakesTrySendReturnClosed) {
    ASSERT_EQ(this->sender().try_send(msg(1)), SendResult::Sent);
    ASSERT_EQ(this->sender().try_send(msg(2)), SendResult::Sent);
    this->m_channel.second.reset();
    // A sender waiting for space is woken, and finds the channel closed.
    EXPECT_TRUE(readable_now(this->sender().space_fd()));
    EXPECT_EQ(this->sender().try_send(msg(3)), SendResult::Closed);
    EXPECT_EQ(this->sender().send(msg(4), far_deadline()), SendResult::Closed);
}

TYPED_TEST(ChannelContract, ReceiveLatestKeepsOnlyTheNewest) {
    for (int i = 1; i <= 3; ++i) {
        ASSERT_EQ(this->sender().try_send(msg(i)), SendResult::Sent);
    }
    EXPECT_EQ(this->receiver().receive_latest(far_deadline()), msg(3));
    EXPECT_EQ(this->receiver().try_receive(), std::nullopt);
    EXPECT_EQ(this->receiver().receive_latest(Clock::now() - 1s), std::nullopt);
}

TYPED_TEST(ChannelContract, AMessageOverTheByteLimitThrowsMessageTooLarge) {
    if constexpr (!TypeParam::has_byte_limit) {
        GTEST_SKIP() << "the thread transport moves objects and never encodes them, so it has "
                        "no byte limit";
    } else {
        const TestMessage huge{1, std::string(TypeParam::max_message_bytes, 'x')};
        try {
            (void)this->sender().try_send(huge);
            FAIL() << "expected MessageTooLarge";
        } catch (const MessageTooLarge& e) {
            const std::string what = e.what();
            EXPECT_NE(what.find(std::to_string(TypeParam::max_message_bytes + 4)),
                      std::string::npos)
                << what;
            EXPECT_NE(what.find(std::to_string(TypeParam::max_message_bytes)), std::string::npos)
                << what;
        }
        // Nothing was queued, and the channel still works.
        ASSERT_EQ(this->sender().try_send(msg(2)), SendResult::Sent);
        EXPECT_EQ(this->receiver().try_receive(), msg(2));
    }
}

TYPED_TEST(ChannelContract, AProducerAndAConsumerThreadPass100kMessagesInOrder) {
    constexpr int count = 100'000;
    std::thread producer([&sender = this->sender()] {
        for (int i = 0; i < count; ++i) {
            // Only every 1000th message carries text: the test is about order, not size.
            TestMessage m{i, i % 1000 == 0 ? std::to_string(i) : std::string()};
            if (sender.send(m, far_deadline()) != SendResult::Sent) {
                break; // the consumer's checks below report the gap
            }
        }
        sender.close();
    });
    int expected = 0;
    while (auto m = this->receiver().receive(far_deadline())) {
        if (m->seq != expected) {
            ADD_FAILURE() << "got message " << m->seq << ", expected " << expected;
            break;
        }
        ++expected;
    }
    const bool closed = this->receiver().closed();
    this->m_channel.second.reset(); // after a failure, lets the producer stop at once
    producer.join();
    EXPECT_EQ(expected, count);
    EXPECT_TRUE(closed);
}

} // namespace
} // namespace trio::ipc
