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
    // `name` is shortened if needed so the result fits NAME_MAX. The directory is opened once
    // and every later step (rename, removal) is relative to it, so a directory renamed
    // meanwhile cannot leave the file behind under a name we no longer know.
    [[nodiscard]] static TempFile create(const std::string& directory, const std::string& name,
                                         mode_t mode);

    TempFile(TempFile&& other) noexcept
        : m_dir(std::move(other.m_dir)), m_fd(std::move(other.m_fd)),
          m_name(std::exchange(other.m_name, {})), m_path(std::move(other.m_path)) {}
    TempFile& operator=(TempFile&&) = delete;
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
    // Unlinks the file unless it was renamed or kept.
    ~TempFile();

    [[nodiscard]] int fd() const { return m_fd.get(); }
    // As created ("<directory>/<name>"), for messages.
    [[nodiscard]] const std::string& path() const { return m_path; }
    // The directory holding it (to fsync after the rename).
    [[nodiscard]] int directory_fd() const { return m_dir.get(); }

    // Closes the descriptor; throws std::system_error if close(2) reports a (late write) error.
    void close();
    // Renames the file to `target_name` in the same directory (atomically replacing it);
    // nothing is left to remove.
    void rename_to(const std::string& target_name);
    // Leave the file on disk (it holds the only complete copy of the text).
    void keep() { m_name.clear(); }
    // Unlinks now; throws std::system_error on failure.
    void remove();
    // Unlinks now; false (and the file stays) on failure.
    [[nodiscard]] bool try_remove() noexcept;

private:
    TempFile(UniqueFd dir, UniqueFd fd, std::string name, std::string path)
        : m_dir(std::move(dir)), m_fd(std::move(fd)), m_name(std::move(name)),
          m_path(std::move(path)) {}

    UniqueFd m_dir;
    UniqueFd m_fd;
    std::string m_name; // in m_dir; empty once there is nothing left to clean up
    std::string m_path;
};

} // namespace trio::files
