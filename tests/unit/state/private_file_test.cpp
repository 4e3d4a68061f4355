// create_private_file and open_private_file_for_reading: 0600, exclusive, and never through a
// planted symlink or into someone else's file.
#include "editor/state/private_file.hpp"
#include "editor/state/state_error.hpp"
#include "state_test_support.hpp"

#include <gtest/gtest.h>

namespace trio::state {
namespace {

using testing::ScratchDir;

template <typename Call> std::string error_of(Call call) {
    try {
        (void)call();
    } catch (const StateError& e) {
        return e.what();
    }
    return "";
}

TEST(PrivateFile, IsCreatedReadWriteWithMode0600WhateverTheUmask) {
    ScratchDir scratch;
    const mode_t mask = ::umask(0);
    const ipc::UniqueFd fd = create_private_file(scratch / "j");
    ::umask(mask);
    ASSERT_TRUE(fd.valid());
    EXPECT_EQ(testing::lstat_of(scratch / "j").st_mode & 07777, 0600U);
    EXPECT_EQ(::write(fd.get(), "ok", 2), 2);
    EXPECT_EQ(testing::read_file(scratch / "j"), "ok");
}

TEST(PrivateFile, CreationRefusesAnExistingFile) {
    ScratchDir scratch;
    testing::write_file(scratch / "j", "someone's");
    const std::string error = error_of([&] { return create_private_file(scratch / "j"); });
    EXPECT_EQ(error, "Refusing to create '" + scratch / "j" + "': something already exists there");
    EXPECT_EQ(testing::read_file(scratch / "j"), "someone's");
}

TEST(PrivateFile, CreationRefusesAPlantedSymlinkAndDoesNotFollowIt) {
    ScratchDir scratch;
    testing::write_file(scratch / "victim", "precious");
    ASSERT_EQ(::symlink((scratch / "victim").c_str(), (scratch / "j").c_str()), 0);
    ASSERT_EQ(::symlink((scratch / "nowhere").c_str(), (scratch / "dangling").c_str()), 0);
    EXPECT_NE(error_of([&] { return create_private_file(scratch / "j"); }), "");
    EXPECT_NE(error_of([&] { return create_private_file(scratch / "dangling"); }), "");
    EXPECT_EQ(testing::read_file(scratch / "victim"), "precious");
    EXPECT_FALSE(testing::exists_no_follow(scratch / "nowhere"));
}

TEST(PrivateFile, CreationReportsOtherErrorsWithTheirReason) {
    ScratchDir scratch;
    const std::string error = error_of([&] { return create_private_file(scratch / "no/j"); });
    EXPECT_EQ(error, "Cannot create '" + scratch / "no/j" + "': No such file or directory");
}

TEST(PrivateFile, OpensOurOwnRegularFileForReading) {
    ScratchDir scratch;
    testing::write_file(scratch / "j", "journal");
    const ipc::UniqueFd fd = open_private_file_for_reading(scratch / "j");
    char buffer[16] = {};
    EXPECT_EQ(::read(fd.get(), buffer, sizeof buffer), 7);
    EXPECT_EQ(std::string(buffer), "journal");
}

TEST(PrivateFile, ReadingRefusesASymlink) {
    ScratchDir scratch;
    testing::write_file(scratch / "victim", "x");
    ASSERT_EQ(::symlink((scratch / "victim").c_str(), (scratch / "j").c_str()), 0);
    EXPECT_EQ(error_of([&] { return open_private_file_for_reading(scratch / "j"); }),
              "'" + scratch / "j" + "' is a symbolic link; refusing to follow it");
}

TEST(PrivateFile, ReadingRefusesAFifoWithoutBlockingAndADirectory) {
    ScratchDir scratch;
    ASSERT_EQ(::mkfifo((scratch / "fifo").c_str(), 0600), 0);
    ASSERT_EQ(::mkdir((scratch / "dir").c_str(), 0700), 0);
    EXPECT_EQ(error_of([&] { return open_private_file_for_reading(scratch / "fifo"); }),
              "'" + scratch / "fifo" + "' is not a regular file");
    EXPECT_EQ(error_of([&] { return open_private_file_for_reading(scratch / "dir"); }),
              "'" + scratch / "dir" + "' is not a regular file");
}

TEST(PrivateFile, ReadingRefusesAFileOwnedBySomeoneElse) {
    if (::geteuid() != 0) {
        GTEST_SKIP() << "needs root to give a file away";
    }
    ScratchDir scratch;
    testing::write_file(scratch / "j", "planted");
    ASSERT_EQ(::chown((scratch / "j").c_str(), testing::nobody, testing::nobody), 0);
    EXPECT_EQ(error_of([&] { return open_private_file_for_reading(scratch / "j"); }),
              "'" + scratch / "j" + "' is owned by uid 65534, not you (uid 0)");
}

} // namespace
} // namespace trio::state
