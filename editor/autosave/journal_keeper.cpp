// The journal policy: lazy creation, delayed writes, periodic fsync, compaction and the end
// of a journal at a save. Runs in the autosave component.
#include "editor/autosave/journal_keeper.hpp"

#include "editor/state/private_file.hpp"
#include "editor/state/state_error.hpp"

#include <cerrno>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>
#include <vector>

namespace trio::autosave {

namespace {

std::int64_t realtime_ns() {
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts);
    return static_cast<std::int64_t>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

// The clock of protocol::TimestampNs, comparable with the other components' timestamps.
protocol::TimestampNs monotonic_ns() {
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<protocol::TimestampNs>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

std::string directory_of(const std::string& path) {
    const std::size_t slash = path.rfind('/');
    return slash == std::string::npos ? "." : (slash == 0 ? "/" : path.substr(0, slash));
}

// The new file is durable only once its directory entry is.
void fsync_directory(const std::string& path) {
    ipc::UniqueFd dir(::open(directory_of(path).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (dir.valid()) {
        (void)::fsync(dir.get());
    }
}

// Something other than our own regular file at the journal's path (a planted symlink, a
// directory, someone else's file) is refused: it is never written through or replaced.
std::string refuse_foreign_entry(const std::string& path) {
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0) {
        return {};
    }
    if (S_ISLNK(st.st_mode)) {
        return "refused: a symbolic link is in the journal's place (" + path + ")";
    }
    if (!S_ISREG(st.st_mode) || st.st_uid != ::geteuid()) {
        return "refused: not a file of yours is in the journal's place (" + path + ")";
    }
    return {};
}

// The replica's text as views of its pieces (valid until it next changes): a snapshot
// without a copy of the document.
std::vector<std::string_view> chunks_of(const document::Document& doc) {
    std::vector<std::string_view> chunks;
    const document::ByteRange all{document::ByteOffset(0), document::ByteOffset(doc.size().value)};
    doc.for_each_chunk(all, [&chunks](std::string_view chunk) { chunks.push_back(chunk); });
    return chunks;
}

void add(journal::JournalStats& total, const journal::JournalStats& more) {
    total.records += more.records;
    total.bytes_written += more.bytes_written;
    total.write_calls += more.write_calls;
    total.fsync_calls += more.fsync_calls;
}

} // namespace

JournalKeeper::JournalKeeper(JournalSettings settings, JournalTiming timing)
    : m_settings(std::move(settings)), m_timing(timing) {
    m_header.original = m_settings.original;
    m_header.path = m_settings.file_path;
}

JournalKeeper::~JournalKeeper() = default;

bool JournalKeeper::open_journal() {
    if (m_writer) {
        return true;
    }
    const std::string& path = m_settings.journal_path;
    if (std::string refusal = refuse_foreign_entry(path); !refusal.empty()) {
        set_error(std::move(refusal));
        return false;
    }
    // Written complete under a temporary name, then renamed over any journal a crash left
    // (the user has answered the recovery question by now): the path never holds half a
    // header, and never nothing while an old journal was there.
    const std::string temp =
        path + "." + std::to_string(::getpid()) + "." + std::to_string(++m_temp_counter) + ".new";
    try {
        ipc::UniqueFd fd = state::create_private_file(temp);
        journal::JournalWriter writer(std::move(fd));
        m_header.created_ns = realtime_ns();
        m_header.writer_pid = static_cast<std::uint32_t>(::getpid());
        writer.write_header(m_header);
        if (const journal::JournalStatus status = writer.flush(); !status.ok()) {
            ::unlink(temp.c_str());
            set_error(status.message);
            return false;
        }
        if (::rename(temp.c_str(), path.c_str()) != 0) {
            const int error = errno;
            ::unlink(temp.c_str());
            set_error(std::string("cannot create the journal: ") + std::strerror(error) + " (" +
                      path + ")");
            return false;
        }
        fsync_directory(path);
        m_writer.emplace(std::move(writer));
    } catch (const state::StateError& e) {
        set_error(e.what());
        return false;
    }
    return true;
}

void JournalKeeper::record(const document::EditOp& op, const document::Document& replica,
                           Clock::time_point now) {
    if (m_settings.journal_path.empty()) {
        return;
    }
    if (!m_writer && !open_journal()) {
        m_missed_edits = true; // the error is reported; editing goes on
        return;
    }
    journal::JournalStatus status;
    if (m_missed_edits || m_restart_with_snapshot) {
        // Edits went unrecorded (the journal could not be created or held one): a snapshot
        // of the replica stands in for all of them, so the sequence has no gap.
        status = m_writer->append_snapshot(replica.last_seq(), chunks_of(replica));
    } else {
        status = m_writer->append(op);
    }
    if (!status.ok()) {
        m_missed_edits = true;
        set_error(status.message);
        return;
    }
    m_missed_edits = false;
    m_restart_with_snapshot = false;
    m_appended = op.seq;
    if (!m_first_pending) {
        m_first_pending = now;
    }
}

bool JournalKeeper::write_due(Clock::time_point now) const {
    return m_writer && m_first_pending &&
           (now - *m_first_pending >= m_timing.write_delay ||
            m_writer->pending_bytes() >= write_at_bytes);
}

void JournalKeeper::write_pending(Clock::time_point now) {
    if (!m_writer || m_writer->pending_bytes() == 0) {
        m_first_pending.reset();
        return;
    }
    if (const journal::JournalStatus status = m_writer->flush(); !status.ok()) {
        set_error(status.message);
        return; // kept pending; retried at the next deadline
    }
    m_first_pending.reset();
    note_write();
    m_written = m_appended;
    m_last_write = now;
    if (!m_first_unsynced) {
        m_first_unsynced = now;
    }
    set_error({});
}

// The write just returned: the edits after m_written up to m_appended are in the kernel now.
// Timed by the clock rather than `now`, which the caller read before the write.
void JournalKeeper::note_write() {
    if (m_appended.value <= m_written.value) {
        return;
    }
    if (m_recent_writes.size() == protocol::max_recent_writes) {
        m_recent_writes.erase(m_recent_writes.begin()); // the report carries the latest ones
    }
    m_recent_writes.push_back(
        protocol::JournalWrite{document::SeqNo(m_written.value + 1), m_appended, monotonic_ns()});
}

void JournalKeeper::sync(Clock::time_point now) {
    if (!m_writer || !m_writer->has_unsynced()) {
        m_first_unsynced.reset();
        return;
    }
    if (const journal::JournalStatus status = m_writer->sync(); !status.ok()) {
        set_error(status.message);
        return;
    }
    (void)now;
    m_first_unsynced.reset();
    m_synced = m_written;
    m_report_due = true;
}

void JournalKeeper::service(const document::Document& replica, Clock::time_point now) {
    if (!m_writer) {
        return;
    }
    write_pending(now);
    if (m_first_unsynced && (now - *m_first_unsynced >= m_timing.sync_interval ||
                             now - m_last_write >= m_timing.idle_sync)) {
        sync(now);
    }
    const std::uint64_t limit = std::max(compact_min_bytes, 2 * replica.size().value);
    if (m_writer && m_error.empty() && m_writer->file_bytes() > limit && !m_first_pending) {
        compact(replica);
    }
}

std::optional<Clock::time_point> JournalKeeper::next_deadline() const {
    if (!m_error.empty() && m_writer) {
        // Retry a failed write after a pause: the pending records' own deadlines have passed,
        // so waiting for them would retry at once, and a full disk would spin the loop.
        return Clock::now() + m_timing.sync_interval;
    }
    std::optional<Clock::time_point> next;
    auto consider = [&next](Clock::time_point t) {
        if (!next || t < *next) {
            next = t;
        }
    };
    if (m_first_pending) {
        consider(*m_first_pending + m_timing.write_delay);
    }
    if (m_first_unsynced) {
        consider(std::min(*m_first_unsynced + m_timing.sync_interval,
                          m_last_write + m_timing.idle_sync));
    }
    return next;
}

void JournalKeeper::compact(const document::Document& replica) {
    const std::string& path = m_settings.journal_path;
    const std::string temp =
        path + "." + std::to_string(::getpid()) + "." + std::to_string(++m_temp_counter) + ".new";
    const std::vector<std::string_view> chunks = chunks_of(replica);
    try {
        ipc::UniqueFd fd = state::create_private_file(temp);
        if (const journal::JournalStatus status =
                m_writer->compact(std::move(fd), m_header, replica.last_seq(), chunks);
            !status.ok()) {
            ::unlink(temp.c_str());
            set_error(status.message);
            return;
        }
    } catch (const state::StateError& e) {
        set_error(e.what());
        return;
    }
    if (::rename(temp.c_str(), path.c_str()) != 0) {
        // The writer already continues on the new file, which recovery would never find:
        // drop it, and let the next edit start the journal afresh with a snapshot.
        set_error(std::string("cannot replace the journal: ") + std::strerror(errno) + " (" + path +
                  ")");
        close_writer();
        ::unlink(temp.c_str());
        m_missed_edits = true;
        return;
    }
    fsync_directory(path);
    m_synced = m_written = m_appended;
    m_first_unsynced.reset();
}

void JournalKeeper::saved(document::SeqNo seq, const journal::FileIdentity& saved_file) {
    m_header.original = saved_file;
    m_header.base_seq = seq;
    m_missed_edits = false; // the file holds them now
    m_restart_with_snapshot = false;
    if (m_settings.journal_path.empty() || !m_writer) {
        return;
    }
    // Marked first, so a crash before the unlink leaves a journal that says "nothing to
    // recover" rather than edits that no longer apply to the saved file.
    m_writer->append_saved(seq);
    (void)m_writer->flush();
    close_writer();
    ::unlink(m_settings.journal_path.c_str());
    m_synced = m_written = m_appended = seq;
    m_report_due = true;
}

void JournalKeeper::drop() {
    close_writer();
    // The dropped journal held edits the original does not: a later journal must start
    // with a snapshot, or its first edit would not follow base_seq and nothing would recover.
    // (Not "missed": the user chose to drop them, so finish() must not write them back.)
    m_missed_edits = false;
    m_restart_with_snapshot = m_appended != m_header.base_seq;
    if (!m_settings.journal_path.empty() && refuse_foreign_entry(m_settings.journal_path).empty()) {
        ::unlink(m_settings.journal_path.c_str());
    }
}

void JournalKeeper::take_over(const document::Document& replica, bool unsaved,
                              Clock::time_point now) {
    if (m_settings.journal_path.empty()) {
        return;
    }
    m_appended = m_written = m_synced = replica.last_seq();
    if (!unsaved) {
        // The file holds this text: it is the base later edits apply to.
        m_header.base_seq = replica.last_seq();
        drop();
        m_restart_with_snapshot = false;
        return;
    }
    // The snapshot stands in for every edit the dead autosave may not have written.
    m_missed_edits = true;
    finish(replica, now);
}

void JournalKeeper::finish(const document::Document& replica, Clock::time_point now) {
    if (m_missed_edits && !m_settings.journal_path.empty()) {
        // Edits went unrecorded (the journal could not be created or written): one last
        // attempt, a snapshot holding them all.
        if (m_writer || open_journal()) {
            const journal::JournalStatus status =
                m_writer->append_snapshot(replica.last_seq(), chunks_of(replica));
            if (status.ok()) {
                m_missed_edits = false;
                m_appended = replica.last_seq();
            } else {
                set_error(status.message);
            }
        }
    }
    if (!m_writer) {
        return;
    }
    write_pending(now);
    sync(now);
}

void JournalKeeper::close_writer() {
    if (m_writer) {
        add(m_closed_stats, m_writer->stats());
        m_writer.reset();
    }
    m_first_pending.reset();
    m_first_unsynced.reset();
}

void JournalKeeper::set_error(std::string error) {
    if (error != m_error) {
        m_error = std::move(error);
        m_report_due = true;
    }
}

protocol::JournalReport JournalKeeper::take_report() {
    m_report_due = false;
    const journal::JournalStats total = stats();
    return protocol::JournalReport{m_written,
                                   m_synced,
                                   m_error,
                                   total.bytes_written,
                                   total.write_calls,
                                   total.fsync_calls,
                                   std::exchange(m_recent_writes, {})};
}

journal::JournalStats JournalKeeper::stats() const {
    journal::JournalStats total = m_closed_stats;
    if (m_writer) {
        add(total, m_writer->stats());
    }
    return total;
}

} // namespace trio::autosave
