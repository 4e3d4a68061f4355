// Tests for the SIGBUS guard of the mapped file: a file truncated under its mapping reads as
// zeros instead of killing the editor. Each test runs in a forked child, so the handlers it
// installs never touch the test runner.
#include "editor/terminal/crash_guard.hpp"

#include <cstdlib>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <string>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

namespace trio::terminal {
namespace {

// Runs `body` in a child; returns its exit status, or 128 + signal if it was killed.
template <typename Body> int in_child(Body body) {
    const pid_t pid = fork();
    if (pid == 0) {
        _exit(body());
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

// A three-page file of 'a' mapped read-only, then truncated to one page by "someone else".
// Returns the byte read from the lost third page (the child dies here without a guard).
int read_truncated_page(bool guarded) {
    const auto page = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
    char path[] = "/tmp/trio-crash-guard-XXXXXX";
    const int fd = mkstemp(path);
    if (fd < 0) {
        return 90;
    }
    unlink(path);
    const std::string bytes(3 * page, 'a');
    if (write(fd, bytes.data(), bytes.size()) != static_cast<ssize_t>(bytes.size())) {
        return 91;
    }
    void* base = mmap(nullptr, bytes.size(), PROT_READ, MAP_PRIVATE, fd, 0);
    if (base == MAP_FAILED) {
        return 92;
    }
    if (guarded) {
        guard_mapped_file(base, bytes.size());
    }
    if (ftruncate(fd, static_cast<off_t>(page)) != 0) {
        return 93;
    }
    const volatile char* text = static_cast<const char*>(base);
    if (text[0] != 'a' || mapped_file_lost_pages()) {
        return 94;
    }
    const char lost = text[2 * page + 5];
    if (!mapped_file_lost_pages()) {
        return 95;
    }
    return lost == '\0' && text[page - 1] == 'a' ? 0 : 96;
}

TEST(CrashGuard, ATruncatedMappedFileReadsAsZerosInsteadOfKillingTheProcess) {
    EXPECT_EQ(in_child([] { return read_truncated_page(true); }), 0);
}

TEST(CrashGuard, WithoutTheGuardTheSameReadIsFatal) {
    // Killed by SIGBUS; in a sanitizer build the sanitizer reports it and exits non-zero.
    const int status = in_child([] { return read_truncated_page(false); });
    EXPECT_TRUE(status == 128 + SIGBUS || status == 1 || status == 66) << status;
}

} // namespace
} // namespace trio::terminal
