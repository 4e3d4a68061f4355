// The steps of an atomic save (see atomic_save.hpp), after Kakoune's write_buffer_to_file.
// Runs in the autosave component.
#include "editor/files/atomic_save.hpp"

#include "editor/files/fd_io.hpp"
#include "editor/files/file_error.hpp"
#include "editor/files/save_target.hpp"
#include "editor/files/temp_file.hpp"
#include "ipc/unique_fd.hpp"

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>
#include <utility>

namespace trio::files {

using ipc::UniqueFd;

namespace {

[[noreturn]] void throw_errno(int error, const char* what) {
    throw std::system_error(error, std::generic_category(), what);
}

// Collects chunks into 64 KiB writes: a piece table yields many small pieces, and one
// syscall per piece would dominate the save.
class BufferedWriter {
public:
    explicit BufferedWriter(int fd) : m_fd(fd) { m_buffer.reserve(capacity); }

    void write(std::string_view chunk) {
        if (m_error != 0) {
            return;
        }
        m_total += chunk.size();
        if (m_buffer.size() + chunk.size() > capacity) {
            flush();
            if (chunk.size() >= capacity) {
                fail_if(write_all(m_fd, chunk));
                return;
            }
        }
        m_buffer.append(chunk);
    }

    // Writes what is buffered; returns the total written, or throws the first write error.
    std::uint64_t finish() {
        flush();
        if (m_error != 0) {
            throw_errno(m_error, "write");
        }
        return m_total;
    }

private:
    static constexpr std::size_t capacity = 64 * 1024;

    void flush() {
        if (m_error == 0 && !m_buffer.empty()) {
            fail_if(write_all(m_fd, m_buffer));
        }
        m_buffer.clear();
    }

    void fail_if(int error) {
        if (m_error == 0) {
            m_error = error;
        }
    }

    int m_fd;
    std::string m_buffer;
    std::uint64_t m_total = 0;
    int m_error = 0;
};

std::uint64_t write_content(int fd, const ProduceContent& produce) {
    BufferedWriter writer(fd);
    produce([&writer](std::string_view chunk) { writer.write(chunk); });
    const std::uint64_t total = writer.finish();
    if (::fsync(fd) != 0) {
        throw_errno(errno, "fsync");
    }
    return total;
}

// The original's owner, group and permission bits on the replacement. chown first: it clears
// set-user-ID bits, which the chmod then restores.
void copy_owner_and_mode(int fd, const struct stat& original) {
    struct stat now {};
    if (::fstat(fd, &now) != 0) {
        throw_errno(errno, "fstat");
    }
    if ((now.st_uid != original.st_uid || now.st_gid != original.st_gid) &&
        ::fchown(fd, original.st_uid, original.st_gid) != 0 && errno != EPERM) {
        throw_errno(errno, "fchown");
    }
    if (::fchmod(fd, original.st_mode & 07777) != 0) {
        throw_errno(errno, "fchmod");
    }
}

void fsync_directory(int directory) {
    if (::fsync(directory) != 0) {
        throw_errno(errno, "fsync directory");
    }
}

// Copies the synced temporary file over the original's bytes, keeping its inode (and thus
// every hard link to it).
void overwrite_in_place(int original, int temp, std::uint64_t size) {
    if (::lseek(temp, 0, SEEK_SET) != 0) {
        throw_errno(errno, "lseek");
    }
    std::string chunk(64 * 1024, '\0');
    for (;;) {
        const ssize_t n = ::read(temp, chunk.data(), chunk.size());
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            throw_errno(errno, "read temporary file");
        }
        if (n == 0) {
            break;
        }
        if (const int error = write_all(original, {chunk.data(), static_cast<std::size_t>(n)});
            error != 0) {
            throw_errno(error, "write");
        }
    }
    if (::ftruncate(original, static_cast<off_t>(size)) != 0 || ::fsync(original) != 0) {
        throw_errno(errno, "truncate");
    }
}

std::uint64_t save(const SaveTarget& target, const ProduceContent& produce,
                   std::string& kept_temp) {
    const bool hard_linked = target.existing && target.existing->st_nlink > 1;
    UniqueFd original;
    if (target.existing) {
        // Refuse a read-only file before doing any work (rename would replace it regardless).
        if (::faccessat(AT_FDCWD, target.path.c_str(), W_OK, AT_EACCESS) != 0) {
            throw_errno(errno, "access");
        }
        if (hard_linked) {
            original = UniqueFd(::open(target.path.c_str(), O_WRONLY | O_CLOEXEC | O_NOFOLLOW));
            if (!original.valid()) {
                throw_errno(errno, "open");
            }
        }
    }
    TempFile temp =
        TempFile::create(target.directory, target.name, target.existing ? S_IRUSR | S_IWUSR : 0666);
    const std::uint64_t written = write_content(temp.fd(), produce);
    if (hard_linked) {
        // From here on the temporary file may hold the only complete copy: keep it on failure.
        kept_temp = temp.path();
        try {
            overwrite_in_place(original.get(), temp.fd(), written);
        } catch (...) {
            temp.keep();
            throw;
        }
        kept_temp.clear();
        // The text is in place: a copy that cannot be removed is litter, not a failure.
        if (temp.try_remove()) {
            (void)::fsync(temp.directory_fd());
        }
        return written;
    }
    if (target.existing) {
        copy_owner_and_mode(temp.fd(), *target.existing);
    }
    temp.close();
    temp.rename_to(target.name);
    fsync_directory(temp.directory_fd());
    return written;
}

} // namespace

SaveOutcome atomic_save(const std::string& path, const ProduceContent& produce) {
    const std::string prefix = "Cannot save '" + path + "': ";
    std::string kept_temp;
    try {
        const SaveTarget target = resolve_save_target(path);
        return SaveOutcome{true, "", save(target, produce, kept_temp)};
    } catch (const std::system_error& e) {
        std::string error = prefix + e.code().message();
        if (!kept_temp.empty()) {
            error += " (rewriting in place to keep its hard links; the complete text is in '" +
                     kept_temp + "')";
        }
        return SaveOutcome{false, error, 0};
    } catch (const FileError& e) {
        return SaveOutcome{false, e.what(), 0};
    } catch (const std::exception& e) {
        return SaveOutcome{false, prefix + e.what(), 0};
    } catch (...) {
        return SaveOutcome{false, prefix + "unknown error", 0};
    }
}

SaveOutcome atomic_save(const std::string& path, std::string_view bytes) {
    return atomic_save(path, [bytes](const WriteChunk& write) { write(bytes); });
}

} // namespace trio::files
