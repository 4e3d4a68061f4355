// Acquires, inspects, takes over and releases editor locks; see file_lock.hpp. Runs in the
// editor's main when it opens a file.
#include "editor/state/file_lock.hpp"

#include "editor/files/fd_io.hpp"
#include "editor/state/private_file.hpp"
#include "editor/state/state_error.hpp"
#include "ipc/unique_fd.hpp"

#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace trio::state {

namespace {

std::string in_quotes(const std::string& path) {
    return "'" + path + "'";
}

[[noreturn]] void fail(const std::string& what, const std::string& path, int error) {
    throw StateError(what + " " + in_quotes(path) + ": " + files::errno_text(error));
}

// The lock's text in a private temporary file next to it, unlinked when this goes away
// (after it was linked or renamed to the lock path, or on failure).
class PendingLock {
public:
    PendingLock(const std::string& dir, const std::string& lock_path, const std::string& text) {
        const std::string name = lock_path.substr(lock_path.rfind('/') + 1);
        // State names never start with '.', so this cannot collide with a journal or a lock.
        m_path = dir + "/." + name + ".XXXXXX";
        // mkostemp creates with O_EXCL and mode 0600: a planted name is never opened.
        m_fd = ipc::UniqueFd(::mkostemp(m_path.data(), O_CLOEXEC));
        if (!m_fd.valid()) {
            const int error = errno;
            m_path.clear();
            fail("Cannot create a lock file in", dir, error);
        }
        if (const int error = files::write_all(m_fd.get(), text); error != 0) {
            fail("Cannot write", m_path, error);
        }
    }
    PendingLock(const PendingLock&) = delete;
    PendingLock& operator=(const PendingLock&) = delete;
    ~PendingLock() {
        if (!m_path.empty()) {
            (void)::unlink(m_path.c_str());
        }
    }

    [[nodiscard]] const std::string& path() const { return m_path; }
    // Hands the descriptor over to the FileLock once the file has become the lock.
    [[nodiscard]] ipc::UniqueFd take_fd() { return std::move(m_fd); }
    void renamed() { m_path.clear(); }

private:
    std::string m_path;
    ipc::UniqueFd m_fd;
};

// The lock file's text, or nullopt if there is none (any more).
std::optional<std::string> read_lock_text(const std::string& path) {
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0) {
        if (errno == ENOENT) {
            return std::nullopt;
        }
        fail("Cannot inspect lock", path, errno);
    }
    ipc::UniqueFd fd;
    try {
        fd = open_private_file_for_reading(path);
    } catch (const StateError&) {
        if (::lstat(path.c_str(), &st) != 0 && errno == ENOENT) {
            return std::nullopt; // released between the lstat and the open
        }
        throw;
    }
    std::string text;
    if (const int error = files::read_to_end(fd.get(), text, 256); error != 0) {
        fail("Cannot read lock", path, error);
    }
    return text;
}

// Stale or HeldBy, from what a lock file says.
std::variant<HeldBy, Stale> classify(const std::string& path, std::string text) {
    auto record = parse_lock_record(text);
    if (!record) {
        return Stale{std::nullopt, path, std::move(text)};
    }
    if (record->host != host_name() || liveness(record->holder) == Liveness::Running) {
        return HeldBy{std::move(*record), path};
    }
    return Stale{std::move(record), path, std::move(text)};
}

// Releases flock(2) on the state directory when it goes away (the kernel does if we die).
class DirectoryLock {
public:
    explicit DirectoryLock(const StateDir& dir)
        // A description of our own: flock between two of them excludes even in one process.
        : m_fd(::openat(dir.fd(), ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC)) {
        if (!m_fd.valid()) {
            fail("Cannot open", dir.path(), errno);
        }
        while (::flock(m_fd.get(), LOCK_EX) != 0) {
            if (errno != EINTR) {
                fail("Cannot lock", dir.path(), errno);
            }
        }
    }

private:
    ipc::UniqueFd m_fd; // closing it unlocks
};

} // namespace

// Builds FileLocks; the only code allowed to.
class LockTaker {
public:
    static LockAttempt acquire(const StateDir& dir, const std::string& path,
                               std::string_view program) {
        const LockRecord record = make_lock_record(program);
        PendingLock pending(dir.path(), path, format_lock_record(record));
        // A lock released between our link() and our read lets us retry; a few rounds can
        // only be lost to an editor starting and stopping in a tight loop.
        constexpr int attempts = 16;
        for (int attempt = 0; attempt < attempts; ++attempt) {
            if (::link(pending.path().c_str(), path.c_str()) == 0) {
                return FileLock(path, record, pending.take_fd());
            }
            if (errno != EEXIST) {
                fail("Cannot create lock", path, errno);
            }
            if (auto text = read_lock_text(path)) {
                return std::visit([](auto outcome) { return LockAttempt(std::move(outcome)); },
                                  classify(path, std::move(*text)));
            }
        }
        throw StateError("Cannot take lock " + in_quotes(path) + ": it keeps changing");
    }

    static LockAttempt take_over(const StateDir& dir, const Stale& stale,
                                 std::string_view program) {
        const DirectoryLock serialise(dir);
        const auto text = read_lock_text(stale.lock_path);
        if (!text || *text != stale.seen_text) {
            return acquire(dir, stale.lock_path, program); // someone else moved first
        }
        // Still the same bytes; check the holder once more now that no other taker can act.
        auto outcome = classify(stale.lock_path, *text);
        if (auto* held = std::get_if<HeldBy>(&outcome)) {
            return std::move(*held);
        }
        const LockRecord record = make_lock_record(program);
        PendingLock pending(dir.path(), stale.lock_path, format_lock_record(record));
        if (::rename(pending.path().c_str(), stale.lock_path.c_str()) != 0) {
            fail("Cannot replace stale lock", stale.lock_path, errno);
        }
        pending.renamed();
        return FileLock(stale.lock_path, record, pending.take_fd());
    }
};

FileLock::FileLock(FileLock&& other) noexcept
    : m_path(std::exchange(other.m_path, {})), m_record(std::move(other.m_record)),
      m_fd(std::move(other.m_fd)) {}

void FileLock::release() noexcept {
    if (m_path.empty()) {
        return;
    }
    struct stat ours {};
    struct stat named {};
    if (::fstat(m_fd.get(), &ours) == 0 && ::lstat(m_path.c_str(), &named) == 0 &&
        ours.st_dev == named.st_dev && ours.st_ino == named.st_ino) {
        (void)::unlink(m_path.c_str());
    }
    m_path.clear();
    m_fd.reset();
}

LockAttempt acquire_lock(const StateDir& dir, const std::string& file, std::string_view program) {
    return LockTaker::acquire(dir, dir.lock_path(file), program);
}

LockAttempt take_over_stale(const StateDir& dir, const Stale& stale, std::string_view program) {
    return LockTaker::take_over(dir, stale, program);
}

} // namespace trio::state
