// A one-second sliding window of event counts in fixed buckets. Input component.
#include "editor/components/rate_meter.hpp"

#include <algorithm>

namespace trio::components {

namespace {

constexpr auto slots = static_cast<std::int64_t>(rate_buckets + 1);

// Rounds towards minus infinity, so a negative time still falls in the bucket below it.
std::int64_t bucket_of(protocol::TimestampNs now) {
    const std::int64_t bucket = now / rate_bucket_ns;
    return (now % rate_bucket_ns < 0) ? bucket - 1 : bucket;
}

std::size_t slot_of(std::int64_t bucket) {
    return static_cast<std::size_t>(((bucket % slots) + slots) % slots);
}

} // namespace

void RateMeter::record(protocol::TimestampNs now, std::uint64_t count) {
    const std::int64_t bucket = bucket_of(now);
    if (!m_latest) {
        m_latest = bucket;
    } else if (bucket > *m_latest) {
        // Empty the slots of the buckets skipped since the latest record: they are reused for
        // newer buckets. After a whole window of silence that is every slot.
        const std::int64_t skipped = std::min(bucket - *m_latest, slots);
        for (std::int64_t i = 1; i <= skipped; ++i) {
            m_counts[slot_of(*m_latest + i)] = 0;
        }
        m_latest = bucket;
    }
    m_counts[slot_of(*m_latest)] += count;
}

double RateMeter::per_second(protocol::TimestampNs now) const {
    if (!m_latest) {
        return 0;
    }
    const std::int64_t current = bucket_of(now);
    // The slots hold buckets (latest - slots, latest]; buckets after the latest saw nothing.
    const std::int64_t first =
        std::max(current - static_cast<std::int64_t>(rate_buckets), *m_latest - slots + 1);
    const std::int64_t last = std::min(current - 1, *m_latest);
    std::uint64_t events = 0;
    for (std::int64_t bucket = first; bucket <= last; ++bucket) {
        events += m_counts[slot_of(bucket)];
    }
    // The window is exactly one second long, so its count is already a rate per second.
    return static_cast<double>(events);
}

} // namespace trio::components
