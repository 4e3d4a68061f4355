// A doorbell: a non-blocking pipe whose only job is to wake a peer that poll()s its read end,
// and to tell each side when the other has gone. Used by both channel transports.
//
// A doorbell is created as a pair and then split: the DoorbellWriter and DoorbellReader each
// own one end and close it in their destructor. After fork() each process keeps only the end
// it uses (the other is destroyed with the components it does not run), so the death of the
// process holding one end is seen by the other as EOF/POLLHUP (reader) or EPIPE (writer).
//
// Ringing writes one byte; a ring carries no data and several rings may collapse into one.
// SIGPIPE: ring() uses write(), which raises SIGPIPE when the reader is gone. trio's mains
// (and its tests) set SIGPIPE to SIG_IGN; ring() then sees EPIPE and reports PeerGone.
#pragma once

#include "ipc/unique_fd.hpp"

namespace trio::ipc {

enum class RingResult {
    Rung,     // a byte is waiting (written now, or the pipe already held plenty)
    PeerGone, // no reader is left: the peer closed its end or died
};

struct DrainResult {
    bool rang = false;        // at least one ring was consumed
    bool writer_gone = false; // EOF: every writer end is closed (the peer closed it or died)
};

class DoorbellWriter {
public:
    DoorbellWriter() = default;
    explicit DoorbellWriter(UniqueFd fd) : m_fd(std::move(fd)) {}

    // Never blocks. Throws std::system_error on an unexpected write error.
    // Calling it after close() is a programming error (std::logic_error).
    [[nodiscard]] RingResult ring();

    // Hangs up: the reader sees EOF once every copy of this end is closed. Idempotent.
    void close() { m_fd.reset(); }

    [[nodiscard]] bool is_open() const { return m_fd.valid(); }

private:
    UniqueFd m_fd;
};

class DoorbellReader {
public:
    DoorbellReader() = default;
    explicit DoorbellReader(UniqueFd fd) : m_fd(std::move(fd)) {}

    // Never blocks: consumes every pending ring. After it returns with writer_gone false,
    // read_fd() stays quiet until the next ring or hang-up. Throws std::system_error on an
    // unexpected read error.
    [[nodiscard]] DrainResult drain();

    // For poll(): readable after a ring, readable and hung up (POLLHUP) once the writer is gone.
    [[nodiscard]] int read_fd() const { return m_fd.get(); }

private:
    UniqueFd m_fd;
};

// Both ends of a fresh doorbell; move each to its owner.
struct Doorbell {
    DoorbellWriter writer;
    DoorbellReader reader;
};

// Creates the pipe with O_CLOEXEC | O_NONBLOCK. Throws std::system_error (e.g. out of fds).
[[nodiscard]] Doorbell make_doorbell();

} // namespace trio::ipc
