// Safe creation and opening of state-directory files; see private_file.hpp. Runs in the
// autosave component and in recovery.
#include "editor/state/private_file.hpp"

#include "editor/files/fd_io.hpp"
#include "editor/state/state_error.hpp"

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace trio::state {

namespace {

std::string in_quotes(const std::string& path) {
    return "'" + path + "'";
}

} // namespace

ipc::UniqueFd create_private_file(const std::string& path) {
    ipc::UniqueFd fd(
        ::open(path.c_str(), O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600));
    if (fd.valid()) {
        return fd;
    }
    const int error = errno;
    // O_EXCL makes a symlink at `path` fail with EEXIST (the kernel does not follow it);
    // ELOOP is what O_NOFOLLOW reports on some systems. Either way: refuse, clearly.
    if (error == EEXIST || error == ELOOP) {
        throw StateError("Refusing to create " + in_quotes(path) +
                         ": something already exists there");
    }
    throw StateError("Cannot create " + in_quotes(path) + ": " + files::errno_text(error));
}

ipc::UniqueFd open_private_file_for_reading(const std::string& path) {
    ipc::UniqueFd fd(::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC));
    if (!fd.valid()) {
        const int error = errno;
        if (error == ELOOP) {
            throw StateError(in_quotes(path) + " is a symbolic link; refusing to follow it");
        }
        throw StateError("Cannot open " + in_quotes(path) + ": " + files::errno_text(error));
    }
    struct stat st {};
    if (::fstat(fd.get(), &st) != 0) {
        throw StateError("Cannot stat " + in_quotes(path) + ": " + files::errno_text(errno));
    }
    if (!S_ISREG(st.st_mode)) {
        throw StateError(in_quotes(path) + " is not a regular file");
    }
    if (st.st_uid != ::geteuid()) {
        throw StateError(in_quotes(path) + " is owned by uid " + std::to_string(st.st_uid) +
                         ", not you (uid " + std::to_string(::geteuid()) + ")");
    }
    // Back to blocking reads: O_NONBLOCK was only there to make opening a FIFO harmless.
    const int flags = ::fcntl(fd.get(), F_GETFL);
    if (flags < 0 || ::fcntl(fd.get(), F_SETFL, flags & ~O_NONBLOCK) != 0) {
        throw StateError("Cannot open " + in_quotes(path) + ": " + files::errno_text(errno));
    }
    return fd;
}

} // namespace trio::state
