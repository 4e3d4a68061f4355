// Tests for the messages-per-second meter of the F2 panel, with explicit times (no clock).
#include "editor/components/rate_meter.hpp"

#include <gtest/gtest.h>

namespace trio::components {
namespace {

constexpr protocol::TimestampNs ms = 1'000'000;
constexpr protocol::TimestampNs second = 1000 * ms;
// An arbitrary start, as monotonic clocks have: not a bucket boundary.
constexpr protocol::TimestampNs t0 = 5'000 * second + 30 * ms;

TEST(RateMeter, NothingCountedIsZero) {
    const RateMeter meter;
    EXPECT_EQ(meter.per_second(t0), 0.0);
}

TEST(RateMeter, EventsOfTheLastFullSecondAreTheRate) {
    RateMeter meter;
    // 6 events every 100 ms for a second: 60 per second, like a 60 Hz screen.
    for (int bucket = 0; bucket < 10; ++bucket) {
        meter.record(t0 + bucket * 100 * ms, 6);
    }
    EXPECT_EQ(meter.per_second(t0 + 1000 * ms), 60.0);
}

TEST(RateMeter, TheBucketStillFillingIsNotCountedYet) {
    RateMeter meter;
    meter.record(t0, 3);
    EXPECT_EQ(meter.per_second(t0), 0.0);
    EXPECT_EQ(meter.per_second(t0 + 100 * ms), 3.0);
}

TEST(RateMeter, EventsOlderThanOneSecondDropOutOfTheWindow) {
    RateMeter meter;
    meter.record(t0, 4);
    meter.record(t0 + 500 * ms, 1);
    EXPECT_EQ(meter.per_second(t0 + 1000 * ms), 5.0);
    EXPECT_EQ(meter.per_second(t0 + 1100 * ms), 1.0); // the first bucket has left the window
    EXPECT_EQ(meter.per_second(t0 + 1600 * ms), 0.0);
}

TEST(RateMeter, SilenceLongerThanTheWindowForgetsEverything) {
    RateMeter meter;
    for (int i = 0; i < 10; ++i) {
        meter.record(t0 + i * 100 * ms, 9);
    }
    // A record long after reuses every slot: none of the old counts may come back.
    meter.record(t0 + 60 * second, 2);
    EXPECT_EQ(meter.per_second(t0 + 60 * second + 100 * ms), 2.0);
    EXPECT_EQ(meter.per_second(t0 + 60 * second + 1000 * ms), 2.0);
}

TEST(RateMeter, SlotsReusedAfterAShortGapStartEmpty) {
    RateMeter meter;
    meter.record(t0, 7);
    meter.record(t0 + 1100 * ms, 1); // the slot of t0 comes round again for this bucket
    meter.record(t0 + 1200 * ms, 1);
    EXPECT_EQ(meter.per_second(t0 + 1300 * ms), 2.0);
}

TEST(RateMeter, ATimeGoingBackwardsCountsInTheLatestBucket) {
    RateMeter meter;
    meter.record(t0 + 500 * ms);
    meter.record(t0); // earlier than the latest record
    EXPECT_EQ(meter.per_second(t0 + 600 * ms), 2.0);
    EXPECT_EQ(meter.per_second(t0 + 1500 * ms), 2.0); // the bucket of t0 + 500 ms, still
    EXPECT_EQ(meter.per_second(t0 + 1600 * ms), 0.0);
}

TEST(RateMeter, AskingAboutAnEarlierTimeSeesOnlyBucketsBeforeIt) {
    RateMeter meter;
    meter.record(t0, 1);
    meter.record(t0 + 300 * ms, 10);
    EXPECT_EQ(meter.per_second(t0 + 200 * ms), 1.0);
}

TEST(RateMeter, BucketsAreAlignedTo100MillisecondsAcrossZero) {
    RateMeter meter;
    meter.record(-1 * ms); // in the bucket [-100 ms, 0)
    meter.record(0);       // in [0, 100 ms)
    EXPECT_EQ(meter.per_second(0), 1.0);
    EXPECT_EQ(meter.per_second(99 * ms), 1.0);
    EXPECT_EQ(meter.per_second(100 * ms), 2.0);
}

TEST(RateMeter, ASteadyStreamReadsTheSameAtAnyTime) {
    RateMeter meter;
    // One event every 25 ms (40 per second) for 5 seconds, read after every event.
    for (protocol::TimestampNs t = t0; t < t0 + 5 * second; t += 25 * ms) {
        meter.record(t);
        if (t >= t0 + 1100 * ms) {
            ASSERT_EQ(meter.per_second(t), 40.0) << "at " << (t - t0) / ms << " ms";
        }
    }
}

} // namespace
} // namespace trio::components
