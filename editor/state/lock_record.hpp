// What a lock file says about its holder, and its text format. Used by file_lock (and by
// whoever shows "opened by trio, pid 1234, since ..." to the user).
#pragma once

#include "editor/state/process_identity.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace trio::state {

// The holder of a lock. Text fields hold no newlines (make_lock_record replaces them).
struct LockRecord {
    ProcessIdentity holder;
    std::string host;    // gethostname(): liveness can only be checked on the same host
    std::string program; // "trio" or "trio-proc"
    std::string since;   // when it was taken, ISO 8601 UTC: "2026-11-27T08:30:00Z"

    friend bool operator==(const LockRecord&, const LockRecord&) = default;
};

// The record for this process, now. Throws StateError if /proc is not mounted.
[[nodiscard]] LockRecord make_lock_record(std::string_view program);

// This machine's host name ("" if it cannot be read). Never throws.
[[nodiscard]] std::string host_name();

// The file's text: a version line, then one "key value" line per field:
//   trio-lock 1
//   pid 1234
//   start_time 8812345
//   host laptop
//   program trio
//   since 2026-11-27T08:30:00Z
[[nodiscard]] std::string format_lock_record(const LockRecord& record);

// The inverse; nullopt for anything else (another version, a missing or malformed field).
// Unknown keys are ignored so that a later version may add some.
[[nodiscard]] std::optional<LockRecord> parse_lock_record(std::string_view text);

} // namespace trio::state
