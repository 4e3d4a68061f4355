// Appends a recovery journal to a file: buffers encoded records in memory, writes them to the
// kernel on flush() and to the disk on sync(). Owned and run by the autosave component.
#pragma once

#include "editor/document/edit_op.hpp"
#include "editor/journal/journal_format.hpp"
#include "ipc/unique_fd.hpp"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace trio::journal {

// Errors are values, never exceptions: the editor must keep running when the disk is full.
struct JournalStatus {
    int error = 0;       // 0, or an errno value (EFBIG for a record the format cannot hold)
    std::string message; // "cannot write the journal: No space left on device"
    [[nodiscard]] bool ok() const { return error == 0; }
};

// What the journal has cost so far, for trio-bench and the status line.
struct JournalStats {
    std::uint64_t records = 0; // appended (header not counted)
    std::uint64_t bytes_written = 0;
    std::uint64_t write_calls = 0; // write(2) calls, failed ones included
    std::uint64_t fsync_calls = 0;
};

// Contract:
// - Owns `fd`, which the caller opened for writing at the offset where the journal continues
//   (0 for a new file; JournalContents::valid_bytes after truncating a torn one; O_APPEND or
//   not). Not thread-safe: one owner. Non-copyable, movable.
// - append_*() and write_header() only encode into memory; they never block.
// - flush() writes everything pending with one write(2) (more only after a short write) and
//   blocks as write(2) does. On failure the pending bytes are kept, the file is truncated
//   back to its last complete flush (so a half-written record cannot hide later ones from
//   the reader) and the next flush() retries them.
// - sync() flushes, then fsync()s.
class JournalWriter {
public:
    // `file_bytes`: how many valid journal bytes the file already holds at fd's offset.
    explicit JournalWriter(ipc::UniqueFd fd, std::uint64_t file_bytes = 0);

    void write_header(const JournalHeader& header);
    [[nodiscard]] JournalStatus append(const document::EditOp& op);
    [[nodiscard]] JournalStatus append_snapshot(document::SeqNo seq,
                                                std::span<const std::string_view> chunks);
    void append_saved(document::SeqNo seq);

    [[nodiscard]] JournalStatus flush();
    [[nodiscard]] JournalStatus sync();

    // Writes `header` and one Snapshot of `chunks` at `seq` to `new_fd` (a fresh, empty file
    // the caller created next to the journal), fsyncs it, and on success continues on it: the
    // old fd is closed and pending records are dropped (the snapshot holds them). The caller
    // then renames the new file over the old one. On failure nothing changes here and
    // `new_fd` is closed; the caller removes its file.
    [[nodiscard]] JournalStatus compact(ipc::UniqueFd new_fd, const JournalHeader& header,
                                        document::SeqNo seq,
                                        std::span<const std::string_view> chunks);

    [[nodiscard]] std::size_t pending_bytes() const { return m_pending.size(); }
    // Bytes written by flush() but not yet fsync()ed.
    [[nodiscard]] bool has_unsynced() const { return m_unsynced; }
    [[nodiscard]] std::uint64_t file_bytes() const { return m_file_bytes; }
    [[nodiscard]] const JournalStats& stats() const { return m_stats; }

private:
    [[nodiscard]] JournalStatus write_bytes(int fd, std::string_view bytes);
    [[nodiscard]] JournalStatus fsync_fd(int fd);

    ipc::UniqueFd m_fd;
    std::vector<std::byte> m_pending;
    std::uint64_t m_file_bytes = 0;
    bool m_unsynced = false;
    JournalStats m_stats;
};

} // namespace trio::journal
