// The recovery journal of one edited file, kept by the autosave component: when to create it,
// write it to the kernel, fsync it, compact it and end it. The bytes themselves come from
// journal::JournalWriter; this class is the policy (docs/recovery.md).
#pragma once

#include "editor/document/document.hpp"
#include "editor/journal/journal_writer.hpp"
#include "editor/protocol/messages.hpp"
#include "ipc/channel.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace trio::autosave {

using ipc::Clock;

struct JournalSettings {
    std::string journal_path;       // empty: keep no journal (-n, read-only, open elsewhere)
    std::string file_path;          // the edited file, as the user named it (for the header)
    journal::FileIdentity original; // the file the first edits apply to (all zero: new file)
    // TRIO_JOURNAL_STATS: where the session's journal cost is appended when it ends
    // (trio-bench reads it); empty: nowhere.
    std::string stats_path;
};

// The policy's clock: how long records may wait in memory, and how long written records may
// wait for the disk.
struct JournalTiming {
    std::chrono::milliseconds write_delay{20};     // a burst of edits shares one write(2)
    std::chrono::milliseconds sync_interval{1000}; // fsync at least this often while unsynced
    std::chrono::milliseconds idle_sync{250};      // … and this long after the last write
};

// Journals bigger than this (and than twice the document) are compacted to one snapshot.
inline constexpr std::uint64_t compact_min_bytes = 8 * 1024 * 1024;
// Pending bytes that are written at once rather than after write_delay.
inline constexpr std::size_t write_at_bytes = 256 * 1024;

// Contract: one owner (the autosave component's thread). Never throws for I/O: an error is
// kept in report().error, the records stay pending and are retried at the next write.
// Blocks only on the journal's own disk I/O (write, fsync, rename), never on a channel.
class JournalKeeper {
public:
    explicit JournalKeeper(JournalSettings settings, JournalTiming timing = {});
    ~JournalKeeper();
    JournalKeeper(const JournalKeeper&) = delete;
    JournalKeeper& operator=(const JournalKeeper&) = delete;

    // An edit the replica has just applied. Creates the journal at the first one (replacing
    // a journal left by a crash, which the user has answered by then).
    void record(const document::EditOp& op, const document::Document& replica,
                Clock::time_point now);
    // The file now holds the text at `seq` (an explicit save succeeded): the journal ends.
    // The next edit starts a new one against `saved_file`.
    void saved(document::SeqNo seq, const journal::FileIdentity& saved_file);
    // The user does not want the edits kept: delete the journal (and any left by a crash).
    void drop();
    // This keeper replaces one whose process died (trio-proc restarted autosave) and whose
    // journal may lack the last edits or end torn. `replica` is input's text now; `unsaved`
    // says it differs from the file. Unsaved: the journal is rewritten at once as one snapshot
    // (written, fsynced); saved: any journal is removed and later edits start a new one.
    void take_over(const document::Document& replica, bool unsaved, Clock::time_point now);
    // The session ends without DropJournal (a signal, input gone): write and fsync everything.
    // Edits that could not be recorded before are written as a snapshot of `replica`.
    void finish(const document::Document& replica, Clock::time_point now);

    // True while records wait in memory and it is time to write them (or enough piled up).
    [[nodiscard]] bool write_due(Clock::time_point now) const;
    // Writes pending records (one write(2)), fsyncs when due, compacts when large.
    void service(const document::Document& replica, Clock::time_point now);
    // When service() has work next, if ever (the autosave loop's receive deadline).
    [[nodiscard]] std::optional<Clock::time_point> next_deadline() const;

    // A report is due after an fsync and when the error changed; taking it clears that.
    [[nodiscard]] bool report_due() const { return m_report_due; }
    // The state now, and the write(2)s of edits since the last report (at most the latest
    // protocol::max_recent_writes), which it hands over.
    [[nodiscard]] protocol::JournalReport take_report();
    // What every journal of this session has cost so far.
    [[nodiscard]] journal::JournalStats stats() const;

private:
    bool open_journal();
    void write_pending(Clock::time_point now);
    void note_write();
    void sync(Clock::time_point now);
    void compact(const document::Document& replica);
    void set_error(std::string error);
    void close_writer();

    JournalSettings m_settings;
    JournalTiming m_timing;
    std::optional<journal::JournalWriter> m_writer;
    journal::JournalHeader m_header;
    document::SeqNo m_appended; // the last edit appended (in memory or written)
    document::SeqNo m_written;  // the last edit written to the kernel
    document::SeqNo m_synced;   // the last edit fsynced
    std::optional<Clock::time_point> m_first_pending;  // oldest record not yet written
    std::optional<Clock::time_point> m_first_unsynced; // oldest write not yet fsynced
    Clock::time_point m_last_write{};
    std::string m_error;
    bool m_missed_edits = false; // edits since the last record that did not reach the journal
    bool m_restart_with_snapshot = false; // dropped mid-session: the next journal needs one
    bool m_report_due = false;
    std::vector<protocol::JournalWrite> m_recent_writes; // since the last report
    journal::JournalStats m_closed_stats;                // of journals already ended this session
    unsigned m_temp_counter = 0;
};

} // namespace trio::autosave
