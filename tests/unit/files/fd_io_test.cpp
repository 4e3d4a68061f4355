// write_all and read_to_end: full transfers and reported errors.
#include "editor/files/fd_io.hpp"
#include "ipc/unique_fd.hpp"

#include <cerrno>
#include <fcntl.h>
#include <gtest/gtest.h>

namespace trio::files {

using ipc::UniqueFd;
namespace {

TEST(WriteAll, FullDiskIsReportedAsEnospc) {
    UniqueFd full(::open("/dev/full", O_WRONLY | O_CLOEXEC));
    ASSERT_TRUE(full.valid());
    EXPECT_EQ(write_all(full.get(), "bytes"), ENOSPC);
}

TEST(WriteAll, EverythingArrivesThroughAPipe) {
    int fds[2];
    ASSERT_EQ(::pipe(fds), 0);
    UniqueFd reader(fds[0]);
    UniqueFd writer(fds[1]);
    const std::string bytes(10'000, 'z'); // below the pipe buffer, so no reader is needed
    ASSERT_EQ(write_all(writer.get(), bytes), 0);
    ASSERT_EQ(writer.close(), 0);
    std::string out = "prefix:";
    ASSERT_EQ(read_to_end(reader.get(), out, 16), 0); // a wrong hint only costs reallocations
    EXPECT_EQ(out, "prefix:" + bytes);
}

TEST(ReadToEnd, ErrorIsReported) {
    UniqueFd dir(::open("/", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    std::string out;
    EXPECT_EQ(read_to_end(dir.get(), out, 0), EISDIR);
    EXPECT_EQ(out, "");
}

TEST(ErrnoText, IsTheSystemMessage) {
    EXPECT_EQ(errno_text(EACCES), "Permission denied");
}

} // namespace
} // namespace trio::files
