// Owns one file descriptor and closes it exactly once; the building block of every end that
// must close when its owner (thread, process or object) goes away. Used by all of ipc/.
#pragma once

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
    void reset() {
        if (m_fd >= 0) {
            ::close(m_fd);
            m_fd = -1;
        }
    }

private:
    int m_fd = -1;
};

} // namespace trio::ipc
