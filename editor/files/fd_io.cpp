// Whole-buffer read and write loops; see fd_io.hpp. Runs in the input and autosave components.
#include "editor/files/fd_io.hpp"

#include <algorithm>
#include <cerrno>
#include <system_error>
#include <unistd.h>

namespace trio::files {

int read_to_end(int fd, std::string& out, std::size_t size_hint) {
    constexpr std::size_t min_growth = 64 * 1024;
    std::size_t length = out.size();
    // One spare byte: when the hint is exact, the read that reports end of file needs room.
    out.resize(length + size_hint + 1);
    for (;;) {
        if (out.size() == length) {
            // The file grew past the hint: grow geometrically so this stays O(n) overall.
            out.resize(std::max(out.size() * 2, length + min_growth));
        }
        const ssize_t n = ::read(fd, out.data() + length, out.size() - length);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            const int error = errno;
            out.resize(length);
            return error;
        }
        if (n == 0) {
            out.resize(length);
            return 0;
        }
        length += static_cast<std::size_t>(n);
    }
}

int write_all(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return errno;
        }
        if (n == 0) {
            return ENOSPC;
        }
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return 0;
}

std::string errno_text(int error) {
    return std::generic_category().message(error);
}

} // namespace trio::files
