// Owns one file descriptor and closes it exactly once; the building block of every end that
// must close when its owner (thread, process or object) goes away. Used by all of ipc/ and,
// as the one POSIX utility shared across layers, by editor/files/ (header-only, std only).
#pragma once

#include <cerrno>
#include <unistd.h>
#include <utility>

namespace trio::ipc {

// Move-only. A default-constructed or moved-from UniqueFd holds -1 and closes nothing.
class UniqueFd {
public:
    UniqueFd() = default;
    explicit UniqueFd(int fd) : m_fd(fd) {}
    UniqueFd(UniqueFd&& other) noexcept : m_fd(std::exchange(other.m_fd, -1)) {}
    UniqueFd& operator=(UniqueFd&& other) noexcept {
        if (this != &other) {
            reset();
            m_fd = std::exchange(other.m_fd, -1);
        }
        return *this;
    }
    UniqueFd(const UniqueFd&) = delete;
    UniqueFd& operator=(const UniqueFd&) = delete;
    ~UniqueFd() { reset(); }

    [[nodiscard]] int get() const { return m_fd; }
    [[nodiscard]] bool valid() const { return m_fd >= 0; }

    // Closes now. close() is not retried on EINTR: on Linux the descriptor is gone either way.
    void reset() { (void)close(); }

    // Closes now and returns 0, or the errno of a failed close(2), for callers to whom a failed
    // close matters (after writing a file).
    [[nodiscard]] int close() {
        if (m_fd < 0) {
            return 0;
        }
        const int result = ::close(std::exchange(m_fd, -1));
        return result == 0 ? 0 : errno;
    }

private:
    int m_fd = -1;
};

} // namespace trio::ipc
