// Whole-buffer read and write on a file descriptor, retrying EINTR and short transfers.
// Used by file loading (input component) and saving (autosave component).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace trio::files {

// Error style: these return 0 or an errno value (no exceptions); callers add the path.

// Appends everything up to end of file to `out`, allocating once when `size_hint` (usually
// st_size) is right. Blocks on the descriptor as read(2) does. On error `out` keeps what was
// read.
[[nodiscard]] int read_to_end(int fd, std::string& out, std::size_t size_hint);

// Writes all of `bytes` at the current offset. A write(2) that makes no progress is reported
// as ENOSPC, the only reason a regular file refuses bytes without setting errno.
[[nodiscard]] int write_all(int fd, std::string_view bytes);

// The text of an errno value ("Permission denied"), thread-safe unlike strerror(3).
[[nodiscard]] std::string errno_text(int error);

} // namespace trio::files
