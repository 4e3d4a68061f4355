// The process channel transport: a SharedQueue (boost::interprocess::message_queue) carrying
// encoded messages, plus two doorbell pipes for wake-ups and death notices. Used when trio's
// components run as processes (`trio-proc`).
//
// Create the channel in the parent BEFORE fork(); then each process must keep only the end it
// uses (ProcessRuntime does this by destroying the components a process does not run). A
// process that holds an end it does not use keeps its peer from ever seeing end-of-stream.
//
// Wake-ups: the sender rings the receiver's doorbell when its message made the queue
// non-empty; the receiver rings the sender's when its receive made a full queue not full.
// Both read the queue's count after their operation, so no ring is lost to a race, though a
// spurious one is possible. Death: a dead (or closed) sender shows as EOF on ready_fd(); a dead
// receiver as EOF on space_fd() and EPIPE on a ring. Either makes the survivor's calls report
// Closed / closed(), as does any Boost exception (see shared_queue.hpp).
//
// Cost per message: one non-blocking read() of the space doorbell per try_send (it notices a
// dead receiver at once and clears stale rings), plus the two rings above when the queue
// changes state. trio-bench measures it.
#pragma once

#include "ipc/channel.hpp"
#include "ipc/doorbell.hpp"
#include "ipc/shared_queue.hpp"

#include <concepts>
#include <cstddef>
#include <memory>
#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace trio::ipc {

// How a message type becomes bytes and back. decode() throws on malformed input.
template <class C, class M>
concept ChannelCodec = requires(const M& msg, std::vector<std::byte>& out,
                                std::span<const std::byte> in) {
    C::encode(msg, out);
    { C::decode(in) } -> std::same_as<M>;
};

// The sending end, on bytes. Throws MessageTooLarge (naming both sizes) for an oversize message.
class InterprocessByteSender {
public:
    InterprocessByteSender(std::shared_ptr<SharedQueue> queue, DoorbellWriter ready,
                           DoorbellReader space);
    [[nodiscard]] SendResult try_send(std::span<const std::byte> bytes);
    [[nodiscard]] int space_fd() const { return m_space.read_fd(); }
    void close(); // hangs up the ready doorbell and drops the mapping
    [[nodiscard]] std::size_t capacity() const { return m_capacity; }
    // nullopt once closed or once the receiver is gone or the queue broken.
    [[nodiscard]] std::optional<std::size_t> depth() const;

private:
    std::shared_ptr<SharedQueue> m_queue; // null once closed or once the receiver is gone
    DoorbellWriter m_ready;
    DoorbellReader m_space;
    std::size_t m_capacity;
};

// The receiving end, on bytes. A received span stays valid until the next try_receive().
class InterprocessByteReceiver {
public:
    InterprocessByteReceiver(std::shared_ptr<SharedQueue> queue, DoorbellReader ready,
                             DoorbellWriter space);
    [[nodiscard]] std::optional<std::span<const std::byte>> try_receive();
    [[nodiscard]] int ready_fd() const { return m_ready.read_fd(); }
    [[nodiscard]] bool closed() const;
    [[nodiscard]] std::size_t capacity() const { return m_queue->capacity(); }
    // nullopt once the queue is broken.
    [[nodiscard]] std::optional<std::size_t> depth() const;

private:
    [[nodiscard]] std::optional<std::span<const std::byte>> pop();
    [[nodiscard]] bool sender_gone() const;

    std::shared_ptr<SharedQueue> m_queue;
    DoorbellReader m_ready;
    DoorbellWriter m_space;
    std::vector<std::byte> m_buffer; // max_message_bytes long, as Boost requires
    mutable bool m_sender_gone = false;
    bool m_broken = false;
};

// Creates the queue (unlinked at once: nothing stays in /dev/shm) and both byte ends.
// Throws std::invalid_argument for zero limits, std::runtime_error if the queue cannot be
// created, std::system_error if the pipes cannot.
[[nodiscard]] std::pair<InterprocessByteSender, InterprocessByteReceiver>
make_interprocess_byte_channel(ChannelLimits limits);

template <class M, ChannelCodec<M> Codec> class InterprocessSender final : public Sender<M> {
public:
    explicit InterprocessSender(InterprocessByteSender bytes) : m_bytes(std::move(bytes)) {}
    ~InterprocessSender() override { m_bytes.close(); }

    // Encodes into a buffer reused from message to message.
    [[nodiscard]] SendResult try_send(const M& msg) override {
        m_buffer.clear();
        Codec::encode(msg, m_buffer);
        return m_bytes.try_send(m_buffer);
    }
    [[nodiscard]] int space_fd() const override { return m_bytes.space_fd(); }
    void close() override { m_bytes.close(); }
    [[nodiscard]] std::size_t capacity() const override { return m_bytes.capacity(); }
    [[nodiscard]] std::optional<std::size_t> depth() const override { return m_bytes.depth(); }

private:
    InterprocessByteSender m_bytes;
    std::vector<std::byte> m_buffer;
};

template <class M, ChannelCodec<M> Codec> class InterprocessReceiver final : public Receiver<M> {
public:
    explicit InterprocessReceiver(InterprocessByteReceiver bytes) : m_bytes(std::move(bytes)) {}

    // Codec::decode's exception for a malformed message propagates to the caller.
    [[nodiscard]] std::optional<M> try_receive() override {
        if (auto bytes = m_bytes.try_receive()) {
            return Codec::decode(*bytes);
        }
        return std::nullopt;
    }
    [[nodiscard]] int ready_fd() const override { return m_bytes.ready_fd(); }
    [[nodiscard]] bool closed() const override { return m_bytes.closed(); }
    [[nodiscard]] std::size_t capacity() const override { return m_bytes.capacity(); }
    [[nodiscard]] std::optional<std::size_t> depth() const override { return m_bytes.depth(); }

private:
    InterprocessByteReceiver m_bytes;
};

// Creates both ends of a process channel, in the parent, before fork(). Errors as for
// make_interprocess_byte_channel().
template <class M, ChannelCodec<M> Codec>
[[nodiscard]] std::pair<std::unique_ptr<Sender<M>>, std::unique_ptr<Receiver<M>>>
make_interprocess_channel(ChannelLimits limits) {
    auto [sender, receiver] = make_interprocess_byte_channel(limits);
    return {std::make_unique<InterprocessSender<M, Codec>>(std::move(sender)),
            std::make_unique<InterprocessReceiver<M, Codec>>(std::move(receiver))};
}

} // namespace trio::ipc
