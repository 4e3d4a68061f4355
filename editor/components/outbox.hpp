// Messages a component has produced but its channel could not take yet (queue full).
// Components never block on a send: they keep the message here, poll() the channel's
// space_fd() and flush again. Two policies: keep every message (edits must all reach
// autosave) or keep only the newest (render only wants the latest view).
#pragma once

#include "ipc/channel.hpp"

#include <deque>
#include <optional>

namespace trio::components {

enum class OutboxState { Empty, Waiting, PeerGone };

template <class M> class Outbox {
public:
    void push(M msg) { m_pending.push_back(std::move(msg)); }

    // Sends as much as the channel takes now, in order. Never blocks.
    OutboxState flush(ipc::Sender<M>& sender) {
        while (!m_pending.empty()) {
            switch (sender.try_send(m_pending.front())) {
            case ipc::SendResult::Sent:
                m_pending.pop_front();
                break;
            case ipc::SendResult::Full:
                return OutboxState::Waiting;
            case ipc::SendResult::Closed:
                return OutboxState::PeerGone;
            }
        }
        return OutboxState::Empty;
    }

    // At the end of a session: sends everything, waiting for space up to `deadline`.
    OutboxState drain(ipc::Sender<M>& sender, ipc::Deadline deadline) {
        while (!m_pending.empty()) {
            switch (sender.send(m_pending.front(), deadline)) {
            case ipc::SendResult::Sent:
                m_pending.pop_front();
                break;
            case ipc::SendResult::Full:
                return OutboxState::Waiting;
            case ipc::SendResult::Closed:
                return OutboxState::PeerGone;
            }
        }
        return OutboxState::Empty;
    }

    [[nodiscard]] bool empty() const { return m_pending.empty(); }
    [[nodiscard]] std::deque<M>& pending() { return m_pending; }

private:
    std::deque<M> m_pending;
};

template <class M> class LatestSlot {
public:
    void replace(M msg) { m_pending = std::move(msg); }

    OutboxState flush(ipc::Sender<M>& sender) {
        if (!m_pending) {
            return OutboxState::Empty;
        }
        switch (sender.try_send(*m_pending)) {
        case ipc::SendResult::Sent:
            m_pending.reset();
            return OutboxState::Empty;
        case ipc::SendResult::Full:
            return OutboxState::Waiting;
        case ipc::SendResult::Closed:
            break;
        }
        return OutboxState::PeerGone;
    }

    [[nodiscard]] bool empty() const { return !m_pending; }
    // The message waiting to be sent (to stamp it just before flush()), or null.
    [[nodiscard]] M* pending() { return m_pending ? &*m_pending : nullptr; }

private:
    std::optional<M> m_pending;
};

} // namespace trio::components
