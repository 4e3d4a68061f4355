// Tests specific to the thread channel: it moves objects, so it must neither leak nor
// destroy twice any message it holds (SPSCQueue's object-counting idea).
#include "ipc/thread_channel.hpp"

#include <chrono>
#include <gtest/gtest.h>
#include <mutex>
#include <set>
#include <thread>

namespace trio::ipc {
namespace {

using namespace std::chrono_literals;

// Every live Tracked object, by address. A double destruction or a destruction of something
// never constructed fails an expectation; a leak leaves an entry behind.
class Registry {
public:
    void add(const void* object) {
        std::lock_guard lock(m_mutex);
        EXPECT_TRUE(m_live.insert(object).second) << "constructed twice at " << object;
    }
    void remove(const void* object) {
        std::lock_guard lock(m_mutex);
        EXPECT_EQ(m_live.erase(object), 1U) << "destroyed but not alive: " << object;
    }
    std::size_t live() {
        std::lock_guard lock(m_mutex);
        return m_live.size();
    }

private:
    std::mutex m_mutex;
    std::set<const void*> m_live;
};

class Tracked {
public:
    Tracked(Registry& registry, int value) : m_registry(&registry), m_value(value) {
        m_registry->add(this);
    }
    Tracked(const Tracked& other) : m_registry(other.m_registry), m_value(other.m_value) {
        m_registry->add(this);
    }
    Tracked(Tracked&& other) noexcept : m_registry(other.m_registry), m_value(other.m_value) {
        m_registry->add(this);
    }
    Tracked& operator=(const Tracked& other) {
        m_value = other.m_value;
        return *this;
    }
    Tracked& operator=(Tracked&& other) noexcept {
        m_value = other.m_value;
        return *this;
    }
    ~Tracked() { m_registry->remove(this); }

    [[nodiscard]] int value() const { return m_value; }

private:
    Registry* m_registry;
    int m_value;
};

Deadline far_deadline() {
    return Clock::now() + 20s;
}

TEST(ThreadChannel, MessagesQueuedAtDestructionAreDestroyedOnce) {
    Registry registry;
    {
        auto [sender, receiver] = make_thread_channel<Tracked>(8);
        for (int i = 0; i < 5; ++i) {
            ASSERT_EQ(sender->try_send(Tracked(registry, i)), SendResult::Sent);
        }
        EXPECT_EQ(receiver->try_receive()->value(), 0);
        EXPECT_EQ(registry.live(), 4U);
    }
    EXPECT_EQ(registry.live(), 0U);
}

TEST(ThreadChannel, ReceiveLatestDestroysTheSkippedMessages) {
    Registry registry;
    auto [sender, receiver] = make_thread_channel<Tracked>(8);
    for (int i = 0; i < 6; ++i) {
        ASSERT_EQ(sender->try_send(Tracked(registry, i)), SendResult::Sent);
    }
    {
        const std::optional<Tracked> latest = receiver->receive_latest(far_deadline());
        ASSERT_TRUE(latest);
        EXPECT_EQ(latest->value(), 5);
        EXPECT_EQ(registry.live(), 1U);
    }
    EXPECT_EQ(registry.live(), 0U);
}

TEST(ThreadChannel, AFullQueueRefusesWithoutKeepingACopy) {
    Registry registry;
    auto [sender, receiver] = make_thread_channel<Tracked>(1);
    ASSERT_EQ(sender->try_send(Tracked(registry, 1)), SendResult::Sent);
    EXPECT_EQ(sender->try_send(Tracked(registry, 2)), SendResult::Full);
    EXPECT_EQ(registry.live(), 1U);
    receiver.reset();
    EXPECT_EQ(registry.live(), 0U);
    EXPECT_EQ(sender->try_send(Tracked(registry, 3)), SendResult::Closed);
    EXPECT_EQ(registry.live(), 0U);
}

TEST(ThreadChannel, TwoThreadsLeaveNoMessageAlive) {
    Registry registry;
    constexpr int count = 20'000;
    {
        auto [sender, receiver] = make_thread_channel<Tracked>(16);
        std::thread producer([&registry, &sender = *sender] {
            for (int i = 0; i < count; ++i) {
                if (sender.send(Tracked(registry, i), far_deadline()) != SendResult::Sent) {
                    break;
                }
            }
            sender.close();
        });
        int received = 0;
        while (auto m = receiver->receive(far_deadline())) {
            EXPECT_EQ(m->value(), received);
            ++received;
        }
        producer.join();
        EXPECT_EQ(received, count);
    }
    EXPECT_EQ(registry.live(), 0U);
}

TEST(ThreadChannel, DepthCountsTheMessagesQueuedNowOnBothEnds) {
    auto [sender, receiver] = make_thread_channel<int>(8);
    EXPECT_EQ(sender->depth(), 0U);
    EXPECT_EQ(receiver->depth(), 0U);
    ASSERT_EQ(sender->try_send(1), SendResult::Sent);
    EXPECT_EQ(sender->depth(), 1U);
    EXPECT_EQ(receiver->depth(), 1U);
    ASSERT_EQ(sender->try_send(2), SendResult::Sent);
    ASSERT_EQ(sender->try_send(3), SendResult::Sent);
    EXPECT_EQ(sender->depth(), 3U);
    EXPECT_EQ(receiver->depth(), 3U);
    ASSERT_EQ(receiver->try_receive(), 1);
    EXPECT_EQ(sender->depth(), 2U);
    EXPECT_EQ(receiver->depth(), 2U);
}

TEST(ThreadChannel, ZeroCapacityIsRejected) {
    EXPECT_THROW((void)make_thread_channel<int>(0), std::invalid_argument);
}

} // namespace
} // namespace trio::ipc
