// Identifies a process across pid reuse (pid plus kernel start time) and tells whether it is
// still running; how a lock tells a live holder from a stale one. Used by file_lock.
#pragma once

#include <cstdint>
#include <optional>
#include <sys/types.h>

namespace trio::state {

// A pid alone is recycled; the pair is not (the start time is field 22 of /proc/<pid>/stat,
// in clock ticks since boot, so two processes with one pid never share it).
struct ProcessIdentity {
    pid_t pid = 0;
    std::uint64_t start_time = 0;

    friend bool operator==(const ProcessIdentity&, const ProcessIdentity&) = default;
};

enum class Liveness { Running, Gone };

// The start time of `pid`, or nullopt if there is no such process or /proc cannot say.
// Never throws.
[[nodiscard]] std::optional<std::uint64_t> process_start_time(pid_t pid);

// This process. Throws StateError only if /proc is not mounted.
[[nodiscard]] ProcessIdentity current_process();

// Running when kill(pid, 0) succeeds or fails with EPERM (it exists, owned by someone else)
// AND its start time matches; a zombie counts as Gone (it holds nothing any more). If the
// process exists but /proc hides its start time, it counts as Running: when unsure, never
// call a lock stale. Never throws.
[[nodiscard]] Liveness liveness(const ProcessIdentity& process);

} // namespace trio::state
