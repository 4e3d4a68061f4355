// One boost::interprocess::message_queue, created safely and used only without blocking.
// Created by the `trio-proc` parent before fork(); used by the processes that inherit it.
//
// Creation follows ipc-findings.md: create_only (never open an existing object), a fresh
// unguessable name (shm_names.hpp), permissions 0600 (Boost otherwise chmods to 0644 whatever
// the umask). The owner then calls unlink_name() at once: the mapping survives, and is
// inherited across fork(), but nothing is left in /dev/shm even after a crash.
//
// Only try_send/try_receive are used, so Boost never waits on (or signals) its process-shared
// condition variables, which hang for good when a waiter was killed. Every call still takes
// the queue's internal mutex for a moment; with Boost >= 1.81 that mutex is robust, so a peer
// killed while holding it makes the call throw instead of hanging. Any Boost exception is
// therefore reported as Broken: the queue is unusable, and its peer is presumed dead.
//
// Not thread-safe: one SharedQueue object per process side, shared by that side's ends.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <span>
#include <string>

namespace trio::ipc {

struct ChannelLimits {
    std::size_t max_messages = 16;        // queue capacity, in messages
    std::size_t max_message_bytes = 4096; // largest encoded message (Boost preallocates each)
};

enum class QueueStatus {
    Done,
    WouldBlock, // full (push) or empty (pop)
    Broken,     // Boost threw: the queue is unusable (e.g. its peer died holding its lock)
};

struct PopResult {
    QueueStatus status = QueueStatus::WouldBlock;
    std::size_t size = 0; // bytes written to the buffer when status is Done
};

class SharedQueue {
public:
    // Creates the queue with a fresh name. Throws std::invalid_argument for a zero limit and
    // std::runtime_error (naming the object) if Boost cannot create it.
    explicit SharedQueue(ChannelLimits limits);
    ~SharedQueue(); // unlinks the name if still there, then unmaps
    SharedQueue(const SharedQueue&) = delete;
    SharedQueue& operator=(const SharedQueue&) = delete;

    // The object's name in /dev/shm until unlink_name(); empty afterwards.
    [[nodiscard]] const std::string& name() const { return m_name; }

    // Removes the name. The queue keeps working for everyone who has it mapped.
    void unlink_name();

    // Never blocks on the queue being full. Throws MessageTooLarge if bytes exceed the limit.
    [[nodiscard]] QueueStatus try_push(std::span<const std::byte> bytes);

    // Never blocks on the queue being empty. `buffer` must hold max_message_bytes().
    [[nodiscard]] PopResult try_pop(std::span<std::byte> buffer);

    // Messages queued now, or nullopt if the queue is Broken.
    [[nodiscard]] std::optional<std::size_t> count() const;

    [[nodiscard]] std::size_t capacity() const { return m_limits.max_messages; }
    [[nodiscard]] std::size_t max_message_bytes() const { return m_limits.max_message_bytes; }

private:
    struct Impl;
    ChannelLimits m_limits;
    std::string m_name;
    std::unique_ptr<Impl> m_impl;
};

} // namespace trio::ipc
