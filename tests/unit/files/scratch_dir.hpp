// Test helpers for file I/O: a private scratch directory, small file utilities, and running
// a check as the unprivileged user "nobody" so permission cases are real even as root.
#pragma once

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <grp.h>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace trio::files::testing {

// A fresh directory under $TMPDIR (or /tmp), removed with everything in it at the end.
// Mode 0755 so that "nobody" can reach files inside it.
class ScratchDir {
public:
    ScratchDir() {
        const char* tmp = std::getenv("TMPDIR");
        std::string pattern = std::string(tmp != nullptr ? tmp : "/tmp") + "/trio-files-XXXXXX";
        if (::mkdtemp(pattern.data()) == nullptr) {
            throw std::runtime_error("mkdtemp failed");
        }
        m_path = pattern;
        std::filesystem::permissions(m_path, std::filesystem::perms(0755));
    }
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;
    ~ScratchDir() {
        // Restore permissions a test removed so that everything can be deleted.
        std::error_code ec;
        for (auto it = std::filesystem::recursive_directory_iterator(
                 m_path, std::filesystem::directory_options::skip_permission_denied, ec);
             it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
            if (it->is_directory(ec) && !it->is_symlink(ec)) {
                std::filesystem::permissions(it->path(), std::filesystem::perms::owner_all, ec);
            }
        }
        std::filesystem::remove_all(m_path, ec);
    }

    [[nodiscard]] const std::string& path() const { return m_path; }
    [[nodiscard]] std::string operator/(const std::string& name) const {
        return m_path + "/" + name;
    }

    // Names of the entries in `dir` (default: the scratch directory itself).
    [[nodiscard]] std::set<std::string> entries(const std::string& dir = {}) const {
        std::set<std::string> names;
        for (const auto& e : std::filesystem::directory_iterator(dir.empty() ? m_path : dir)) {
            names.insert(e.path().filename().string());
        }
        return names;
    }

private:
    std::string m_path;
};

inline void write_file(const std::string& path, const std::string& bytes, mode_t mode = 0644) {
    std::ofstream(path, std::ios::binary) << bytes;
    ::chmod(path.c_str(), mode);
}

inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

inline struct stat stat_of(const std::string& path) {
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0) {
        throw std::runtime_error("lstat " + path + " failed");
    }
    return st;
}

constexpr uid_t nobody = 65534;

// Runs `check` in a forked child and returns the string it returned (or "<exception> …").
// For checks that change process-wide state (credentials, resource limits). `check` must not
// use gtest assertions.
inline std::string in_child(const std::function<std::string()>& check) {
    int fds[2];
    if (::pipe(fds) != 0) {
        throw std::runtime_error("pipe failed");
    }
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::close(fds[0]);
        std::string result;
        try {
            result = check();
        } catch (const std::exception& e) {
            result = std::string("<exception> ") + e.what();
        }
        const char* p = result.data();
        std::size_t left = result.size();
        while (left > 0) {
            const ssize_t n = ::write(fds[1], p, left);
            if (n <= 0) {
                break;
            }
            p += n;
            left -= static_cast<std::size_t>(n);
        }
        ::_exit(0); // skip gtest's and the sanitizers' exit-time work in the child
    }
    ::close(fds[1]);
    std::string result;
    char buffer[4096];
    for (ssize_t n; (n = ::read(fds[0], buffer, sizeof buffer)) != 0;) {
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            break;
        }
        result.append(buffer, static_cast<std::size_t>(n));
    }
    ::close(fds[0]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        return "<child failed>";
    }
    return result;
}

// Runs `check` as uid/gid 65534 and returns its result. As root, runs it in a forked child
// that drops privileges (so permission checks really apply); otherwise runs it directly
// (we are unprivileged already). `check` must not use gtest assertions: return a string.
inline std::string as_nobody(const std::function<std::string()>& check) {
    if (::geteuid() != 0) {
        return check();
    }
    return in_child([&check] {
        if (::setgroups(0, nullptr) != 0 || ::setgid(nobody) != 0 || ::setuid(nobody) != 0) {
            return std::string("<could not drop privileges>");
        }
        return check();
    });
}

} // namespace trio::files::testing
