// Loads a file into memory with clear errors; see file_reader.hpp. Runs in the input and
// autosave components.
#include "editor/files/file_reader.hpp"

#include "editor/files/fd_io.hpp"
#include "editor/files/file_error.hpp"
#include "editor/files/mapped_file.hpp"
#include "ipc/unique_fd.hpp"

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>

namespace trio::files {

using ipc::UniqueFd;

namespace {

std::string quoted(const std::string& path) {
    return "'" + path + "'";
}

const char* kind_of(mode_t mode) {
    if (S_ISFIFO(mode)) {
        return "a FIFO";
    }
    if (S_ISSOCK(mode)) {
        return "a socket";
    }
    if (S_ISCHR(mode)) {
        return "a character device";
    }
    if (S_ISBLK(mode)) {
        return "a block device";
    }
    return "not a file";
}

// Throws unless `st` describes a regular file.
void require_regular(const std::string& path, const struct stat& st) {
    if (S_ISDIR(st.st_mode)) {
        throw FileError(quoted(path) + " is a directory");
    }
    if (!S_ISREG(st.st_mode)) {
        throw FileError(quoted(path) + " is not a regular file (" + kind_of(st.st_mode) + ")");
    }
}

[[noreturn]] void fail(const char* verb, const std::string& path, int error) {
    if (error == EISDIR) {
        throw FileError(quoted(path) + " is a directory");
    }
    throw FileError(std::string(verb) + " " + quoted(path) + ": " + errno_text(error));
}

} // namespace

LoadedFile load_file(const std::string& path) {
    // stat first so that a device or FIFO is never even opened (opening some devices has side
    // effects); the fstat below closes the race with a path swapped in between.
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
        if (errno == ENOENT) {
            return LoadedFile{};
        }
        fail("Cannot open", path, errno);
    }
    require_regular(path, st);

    // O_NONBLOCK: if a FIFO is swapped in after the stat, open must not wait for a writer.
    // O_NOCTTY: a terminal device swapped in must not become our controlling terminal.
    UniqueFd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK));
    if (!fd.valid()) {
        if (errno == ENOENT) {
            return LoadedFile{}; // removed since the stat: as new as if it never existed
        }
        fail("Cannot open", path, errno);
    }
    if (::fstat(fd.get(), &st) != 0) {
        fail("Cannot read", path, errno);
    }
    require_regular(path, st);

    LoadedFile file;
    file.exists = true;
    file.mode = st.st_mode & 07777;
    const auto size = static_cast<std::size_t>(st.st_size);
    if (size >= map_threshold && st.st_nlink == 1) {
        Mapping mapping = map_file(fd.get(), size);
        if (mapping.owner) {
            file.bytes = mapping.bytes;
            file.storage = std::move(mapping.owner);
            file.mapped = true;
            return file;
        }
    }
    auto text = std::make_shared<std::string>();
    if (const int error = read_to_end(fd.get(), *text, size); error != 0) {
        fail("Cannot read", path, error);
    }
    file.bytes = *text;
    file.storage = std::move(text);
    return file;
}

bool looks_binary(std::string_view bytes) {
    constexpr std::size_t sniff_bytes = 8 * 1024;
    return bytes.substr(0, sniff_bytes).find('\0') != std::string_view::npos;
}

} // namespace trio::files
