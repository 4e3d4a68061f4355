// Tests for shared-memory naming: unguessable names, findable by their creator's pid.
#include "ipc/shm_names.hpp"

#include <algorithm>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/mman.h>
#include <unistd.h>

namespace trio::ipc {
namespace {

TEST(ShmNames, ANameIsTrioThenThePidThen128RandomBitsInHex) {
    const std::string name = make_shm_name();
    const std::string prefix = "trio." + std::to_string(::getpid()) + ".";
    ASSERT_TRUE(name.starts_with(prefix)) << name;
    const std::string random = name.substr(prefix.size());
    EXPECT_EQ(random.size(), 32U);
    EXPECT_EQ(random.find_first_not_of("0123456789abcdef"), std::string::npos) << random;
    EXPECT_EQ(shm_name_prefix(::getpid()), prefix);
}

TEST(ShmNames, TwoNamesDiffer) {
    EXPECT_NE(make_shm_name(), make_shm_name());
}

TEST(ShmNames, ObjectsAreFoundByTheirCreatorsPidUntilUnlinked) {
    const std::string name = make_shm_name();
    const int fd = ::shm_open(("/" + name).c_str(), O_CREAT | O_EXCL | O_RDWR, 0600);
    ASSERT_GE(fd, 0);
    ::close(fd);
    EXPECT_EQ(shm_objects_of(::getpid()), std::vector<std::string>{name});
    const std::vector<std::string> init_objects = shm_objects_of(1);
    EXPECT_EQ(std::count(init_objects.begin(), init_objects.end(), name), 0);
    ASSERT_EQ(::shm_unlink(("/" + name).c_str()), 0);
    EXPECT_TRUE(shm_objects_of(::getpid()).empty());
}

} // namespace
} // namespace trio::ipc
