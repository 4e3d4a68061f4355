// Tests for SharedQueue: how the Boost queue is created (name, mode, unlinking) and its
// never-blocking operations.
#include "ipc/channel.hpp"
#include "ipc/interprocess_channel.hpp"
#include "ipc/shared_queue.hpp"
#include "ipc/shm_names.hpp"

#include <array>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace trio::ipc {
namespace {

std::span<const std::byte> bytes_of(std::string_view text) {
    return std::as_bytes(std::span<const char>(text.data(), text.size()));
}

// Sets the umask for one scope: the queue's mode must not depend on it.
class ScopedUmask {
public:
    explicit ScopedUmask(mode_t mask) : m_previous(::umask(mask)) {}
    ~ScopedUmask() { ::umask(m_previous); }
    ScopedUmask(const ScopedUmask&) = delete;
    ScopedUmask& operator=(const ScopedUmask&) = delete;

private:
    mode_t m_previous;
};

TEST(SharedQueue, IsCreatedOwnerOnlyWhateverTheUmask) {
    const ScopedUmask permissive(0);
    SharedQueue queue(ChannelLimits{4, 64});
    ASSERT_FALSE(queue.name().empty());
    struct stat info {};
    ASSERT_EQ(::stat(("/dev/shm/" + queue.name()).c_str(), &info), 0) << queue.name();
    EXPECT_EQ(info.st_mode & 0777U, 0600U);
    EXPECT_EQ(info.st_uid, ::getuid());
}

TEST(SharedQueue, UnlinkingTheNameLeavesNothingInDevShmAndTheQueueWorking) {
    SharedQueue queue(ChannelLimits{4, 64});
    EXPECT_EQ(shm_objects_of(::getpid()), std::vector<std::string>{queue.name()});
    queue.unlink_name();
    EXPECT_TRUE(queue.name().empty());
    EXPECT_TRUE(shm_objects_of(::getpid()).empty());

    ASSERT_EQ(queue.try_push(bytes_of("hello")), QueueStatus::Done);
    EXPECT_EQ(queue.count(), 1U);
    std::vector<std::byte> buffer(queue.max_message_bytes());
    const PopResult popped = queue.try_pop(buffer);
    ASSERT_EQ(popped.status, QueueStatus::Done);
    EXPECT_EQ(std::string(reinterpret_cast<const char*>(buffer.data()), popped.size), "hello");
}

TEST(SharedQueue, TheDestructorRemovesANameStillThere) {
    { SharedQueue queue(ChannelLimits{1, 8}); }
    EXPECT_TRUE(shm_objects_of(::getpid()).empty());
}

TEST(SharedQueue, AChannelLeavesNothingInDevShm) {
    auto ends = make_interprocess_byte_channel(ChannelLimits{16, 4096});
    EXPECT_TRUE(shm_objects_of(::getpid()).empty());
}

TEST(SharedQueue, PushAndPopNeverBlock) {
    SharedQueue queue(ChannelLimits{2, 8});
    std::vector<std::byte> buffer(queue.max_message_bytes());
    EXPECT_EQ(queue.try_pop(buffer).status, QueueStatus::WouldBlock);
    ASSERT_EQ(queue.try_push(bytes_of("a")), QueueStatus::Done);
    ASSERT_EQ(queue.try_push(bytes_of("b")), QueueStatus::Done);
    EXPECT_EQ(queue.try_push(bytes_of("c")), QueueStatus::WouldBlock);
    EXPECT_EQ(queue.count(), 2U);
}

TEST(SharedQueue, RejectsOversizeMessagesShortBuffersAndZeroLimits) {
    SharedQueue queue(ChannelLimits{2, 8});
    EXPECT_THROW((void)queue.try_push(bytes_of("123456789")), MessageTooLarge);
    std::array<std::byte, 4> small{};
    EXPECT_THROW((void)queue.try_pop(small), std::invalid_argument);
    EXPECT_THROW(SharedQueue(ChannelLimits{0, 8}), std::invalid_argument);
    EXPECT_THROW(SharedQueue(ChannelLimits{2, 0}), std::invalid_argument);
}

} // namespace
} // namespace trio::ipc
