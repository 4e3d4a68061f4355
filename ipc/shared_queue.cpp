// Wraps boost::interprocess::message_queue behind never-blocking calls that report Boost's
// exceptions as a broken queue. Runs in every `trio-proc` process that holds a channel end.
#include "ipc/shared_queue.hpp"

#include "ipc/channel.hpp"
#include "ipc/shm_names.hpp"

#include <boost/interprocess/ipc/message_queue.hpp>
#include <stdexcept>

namespace trio::ipc {

namespace bip = boost::interprocess;

struct SharedQueue::Impl {
    Impl(const std::string& name, ChannelLimits limits)
        : queue(bip::create_only, name.c_str(), limits.max_messages, limits.max_message_bytes,
                bip::permissions(0600)) {}
    bip::message_queue queue;
};

namespace {

ChannelLimits checked(ChannelLimits limits) {
    if (limits.max_messages == 0 || limits.max_message_bytes == 0) {
        throw std::invalid_argument("ChannelLimits: max_messages and max_message_bytes must be "
                                    "at least 1");
    }
    return limits;
}

} // namespace

SharedQueue::SharedQueue(ChannelLimits limits)
    : m_limits(checked(limits)), m_name(make_shm_name()) {
    try {
        m_impl = std::make_unique<Impl>(m_name, m_limits);
    } catch (const bip::interprocess_exception& e) {
        throw std::runtime_error("cannot create message queue /dev/shm/" + m_name + ": " +
                                 e.what());
    }
}

SharedQueue::~SharedQueue() {
    unlink_name();
}

void SharedQueue::unlink_name() {
    if (!m_name.empty()) {
        bip::message_queue::remove(m_name.c_str());
        m_name.clear();
    }
}

QueueStatus SharedQueue::try_push(std::span<const std::byte> bytes) {
    if (bytes.size() > m_limits.max_message_bytes) {
        throw MessageTooLarge("message of " + std::to_string(bytes.size()) +
                              " bytes exceeds the channel's limit of " +
                              std::to_string(m_limits.max_message_bytes) +
                              " bytes (ChannelLimits::max_message_bytes)");
    }
    try {
        return m_impl->queue.try_send(bytes.data(), bytes.size(), 0) ? QueueStatus::Done
                                                                     : QueueStatus::WouldBlock;
    } catch (const bip::interprocess_exception&) {
        return QueueStatus::Broken;
    }
}

PopResult SharedQueue::try_pop(std::span<std::byte> buffer) {
    if (buffer.size() < m_limits.max_message_bytes) {
        // Boost refuses any smaller buffer, even for a tiny message.
        throw std::invalid_argument("SharedQueue::try_pop: buffer smaller than max_message_bytes");
    }
    PopResult result;
    try {
        bip::message_queue::size_type received = 0;
        unsigned int priority = 0;
        if (m_impl->queue.try_receive(buffer.data(), buffer.size(), received, priority)) {
            result.status = QueueStatus::Done;
            result.size = received;
        }
    } catch (const bip::interprocess_exception&) {
        result.status = QueueStatus::Broken;
    }
    return result;
}

std::optional<std::size_t> SharedQueue::count() const {
    try {
        return m_impl->queue.get_num_msg();
    } catch (const bip::interprocess_exception&) {
        return std::nullopt;
    }
}

} // namespace trio::ipc
