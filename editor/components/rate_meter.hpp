// Counts events (messages through a channel) and tells how many came in the last second,
// for the F2 runtime panel. Runs in the input component, which owns one meter per channel.
#pragma once

#include "editor/protocol/messages.hpp"

#include <array>
#include <cstdint>
#include <optional>

namespace trio::components {

// A sliding window of one second made of rate_buckets buckets of rate_bucket_ns each, so its
// memory never grows with the traffic. The meter reads no clock: every call is given the time
// (monotonic nanoseconds, e.g. monotonic_now_ns()), which is what makes it testable.
// Not thread-safe: one owner, like every other piece of a component's state. Never throws.
inline constexpr protocol::TimestampNs rate_bucket_ns = 100'000'000; // 100 ms
inline constexpr std::size_t rate_buckets = 10;                      // 10 x 100 ms = 1 s

class RateMeter {
public:
    // Counts `count` events at time `now`. Times should not go backwards; an earlier time
    // than the latest one seen counts in the latest bucket (never lost, never in the future).
    void record(protocol::TimestampNs now, std::uint64_t count = 1);

    // Events per second as of `now`: the events of the last full second, i.e. of the
    // rate_buckets whole buckets before the one `now` falls in. The bucket still filling is
    // left out, so the figure does not sag at the start of every bucket; it therefore lags
    // by at most rate_bucket_ns. 0 when nothing was counted in that second.
    [[nodiscard]] double per_second(protocol::TimestampNs now) const;

private:
    // One more bucket than the window: the one still filling.
    std::array<std::uint64_t, rate_buckets + 1> m_counts{};
    std::optional<std::int64_t> m_latest; // the bucket number of the latest record, if any
};

} // namespace trio::components
