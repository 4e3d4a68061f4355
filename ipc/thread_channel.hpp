// The in-process channel transport: a bounded queue guarded by a mutex, plus two doorbell
// pipes ("queue = pipe + lock"). Used when trio's components run as threads (`trio`).
//
// Messages are moved through, never encoded. The ends share the queue through a shared_ptr;
// each end owns its own doorbell ends, so destroying an end hangs up on its peer.
//
// Wake-ups are counted, not sprayed: the receiver's doorbell rings only when the queue goes
// from empty to non-empty, the sender's only when it goes from full to not full, and both
// decisions are taken under the lock (so a ring can never be lost between check and sleep).
// While the queue is non-empty ready_fd() is readable; once a receive empties it, it is quiet
// again (exactly level-triggered).
#pragma once

#include "ipc/channel.hpp"
#include "ipc/doorbell.hpp"

#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <utility>

namespace trio::ipc {

template <class M> struct ThreadChannelState {
    explicit ThreadChannelState(std::size_t max_messages) : capacity(max_messages) {}

    std::mutex mutex;
    std::deque<M> queue;
    const std::size_t capacity;
    bool sender_closed = false;
    bool receiver_gone = false;
};

template <class M> class ThreadSender final : public Sender<M> {
public:
    ThreadSender(std::shared_ptr<ThreadChannelState<M>> state, DoorbellWriter ready,
                 DoorbellReader space)
        : m_state(std::move(state)), m_ready(std::move(ready)), m_space(std::move(space)) {}
    ~ThreadSender() override { close(); }

    [[nodiscard]] SendResult try_send(const M& msg) override {
        std::lock_guard lock(m_state->mutex);
        if (m_state->receiver_gone || m_state->sender_closed) {
            return SendResult::Closed;
        }
        if (m_state->queue.size() >= m_state->capacity) {
            // Forget rings from earlier full->not-full transitions: from now on a ring on
            // space_fd() means the receiver made room after this Full.
            (void)m_space.drain();
            return SendResult::Full;
        }
        m_state->queue.push_back(msg);
        if (m_state->queue.size() == 1) {
            // The receiver cannot have gone (checked under this lock), so PeerGone is moot.
            (void)m_ready.ring();
        }
        return SendResult::Sent;
    }

    [[nodiscard]] int space_fd() const override { return m_space.read_fd(); }

    void close() override {
        {
            std::lock_guard lock(m_state->mutex);
            m_state->sender_closed = true;
        }
        // The hang-up itself is the receiver's wake-up: its ready_fd() now stays readable.
        m_ready.close();
    }

    [[nodiscard]] std::size_t capacity() const override { return m_state->capacity; }

    [[nodiscard]] std::optional<std::size_t> depth() const override {
        std::lock_guard lock(m_state->mutex);
        return m_state->queue.size();
    }

private:
    std::shared_ptr<ThreadChannelState<M>> m_state;
    DoorbellWriter m_ready;
    DoorbellReader m_space;
};

template <class M> class ThreadReceiver final : public Receiver<M> {
public:
    ThreadReceiver(std::shared_ptr<ThreadChannelState<M>> state, DoorbellReader ready,
                   DoorbellWriter space)
        : m_state(std::move(state)), m_ready(std::move(ready)), m_space(std::move(space)) {}

    ~ThreadReceiver() override {
        std::deque<M> unread;
        {
            std::lock_guard lock(m_state->mutex);
            m_state->receiver_gone = true;
            unread.swap(m_state->queue);
        }
        // `unread` is destroyed here, outside the lock; our doorbell ends close after it,
        // which wakes a sender waiting on space_fd() to find Closed.
    }

    [[nodiscard]] std::optional<M> try_receive() override {
        std::lock_guard lock(m_state->mutex);
        if (m_state->queue.empty()) {
            return std::nullopt;
        }
        const bool was_full = m_state->queue.size() >= m_state->capacity;
        std::optional<M> msg(std::move(m_state->queue.front()));
        m_state->queue.pop_front();
        if (m_state->queue.empty()) {
            // Empty again: take the ring back so ready_fd() is quiet until the next message.
            (void)m_ready.drain();
        }
        if (was_full) {
            // A sender gone (PeerGone) needs no wake-up.
            (void)m_space.ring();
        }
        return msg;
    }

    [[nodiscard]] int ready_fd() const override { return m_ready.read_fd(); }

    [[nodiscard]] bool closed() const override {
        std::lock_guard lock(m_state->mutex);
        return m_state->sender_closed && m_state->queue.empty();
    }

    [[nodiscard]] std::size_t capacity() const override { return m_state->capacity; }

    [[nodiscard]] std::optional<std::size_t> depth() const override {
        std::lock_guard lock(m_state->mutex);
        return m_state->queue.size();
    }

private:
    std::shared_ptr<ThreadChannelState<M>> m_state;
    DoorbellReader m_ready;
    DoorbellWriter m_space;
};

// Creates both ends of an in-process channel holding at most `capacity` messages (>= 1,
// else std::invalid_argument). The ends may be used from two different threads; each end
// from one thread only. Throws std::system_error if the doorbell pipes cannot be created.
template <class M>
[[nodiscard]] std::pair<std::unique_ptr<Sender<M>>, std::unique_ptr<Receiver<M>>>
make_thread_channel(std::size_t capacity) {
    if (capacity == 0) {
        throw std::invalid_argument("make_thread_channel: capacity must be at least 1");
    }
    auto state = std::make_shared<ThreadChannelState<M>>(capacity);
    Doorbell ready = make_doorbell();
    Doorbell space = make_doorbell();
    return {
        std::make_unique<ThreadSender<M>>(state, std::move(ready.writer), std::move(space.reader)),
        std::make_unique<ThreadReceiver<M>>(state, std::move(ready.reader),
                                            std::move(space.writer))};
}

} // namespace trio::ipc
