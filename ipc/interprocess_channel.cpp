// The byte-level ends of the process channel: queue operations, doorbell rings and the
// detection of a dead peer. Runs in the `trio-proc` processes that hold a channel end.
#include "ipc/interprocess_channel.hpp"

#include <poll.h>

namespace trio::ipc {

InterprocessByteSender::InterprocessByteSender(std::shared_ptr<SharedQueue> queue,
                                               DoorbellWriter ready, DoorbellReader space)
    : m_queue(std::move(queue)), m_ready(std::move(ready)), m_space(std::move(space)),
      m_capacity(m_queue->capacity()) {}

SendResult InterprocessByteSender::try_send(std::span<const std::byte> bytes) {
    if (!m_queue) {
        return SendResult::Closed;
    }
    // Drain before pushing: a ring from an earlier full->not-full transition is cleared, while
    // one made after this point (after our push found the queue full) stays for poll() to see.
    // The same read tells at once whether the receiver has hung up.
    if (m_space.drain().writer_gone) {
        m_queue.reset();
        return SendResult::Closed;
    }
    switch (m_queue->try_push(bytes)) {
    case QueueStatus::WouldBlock:
        return SendResult::Full;
    case QueueStatus::Broken:
        m_queue.reset();
        return SendResult::Closed;
    case QueueStatus::Done:
        break;
    }
    // Counting after the push (not before) is what makes the ring race-free: a receiver that
    // saw the queue empty and went to sleep cannot take this message before we count 1.
    const std::optional<std::size_t> queued = m_queue->count();
    if (!queued || (*queued == 1 && m_ready.ring() == RingResult::PeerGone)) {
        m_queue.reset();
        return SendResult::Closed;
    }
    return SendResult::Sent;
}

void InterprocessByteSender::close() {
    m_ready.close();
    m_queue.reset();
}

std::optional<std::size_t> InterprocessByteSender::depth() const {
    if (!m_queue) {
        return std::nullopt;
    }
    return m_queue->count();
}

InterprocessByteReceiver::InterprocessByteReceiver(std::shared_ptr<SharedQueue> queue,
                                                   DoorbellReader ready, DoorbellWriter space)
    : m_queue(std::move(queue)), m_ready(std::move(ready)), m_space(std::move(space)),
      m_buffer(m_queue->max_message_bytes()) {}

std::optional<std::span<const std::byte>> InterprocessByteReceiver::try_receive() {
    if (auto bytes = pop()) {
        return bytes;
    }
    if (m_broken) {
        return std::nullopt;
    }
    // Empty. Drain, then look once more: a message pushed before the drain is found now, and
    // one pushed after it rings again, so ready_fd() cannot go quiet over a waiting message.
    if (m_ready.drain().writer_gone) {
        m_sender_gone = true;
    }
    return pop();
}

std::optional<std::span<const std::byte>> InterprocessByteReceiver::pop() {
    if (m_broken) {
        return std::nullopt;
    }
    const PopResult popped = m_queue->try_pop(m_buffer);
    if (popped.status == QueueStatus::Broken) {
        m_broken = true;
    }
    if (popped.status != QueueStatus::Done) {
        return std::nullopt;
    }
    const std::optional<std::size_t> left = m_queue->count();
    if (!left) {
        m_broken = true;
    } else if (*left + 1 == m_queue->capacity()) {
        // This receive made a full queue not full. A sender that is gone needs no wake-up.
        (void)m_space.ring();
    }
    return std::span<const std::byte>(m_buffer.data(), popped.size);
}

bool InterprocessByteReceiver::sender_gone() const {
    if (!m_sender_gone) {
        // A pipe's read end reports POLLHUP once no writer is left, even with bytes unread.
        pollfd entry{m_ready.read_fd(), POLLIN, 0};
        m_sender_gone = ::poll(&entry, 1, 0) == 1 && (entry.revents & POLLHUP) != 0;
    }
    return m_sender_gone;
}

std::optional<std::size_t> InterprocessByteReceiver::depth() const {
    if (m_broken) {
        return std::nullopt;
    }
    return m_queue->count();
}

bool InterprocessByteReceiver::closed() const {
    if (m_broken) {
        return true;
    }
    if (!sender_gone()) {
        return false;
    }
    const std::optional<std::size_t> left = m_queue->count();
    return !left || *left == 0;
}

std::pair<InterprocessByteSender, InterprocessByteReceiver>
make_interprocess_byte_channel(ChannelLimits limits) {
    auto queue = std::make_shared<SharedQueue>(limits);
    queue->unlink_name();
    Doorbell ready = make_doorbell();
    Doorbell space = make_doorbell();
    return {InterprocessByteSender(queue, std::move(ready.writer), std::move(space.reader)),
            InterprocessByteReceiver(queue, std::move(ready.reader), std::move(space.writer))};
}

} // namespace trio::ipc
