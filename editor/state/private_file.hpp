// Creating and opening the files of the state directory (journals, locks) so that a symlink
// or a file planted in their place is refused, never followed. Used by the autosave component
// and by recovery.
#pragma once

#include "ipc/unique_fd.hpp"

#include <string>

namespace trio::state {

// Error style: both throw StateError whose message names the path and the reason.

// Creates `path` with O_CREAT|O_EXCL|O_NOFOLLOW|O_CLOEXEC, mode 0600, opened read-write. An
// existing entry of any kind, a symlink included (even a dangling one), is refused:
// "Refusing to create '/x/trio/f.lock': something already exists there".
[[nodiscard]] ipc::UniqueFd create_private_file(const std::string& path);

// Opens `path` read-only with O_NOFOLLOW|O_CLOEXEC and checks, on the opened descriptor, that
// it is a regular file owned by the effective uid. A symlink is refused ("... is a symbolic
// link"), as are a FIFO or device (opened with O_NONBLOCK so that it cannot hang us first).
// A missing file throws too; callers that expect it may check with lstat first or catch.
[[nodiscard]] ipc::UniqueFd open_private_file_for_reading(const std::string& path);

} // namespace trio::state
