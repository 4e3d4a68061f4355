// Test helpers for the state directory: a scratch directory, small file utilities, and a
// pipe-based gate and child process so lock tests synchronise without sleeping.
#pragma once

#include "tests/unit/files/scratch_dir.hpp"

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace trio::state::testing {

constexpr uid_t nobody = 65534;

// The scratch directory of the files tests: mkdtemp, removed with everything in it.
using files::testing::ScratchDir;

inline void write_file(const std::string& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
}

inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

inline bool exists_no_follow(const std::string& path) {
    struct stat st {};
    return ::lstat(path.c_str(), &st) == 0;
}

inline struct stat lstat_of(const std::string& path) {
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0) {
        throw std::runtime_error("lstat " + path + " failed");
    }
    return st;
}

// A one-shot signal across fork: wait() blocks until open() is called (or every holder of
// the write end is gone). Create it before fork().
class Gate {
public:
    Gate() {
        if (::pipe(m_fds) != 0) {
            throw std::runtime_error("pipe failed");
        }
    }
    Gate(const Gate&) = delete;
    Gate& operator=(const Gate&) = delete;
    ~Gate() {
        close_end(0);
        close_end(1);
    }
    // In the waiting process, after fork: drop our copy of the write end, then block.
    void wait() {
        close_end(1);
        char byte = 0;
        while (::read(m_fds[0], &byte, 1) < 0 && errno == EINTR) {
        }
    }
    void open() { close_end(1); }

private:
    void close_end(int end) {
        if (m_fds[end] >= 0) {
            ::close(m_fds[end]);
            m_fds[end] = -1;
        }
    }
    int m_fds[2] = {-1, -1};
};

// A pipe that carries one byte per message from children to the parent.
class Reports {
public:
    Reports() {
        if (::pipe(m_fds) != 0) {
            throw std::runtime_error("pipe failed");
        }
    }
    Reports(const Reports&) = delete;
    Reports& operator=(const Reports&) = delete;
    ~Reports() {
        ::close(m_fds[0]);
        close_write_end();
    }
    void send(char c) const { (void)!::write(m_fds[1], &c, 1); }
    // In the parent once every child is forked: a child that dies silently then reads as '?'
    // instead of hanging the test.
    void close_write_end() {
        if (m_fds[1] >= 0) {
            ::close(m_fds[1]);
            m_fds[1] = -1;
        }
    }
    [[nodiscard]] char receive() const {
        char c = '?';
        ssize_t n = 0;
        while ((n = ::read(m_fds[0], &c, 1)) < 0 && errno == EINTR) {
        }
        return n == 1 ? c : '?';
    }

private:
    int m_fds[2] = {-1, -1};
};

// Forks; the child runs `body` and _exit()s with its result (skipping gtest's and the
// sanitizers' exit-time work). Returns the child's pid.
template <typename Body> pid_t spawn(Body body) {
    const pid_t pid = ::fork();
    if (pid < 0) {
        throw std::runtime_error("fork failed");
    }
    if (pid == 0) {
        int status = 1;
        try {
            status = body();
        } catch (...) {
            status = 2;
        }
        ::_exit(status);
    }
    return pid;
}

// Reaps `pid` and returns its exit status (-1 if it did not exit normally).
inline int reap(pid_t pid) {
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) {
            return -1;
        }
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

} // namespace trio::state::testing
