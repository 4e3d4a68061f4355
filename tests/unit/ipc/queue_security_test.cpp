// Tests that another local user can neither find, read, write nor remove trio's message
// queues: names carry 128 random bits, objects are created 0600 and unlinked at once.
//
// The cross-user test forks a child that becomes uid/gid 65534 (nobody), so it needs root and
// is skipped otherwise. The child runs only plain calls and reports through its exit status.
#include "ipc/interprocess_channel.hpp"
#include "ipc/shared_queue.hpp"
#include "ipc/shm_names.hpp"

#include <boost/interprocess/ipc/message_queue.hpp>
#include <cerrno>
#include <fcntl.h>
#include <grp.h>
#include <gtest/gtest.h>
#include <string_view>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace trio::ipc {
namespace {

constexpr uid_t other_uid = 65534;
constexpr gid_t other_gid = 65534;

// What the other user managed, as the child's exit status: 0 means it was refused everything.
enum class Breach : int {
    None = 0,
    StillPrivileged,
    OpenedForReading,
    OpenForReadingFailedWithoutEacces,
    OpenedForWriting,
    OpenForWritingFailedWithoutEacces,
    OpenedWithBoost,
    Removed,
};

std::string_view describe(int exit_code) {
    switch (static_cast<Breach>(exit_code)) {
    case Breach::None:
        return "refused everything";
    case Breach::StillPrivileged:
        return "could not drop to uid/gid 65534";
    case Breach::OpenedForReading:
        return "opened the object for reading";
    case Breach::OpenForReadingFailedWithoutEacces:
        return "open(O_RDONLY) failed, but not with EACCES";
    case Breach::OpenedForWriting:
        return "opened the object for writing";
    case Breach::OpenForWritingFailedWithoutEacces:
        return "open(O_RDWR) failed, but not with EACCES";
    case Breach::OpenedWithBoost:
        return "opened the queue with message_queue(open_only)";
    case Breach::Removed:
        return "removed the object";
    }
    return "unexpected exit status";
}

// Runs in the forked child: becomes the other user, then tries every way in.
Breach attack_as_other_user(const std::string& name) {
    if (::setgroups(0, nullptr) != 0 || ::setgid(other_gid) != 0 || ::setuid(other_uid) != 0 ||
        ::geteuid() != other_uid) {
        return Breach::StillPrivileged;
    }
    const std::string path = std::string(shm_directory) + "/" + name;
    if (const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC); fd >= 0) {
        return Breach::OpenedForReading;
    }
    if (errno != EACCES) {
        return Breach::OpenForReadingFailedWithoutEacces;
    }
    if (const int fd = ::open(path.c_str(), O_RDWR | O_CLOEXEC); fd >= 0) {
        return Breach::OpenedForWriting;
    }
    if (errno != EACCES) {
        return Breach::OpenForWritingFailedWithoutEacces;
    }
    try {
        boost::interprocess::message_queue queue(boost::interprocess::open_only, name.c_str());
        return Breach::OpenedWithBoost;
    } catch (const boost::interprocess::interprocess_exception&) {
        // refused, as it should be
    }
    // /dev/shm is sticky: only the owner may remove (or so replace) an object.
    if (::unlink(path.c_str()) == 0) {
        return Breach::Removed;
    }
    return Breach::None;
}

std::span<const std::byte> bytes_of(std::string_view text) {
    return std::as_bytes(std::span<const char>(text.data(), text.size()));
}

TEST(QueueSecurity, AnotherUserCanNeitherOpenNorRemoveAQueueWhoseNameIsStillLinked) {
    if (::geteuid() != 0) {
        GTEST_SKIP() << "needs root to run a second uid (65534) against the queue";
    }
    SharedQueue queue(ChannelLimits{4, 64}); // its name stays linked until unlink_name()
    const std::string path = std::string(shm_directory) + "/" + queue.name();
    struct stat info {};
    ASSERT_EQ(::stat(path.c_str(), &info), 0) << path;
    EXPECT_EQ(info.st_mode & 0777U, 0600U);
    EXPECT_EQ(info.st_uid, ::geteuid());

    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        int code = 70;
        try {
            code = static_cast<int>(attack_as_other_user(queue.name()));
        } catch (...) {
        }
        ::_exit(code);
    }
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFEXITED(status)) << "child ended by signal " << WTERMSIG(status);
    EXPECT_EQ(WEXITSTATUS(status), 0) << "the other user " << describe(WEXITSTATUS(status));
    EXPECT_EQ(::stat(path.c_str(), &info), 0) << "the object must still be there";
}

TEST(QueueSecurity, EveryQueueGetsAFreshNameWith128RandomBits) {
    const SharedQueue first(ChannelLimits{1, 8});
    const SharedQueue second(ChannelLimits{1, 8});
    EXPECT_NE(first.name(), second.name());
    const std::string prefix = shm_name_prefix(::getpid());
    for (const SharedQueue* queue : {&first, &second}) {
        ASSERT_TRUE(queue->name().starts_with(prefix)) << queue->name();
        const std::string random = queue->name().substr(prefix.size());
        EXPECT_EQ(random.size(), 32U) << queue->name(); // 16 bytes from getrandom(), in hex
        EXPECT_EQ(random.find_first_not_of("0123456789abcdef"), std::string::npos) << random;
    }
}

TEST(QueueSecurity, AChannelLeavesNoNameToOpenYetStillCarriesMessages) {
    auto [sender, receiver] = make_interprocess_byte_channel(ChannelLimits{4, 64});
    EXPECT_TRUE(shm_objects_of(::getpid()).empty());

    ASSERT_EQ(sender.try_send(bytes_of("secret")), SendResult::Sent);
    const auto received = receiver.try_receive();
    ASSERT_TRUE(received.has_value());
    EXPECT_EQ(std::string_view(reinterpret_cast<const char*>(received->data()), received->size()),
              "secret");
}

} // namespace
} // namespace trio::ipc
