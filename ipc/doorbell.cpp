// Rings, drains and creates doorbell pipes. Runs in whichever component owns a channel end.
#include "ipc/doorbell.hpp"

#include <array>
#include <cerrno>
#include <fcntl.h>
#include <stdexcept>
#include <system_error>
#include <unistd.h>

namespace trio::ipc {

RingResult DoorbellWriter::ring() {
    if (!m_fd.valid()) {
        throw std::logic_error("DoorbellWriter::ring() after close()");
    }
    const char byte = 1;
    for (;;) {
        if (::write(m_fd.get(), &byte, 1) == 1) {
            return RingResult::Rung;
        }
        switch (errno) {
        case EINTR:
            continue;
        case EAGAIN:
            // The pipe is full of earlier rings: the reader will wake anyway.
            return RingResult::Rung;
        case EPIPE:
            return RingResult::PeerGone;
        default:
            throw std::system_error(errno, std::generic_category(), "doorbell write");
        }
    }
}

DrainResult DoorbellReader::drain() {
    DrainResult result;
    std::array<char, 64> sink{};
    for (;;) {
        const ssize_t n = ::read(m_fd.get(), sink.data(), sink.size());
        if (n > 0) {
            result.rang = true;
            continue;
        }
        if (n == 0) {
            result.writer_gone = true;
            return result;
        }
        if (errno == EINTR) {
            continue;
        }
        if (errno == EAGAIN) {
            return result;
        }
        throw std::system_error(errno, std::generic_category(), "doorbell read");
    }
}

Doorbell make_doorbell() {
    std::array<int, 2> fds{};
    if (::pipe2(fds.data(), O_CLOEXEC | O_NONBLOCK) != 0) {
        throw std::system_error(errno, std::generic_category(), "doorbell pipe2");
    }
    return Doorbell{DoorbellWriter(UniqueFd(fds[1])), DoorbellReader(UniqueFd(fds[0]))};
}

} // namespace trio::ipc
