// Owns one file descriptor and closes it exactly once. Used by file loading (input component)
// and saving (autosave component).
#pragma once

#include <cerrno>
#include <unistd.h>
#include <utility>

namespace trio::files {

// Move-only; -1 means "no descriptor". The destructor closes and ignores errors; call close()
// where a failure matters (after writing a file).
class UniqueFd {
public:
    UniqueFd() = default;
    explicit UniqueFd(int fd) : m_fd(fd) {}
    UniqueFd(UniqueFd&& other) noexcept : m_fd(std::exchange(other.m_fd, -1)) {}
    UniqueFd& operator=(UniqueFd&& other) noexcept {
        if (this != &other) {
            (void)close();
            m_fd = std::exchange(other.m_fd, -1);
        }
        return *this;
    }
    UniqueFd(const UniqueFd&) = delete;
    UniqueFd& operator=(const UniqueFd&) = delete;
    ~UniqueFd() { (void)close(); }

    [[nodiscard]] int get() const { return m_fd; }
    [[nodiscard]] bool valid() const { return m_fd >= 0; }

    // Returns 0, or the errno of a failed close(2). Linux releases the descriptor even when
    // close fails (and retrying on EINTR could close someone else's), so it is never retried.
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

} // namespace trio::files
