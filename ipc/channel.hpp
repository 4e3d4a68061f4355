// One-direction, one-producer, one-consumer typed channel: the only way state crosses
// between trio's components, whether they are threads or processes.
//
// Contract shared by every transport (checked by tests/contract/channel_contract_test.cpp):
//  - Messages arrive in the order sent, none lost, none duplicated.
//  - The queue is bounded (`capacity()` messages). try_send on a full queue returns Full
//    and queues nothing.
//  - Nothing here blocks except send()/receive()/receive_latest(), and those only until
//    their deadline. Component code waits with poll() on ready_fd()/space_fd() together
//    with its other inputs; it never blocks inside a transport call.
//  - close() on the sender (or its destruction, or the death of its process) makes the
//    receiver see end-of-stream after it has drained what was already queued.
//  - Only the owning thread/process may call an end's methods; an end is not thread-safe
//    and is neither copyable nor movable once handed to a component (hold it by unique_ptr).
#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <stdexcept>

namespace trio::ipc {

using Clock = std::chrono::steady_clock;
using Deadline = Clock::time_point;

enum class SendResult {
    Sent,   // queued; the receiver's ready_fd() is (or will stay) readable
    Full,   // nothing queued; wait for space_fd() to become readable, then retry
    Closed, // the receiver is gone; nothing queued, and nothing ever will be
};

// Thrown by a transport for a message it can never carry (larger than the queue's
// maximum message size once encoded). Naming the limit makes the error actionable.
class MessageTooLarge : public std::length_error {
public:
    using std::length_error::length_error;
};

template <class M> class Sender {
public:
    Sender() = default;
    Sender(const Sender&) = delete;
    Sender& operator=(const Sender&) = delete;
    virtual ~Sender() = default;

    // Never blocks. Throws MessageTooLarge if `msg` can never fit.
    [[nodiscard]] virtual SendResult try_send(const M& msg) = 0;

    // A file descriptor that poll() reports readable after the receiver has taken a message
    // out of a full queue. Wait on it only after try_send returned Full; spurious wake-ups
    // are allowed (retry try_send).
    [[nodiscard]] virtual int space_fd() const = 0;

    // Ends the stream. Idempotent; also done by the destructor.
    virtual void close() = 0;

    [[nodiscard]] virtual std::size_t capacity() const = 0;

    // Messages queued now (sent, not yet received), for display (the F2 panel); nullopt when
    // the transport cannot tell (the process transport once this end is closed, its peer gone
    // or its queue broken). Takes the queue's lock for a moment, as try_send does, and never
    // waits for anything else. A snapshot: stale as soon as it returns.
    [[nodiscard]] virtual std::optional<std::size_t> depth() const { return std::nullopt; }

    // Bounded blocking send: waits for space until `deadline`. Returns Full on time-out.
    [[nodiscard]] SendResult send(const M& msg, Deadline deadline);
};

template <class M> class Receiver {
public:
    Receiver() = default;
    Receiver(const Receiver&) = delete;
    Receiver& operator=(const Receiver&) = delete;
    virtual ~Receiver() = default;

    // Never blocks. Returns the oldest queued message, or nullopt if none is queued now
    // (check closed() to tell "empty for now" from "empty for good").
    [[nodiscard]] virtual std::optional<M> try_receive() = 0;

    // A file descriptor that poll() reports readable (or hung up) when a message may be
    // waiting or the sender has closed. Level-triggered from the caller's point of view:
    // after try_receive() returned nullopt it stays quiet until something new happens.
    [[nodiscard]] virtual int ready_fd() const = 0;

    // True once the sender has closed (or died) and every queued message has been taken.
    [[nodiscard]] virtual bool closed() const = 0;

    [[nodiscard]] virtual std::size_t capacity() const = 0;

    // Messages queued now, waiting for this receiver; nullopt when unknown or the queue is
    // broken. Same cost and caveats as Sender::depth().
    [[nodiscard]] virtual std::optional<std::size_t> depth() const { return std::nullopt; }

    // Bounded blocking receive: the oldest message, or nullopt at the deadline or end of stream.
    [[nodiscard]] std::optional<M> receive(Deadline deadline);

    // Waits like receive(), then drains everything queued and returns only the newest
    // message (render uses this to coalesce: it never works through a backlog of views).
    [[nodiscard]] std::optional<M> receive_latest(Deadline deadline);
};

// Waits until `fd` is readable/hung up or `deadline` passes; true if it became ready.
// Retries on EINTR. Defined in wait.cpp.
[[nodiscard]] bool wait_readable(int fd, Deadline deadline);

template <class M> SendResult Sender<M>::send(const M& msg, Deadline deadline) {
    for (;;) {
        SendResult result = try_send(msg);
        if (result != SendResult::Full) {
            return result;
        }
        if (!wait_readable(space_fd(), deadline)) {
            return try_send(msg);
        }
    }
}

template <class M> std::optional<M> Receiver<M>::receive(Deadline deadline) {
    for (;;) {
        if (auto msg = try_receive()) {
            return msg;
        }
        if (closed() || !wait_readable(ready_fd(), deadline)) {
            return try_receive();
        }
    }
}

template <class M> std::optional<M> Receiver<M>::receive_latest(Deadline deadline) {
    std::optional<M> latest = receive(deadline);
    if (!latest) {
        return latest;
    }
    while (auto newer = try_receive()) {
        latest = std::move(newer);
    }
    return latest;
}

} // namespace trio::ipc
