// The stat(2) fields that tell whether a file on disk is still the one the editor read or
// last saved (protocol::FileStamp). Computed by input when it loads a file and by autosave
// before and after each save.
#pragma once

#include "editor/protocol/messages.hpp"

#include <string>

struct stat;

namespace trio::autosave {

// The stamp of a file whose status the caller already has. Pure.
[[nodiscard]] protocol::FileStamp stamp_of(const struct stat& status);

// stat(2)s `path`, following symlinks (as loading and saving do). No file there, or one that
// cannot be looked at (ENOENT, ENOTDIR, EACCES, …): all zero, the stamp of "no file".
// Blocks on the disk (one stat). Thread-safe.
[[nodiscard]] protocol::FileStamp stamp_of(const std::string& path);

} // namespace trio::autosave
