// A temporary file created next to the file a save will replace, removed unless the save puts
// it in place. Used by atomic_save in the autosave component.
#pragma once

#include "ipc/unique_fd.hpp"

#include <string>
#include <sys/types.h>
#include <utility>

namespace trio::files {

using ipc::UniqueFd;

// Error style: throws std::system_error carrying the errno (atomic_save adds the path the
// user knows). Move-only; not thread-safe.
class TempFile {
public:
    // Creates "<directory>/.<name>.trio-XXXXXX" (six random characters from getrandom(2),
    // retried on a clash) with O_CREAT|O_EXCL|O_NOFOLLOW, so it can never open an existing
    // file or follow a planted symlink. The umask applies to `mode`, as for any new file.
    // `name` is shortened if needed so the result fits NAME_MAX.
    [[nodiscard]] static TempFile create(const std::string& directory, const std::string& name,
                                         mode_t mode);

    TempFile(TempFile&& other) noexcept
        : m_fd(std::move(other.m_fd)), m_path(std::exchange(other.m_path, {})) {}
    TempFile& operator=(TempFile&&) = delete;
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
    // Unlinks the file unless it was renamed or kept.
    ~TempFile();

    [[nodiscard]] int fd() const { return m_fd.get(); }
    [[nodiscard]] const std::string& path() const { return m_path; }

    // Closes the descriptor; throws std::system_error if close(2) reports a (late write) error.
    void close();
    // Renames the file to `target` (atomically replacing it); nothing is left to remove.
    void rename_to(const std::string& target);
    // Leave the file on disk (it holds the only complete copy of the text).
    void keep() { m_path.clear(); }
    // Unlinks now; throws std::system_error on failure.
    void remove();

private:
    TempFile(UniqueFd fd, std::string path) : m_fd(std::move(fd)), m_path(std::move(path)) {}

    UniqueFd m_fd;
    std::string m_path; // empty once there is nothing left to clean up
};

} // namespace trio::files
