// Buffers, writes and fsyncs journal records; see journal_writer.hpp. Runs in the autosave
// component.
#include "editor/journal/journal_writer.hpp"

#include "editor/files/fd_io.hpp"

#include <cerrno>
#include <sys/types.h>
#include <unistd.h>

namespace trio::journal {

namespace {

std::string_view as_chars(const std::vector<std::byte>& bytes) {
    return {reinterpret_cast<const char*>(bytes.data()), bytes.size()};
}

JournalStatus failure(int error, std::string_view what) {
    return JournalStatus{error, std::string(what) + ": " + files::errno_text(error)};
}

JournalStatus too_large(std::string_view what) {
    return failure(EFBIG, std::string("cannot journal ") + std::string(what) +
                              " (4 GiB or more in one record)");
}

} // namespace

JournalWriter::JournalWriter(ipc::UniqueFd fd, std::uint64_t file_bytes)
    : m_fd(std::move(fd)), m_file_bytes(file_bytes) {}

void JournalWriter::write_header(const JournalHeader& header) {
    // Only a path of 4 GiB could fail, and no system has one.
    static_cast<void>(encode_header(m_pending, header));
}

JournalStatus JournalWriter::append(const document::EditOp& op) {
    if (!encode_edit(m_pending, op)) {
        return too_large("an edit");
    }
    ++m_stats.records;
    return {};
}

JournalStatus JournalWriter::append_snapshot(document::SeqNo seq,
                                             std::span<const std::string_view> chunks) {
    if (!encode_snapshot(m_pending, seq, chunks)) {
        return too_large("a snapshot");
    }
    ++m_stats.records;
    return {};
}

void JournalWriter::append_saved(document::SeqNo seq) {
    encode_saved(m_pending, seq);
    ++m_stats.records;
}

JournalStatus JournalWriter::write_bytes(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        ++m_stats.write_calls;
        const ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            return failure(errno, "cannot write the journal");
        }
        if (n == 0) {
            // A regular file refuses bytes without an errno only when it is full.
            return failure(ENOSPC, "cannot write the journal");
        }
        m_stats.bytes_written += static_cast<std::uint64_t>(n);
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return {};
}

JournalStatus JournalWriter::fsync_fd(int fd) {
    ++m_stats.fsync_calls;
    if (::fsync(fd) != 0) {
        return failure(errno, "cannot sync the journal");
    }
    return {};
}

JournalStatus JournalWriter::flush() {
    if (m_pending.empty()) {
        return {};
    }
    JournalStatus status = write_bytes(m_fd.get(), as_chars(m_pending));
    if (!status.ok()) {
        // Cut off whatever part did reach the file: a torn record in the middle would make the
        // reader ignore every record after it. Best effort; if this fails too, the next flush
        // still appends after the torn bytes and the reader keeps the prefix before them.
        const auto end = static_cast<off_t>(m_file_bytes);
        if (::ftruncate(m_fd.get(), end) == 0) {
            static_cast<void>(::lseek(m_fd.get(), end, SEEK_SET));
        }
        return status;
    }
    m_file_bytes += m_pending.size();
    m_pending.clear();
    m_unsynced = true;
    return {};
}

JournalStatus JournalWriter::sync() {
    if (JournalStatus status = flush(); !status.ok()) {
        return status;
    }
    if (!m_unsynced) {
        return {};
    }
    if (JournalStatus status = fsync_fd(m_fd.get()); !status.ok()) {
        return status;
    }
    m_unsynced = false;
    return {};
}

JournalStatus JournalWriter::compact(ipc::UniqueFd new_fd, const JournalHeader& header,
                                     document::SeqNo seq,
                                     std::span<const std::string_view> chunks) {
    std::vector<std::byte> bytes;
    static_cast<void>(encode_header(bytes, header));
    if (!encode_snapshot(bytes, seq, chunks)) {
        return too_large("a snapshot");
    }
    if (JournalStatus status = write_bytes(new_fd.get(), as_chars(bytes)); !status.ok()) {
        return status;
    }
    if (JournalStatus status = fsync_fd(new_fd.get()); !status.ok()) {
        return status;
    }
    ++m_stats.records;
    m_fd = std::move(new_fd);
    m_file_bytes = bytes.size();
    m_pending.clear();
    m_unsynced = false;
    return {};
}

} // namespace trio::journal
