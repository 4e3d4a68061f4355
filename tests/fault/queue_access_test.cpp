// Another local user must not reach a running trio-proc's queues: not by name (nothing is left
// in /dev/shm to open), not through the processes' mappings or descriptors in /proc. Runs as
// root only: the test switches a forked child to a second uid (nobody) for the attempt.
#include "trio_proc_fixture.hpp"

#include <array>
#include <cerrno>
#include <climits>
#include <fcntl.h>
#include <filesystem>
#include <grp.h>
#include <sys/wait.h>
#include <unistd.h>

namespace trio::fault {
namespace {

constexpr uid_t second_uid = 65534; // nobody
constexpr gid_t second_gid = 65534;

// The paths through which the editor's shared memory could be reached: every entry of
// /proc/<pid>/map_files and /proc/<pid>/fd of `pid` whose target is in /dev/shm. Read as root.
std::vector<std::string> shared_memory_paths(pid_t pid) {
    std::vector<std::string> paths;
    for (const char* dir : {"map_files", "fd"}) {
        const std::string base = "/proc/" + std::to_string(pid) + "/" + dir;
        std::error_code ec;
        for (const auto& entry : std::filesystem::directory_iterator(base, ec)) {
            std::array<char, PATH_MAX> target{};
            const ssize_t n = ::readlink(entry.path().c_str(), target.data(), target.size() - 1);
            if (n > 0 && std::string_view(target.data(), static_cast<std::size_t>(n))
                             .starts_with("/dev/shm/")) {
                paths.push_back(entry.path().string());
            }
        }
    }
    return paths;
}

// In a forked child running as the second uid: how many of `paths` it could open (for
// reading or writing). 255 if it could not even switch uid.
int openable_by_second_user(const std::vector<std::string>& paths) {
    const pid_t child = ::fork();
    if (child == 0) {
        if (::setgroups(0, nullptr) != 0 || ::setgid(second_gid) != 0 ||
            ::setuid(second_uid) != 0) {
            ::_exit(255);
        }
        int opened = 0;
        for (const std::string& path : paths) {
            for (const int mode : {O_RDONLY, O_RDWR}) {
                const int fd = ::open(path.c_str(), mode | O_CLOEXEC);
                if (fd >= 0) {
                    ++opened;
                    ::close(fd);
                }
            }
        }
        ::_exit(opened);
    }
    int status = 0;
    if (child < 0 || ::waitpid(child, &status, 0) != child || !WIFEXITED(status)) {
        return 255;
    }
    return WEXITSTATUS(status);
}

TEST_F(TrioProc, AnotherUserCannotOpenTheQueuesOfARunningEditor) {
    if (::geteuid() != 0) {
        GTEST_SKIP() << "needs root, to try as a second uid (" << second_uid << ")";
    }
    ASSERT_NO_FATAL_FAILURE(find_children());
    ASSERT_TRUE(session().wait_until_ready()) << session().describe();
    ASSERT_NO_FATAL_FAILURE(type_and_expect("secret ", "secret " + std::string(original_text)));

    // By name: nothing to open.
    expect_no_shm_objects();
    // Through /proc: the queues are mapped in all three processes...
    std::vector<std::string> paths;
    for (const pid_t pid : {session().pid(), child("trio-render"), child("trio-autosave")}) {
        const std::vector<std::string> found = shared_memory_paths(pid);
        EXPECT_FALSE(found.empty()) << "no /dev/shm mapping found in pid " << pid;
        paths.insert(paths.end(), found.begin(), found.end());
    }
    // ...and none of them opens for another user.
    EXPECT_EQ(openable_by_second_user(paths), 0)
        << "a second uid opened the editor's shared memory through /proc";

    ASSERT_NO_FATAL_FAILURE(save_and_expect_written());
    ASSERT_NO_FATAL_FAILURE(quit_and_expect_clean_exit());
}

} // namespace
} // namespace trio::fault
