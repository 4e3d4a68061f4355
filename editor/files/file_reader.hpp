// Opens the file being edited: maps it (large files) or reads it (small ones, and files with
// several hard links). Runs at start-up, before the components start; they share the bytes.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <sys/types.h>

namespace trio::files {

// Error style: exceptions (files::FileError). Failing to load is exceptional: the caller
// reports it and does not start editing that file.

// Files at least this large are mapped rather than read: opening them costs no copy.
inline constexpr std::size_t map_threshold = 256 * 1024;

struct LoadedFile {
    // The whole file, byte for byte (any encoding, NUL bytes included), valid while `storage`
    // lives: a read-only mapping, or a string holding what was read.
    std::string_view bytes;
    std::shared_ptr<const void> storage;
    bool mapped = false; // true: `bytes` are the page cache's (see mapped_file.hpp)
    bool exists = false; // false: no file at that path yet; `bytes` is empty, saving creates it
    mode_t mode = 0;     // permission bits (st_mode & 07777) of an existing file; 0 if new
};

// Opens the regular file at `path`, following symlinks. A file of map_threshold bytes or
// more with a single link is mapped (constant time, whatever its size); others are read,
// which blocks until done (disk I/O only: it never waits on a FIFO or a device, whose paths
// are rejected before opening). A file with several links is always read: trio saves such
// a file in place, which would change mapped bytes under the document.
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
