// Saves a document to disk so that a crash or a full disk never leaves a half-written file:
// temporary file, fsync, rename. Runs in the autosave component (the only one that writes
// the user's files).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace trio::files {

// Error style: a result (SaveOutcome), never an exception. A failed save is an expected
// event (read-only directory, full disk) that the editor reports on its status line.

struct SaveOutcome {
    bool ok = false;
    std::string error; // empty if ok, else e.g. "Cannot save 'd/f.txt': Permission denied"
    std::uint64_t bytes_written = 0; // bytes of the new content (0 on failure)
};

// Receives the content in chunks, in order; called any number of times (including zero).
using WriteChunk = std::function<void(std::string_view)>;
// Produces the whole content by calling `write` for each chunk, so a caller can save a piece
// table without first building one big string.
using ProduceContent = std::function<void(const WriteChunk& write)>;

// Writes what `produce` yields to `path`:
//  1. Resolve the target: a symlink is followed to its final target (the link stays a link);
//     a directory or non-regular file is refused; an existing file that we may not write
//     (faccessat W_OK) is refused, as `vi` does without `!`.
//  2. Create ".<name>.trio-XXXXXX" (random) in the target's directory, exclusively, with
//     mode 0600 (0666 minus umask for a new file); write everything (buffered; EINTR, short
//     writes and ENOSPC handled); fsync.
//  3. Usually: give it the original's owner and group (silently kept as ours when we lack the
//     right) and mode, rename it over the target, and fsync the directory. The original is
//     replaced in one step: readers see the old file or the new one, never a mix.
//     A file with several hard links (st_nlink > 1) is instead rewritten in place from the
//     synced temporary copy, so that every link sees the new text; the temporary file is
//     removed afterwards. That step is not atomic: if it fails midway, the error names the
//     temporary file, which is then kept because it holds the complete text.
// On failure (other than that midway case) the temporary file is removed and the original is
// untouched. If `produce` throws, the save fails with the exception's message. After a write
// error, later calls to `write` are ignored, so `produce` needs no error handling.
// Blocks on disk I/O (fsync can take long): call it from the autosave component only.
// Thread-safe: no shared state (the process umask is never read or changed).
[[nodiscard]] SaveOutcome atomic_save(const std::string& path, const ProduceContent& produce);

// The same for content already in one buffer.
[[nodiscard]] SaveOutcome atomic_save(const std::string& path, std::string_view bytes);

} // namespace trio::files
