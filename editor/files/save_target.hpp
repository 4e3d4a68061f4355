// Works out which file a save must replace: follows symlinks and checks the target is a
// regular file. Used by atomic_save in the autosave component.
#pragma once

#include <optional>
#include <string>
#include <sys/stat.h>

namespace trio::files {

struct SaveTarget {
    std::string path;      // the file to write: the user's path with every symlink followed
    std::string directory; // the directory holding it ("." for a bare name)
    std::string name;      // its last path component
    std::optional<struct stat> existing; // its lstat, or nullopt when the save creates it
};

// Follows symlinks one hop at a time (at most 40, as the kernel does), so that saving through
// a link writes the link's final target and leaves the link a link, and a dangling link names
// the file to create. Only lstat(2) and readlink(2): never blocks on anything but the disk.
// Error style: throws std::system_error with the errno (ELOOP, EACCES, ENOTDIR, EISDIR, …) or
// FileError for a target that is not a regular file; atomic_save turns both into text.
[[nodiscard]] SaveTarget resolve_save_target(const std::string& path);

} // namespace trio::files
