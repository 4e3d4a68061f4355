// Loads the file being edited into memory. Runs in the input component at start-up (and in
// the autosave component, which builds its replica from the same original bytes).
#pragma once

#include <string>
#include <string_view>
#include <sys/types.h>

namespace trio::files {

// Error style: exceptions (files::FileError). Failing to load is exceptional: the caller
// reports it and does not start editing that file.

struct LoadedFile {
    std::string bytes;   // the whole file, byte for byte (any encoding, NUL bytes included)
    bool exists = false; // false: no file at that path yet; `bytes` is empty, saving creates it
    mode_t mode = 0;     // permission bits (st_mode & 07777) of an existing file; 0 if new
};

// Reads the regular file at `path`, following symlinks. Blocks until the file is read (disk
// I/O only: it never waits on a FIFO or a device, whose paths are rejected before opening).
// A path that does not exist (ENOENT, including a dangling symlink and a missing parent
// directory) is a new, empty file, not an error.
// Throws FileError naming the path and the reason:
//   "'x' is a directory", "'x' is not a regular file (a FIFO)",
//   "Cannot open 'x/y': Permission denied", "Cannot read 'x': Input/output error", …
// Thread-safe (no shared state).
[[nodiscard]] LoadedFile load_file(const std::string& path);

// Heuristic for a status-line note: true if a NUL byte occurs in the first 8 KiB (text files
// practically never contain one; most binary formats do early on). trio edits such files
// anyway, byte for byte.
[[nodiscard]] bool looks_binary(std::string_view bytes);

} // namespace trio::files
