// The lock that tells a second editor (trio or trio-proc) that a running one has the file
// open, and recognises the lock of a dead editor as stale. Taken by the editor's main when it
// opens a file, held until the editor ends.
#pragma once

#include "editor/state/lock_record.hpp"
#include "editor/state/state_dir.hpp"
#include "ipc/unique_fd.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <sys/types.h>
#include <variant>

namespace trio::state {

// An acquired lock. Move-only. The destructor removes the lock file, but only if the file at
// the path is still the one this object created (same inode; the file is kept open so that
// its inode number cannot be reused meanwhile), so it never deletes a lock someone else
// holds. Not thread-safe; one owner.
class FileLock {
public:
    FileLock(FileLock&& other) noexcept;
    FileLock& operator=(FileLock&&) = delete;
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;
    ~FileLock() { release(); }

    [[nodiscard]] const std::string& path() const { return m_path; }
    [[nodiscard]] const LockRecord& record() const { return m_record; }

    // Removes the lock file now (as the destructor would). Never throws; idempotent.
    void release() noexcept;

private:
    friend class LockTaker;
    FileLock(std::string path, LockRecord record, ipc::UniqueFd fd)
        : m_path(std::move(path)), m_record(std::move(record)), m_fd(std::move(fd)) {}

    std::string m_path; // empty once released or moved from
    LockRecord m_record;
    ipc::UniqueFd m_fd; // the lock file we created
};

// A running editor holds the lock: warn with its pid, program and since; the caller may open
// read-only or continue without the lock. A lock taken on another host (a shared home
// directory) is always reported as held, because its holder's liveness cannot be checked.
struct HeldBy {
    LockRecord record;
    std::string lock_path;
};

// The holder is dead (or the pid now belongs to another process, told apart by its start
// time), or the lock file is unreadable garbage (record is nullopt). The caller may decide to
// take_over_stale().
struct Stale {
    std::optional<LockRecord> record;
    std::string lock_path;
    std::string seen_text; // the exact bytes seen; take_over_stale replaces only these
};

using LockAttempt = std::variant<FileLock, HeldBy, Stale>;

// Error style: both functions throw StateError for real failures (a symlink or a file owned
// by someone else planted at the lock path, an unwritable state directory, /proc missing);
// the three outcomes above are results, not errors. Both block only on local file system
// calls (take_over_stale also on flock(2) of the state directory, held for a few syscalls).
// They may be called from several threads or processes at once: exactly one wins.

// Tries to take the lock of edited file `file` (its path as state_name resolves it) for
// `program` ("trio" or "trio-proc"). The record is written to a private temporary file which
// is then link(2)ed to the lock path: link is atomic and fails if the name exists, like
// O_EXCL, and a reader never sees a half-written lock.
[[nodiscard]] LockAttempt acquire_lock(const StateDir& dir, const std::string& file,
                                       std::string_view program);

// Replaces a stale lock with ours. Race handling: every takeover holds flock(2) on the state
// directory (released by the kernel if we die), re-reads the lock file and goes on only if it
// still holds exactly `stale.seen_text` and that holder is still not running; then it
// rename(2)s a complete new lock file over it, so there is no moment without a lock file for
// a plain acquire_lock to slip into. Two takers of one stale lock: the second sees the first
// one's text and gets HeldBy. If the lock file has gone meanwhile, this is acquire_lock.
[[nodiscard]] LockAttempt take_over_stale(const StateDir& dir, const Stale& stale,
                                          std::string_view program);

} // namespace trio::state
