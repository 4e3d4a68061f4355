// Tests for PipelineLatency: the per-hop medians and maxima of the last keys, and how journal
// writes are matched to the keys whose edits they carried.
#include "editor/components/pipeline_latency.hpp"

#include <gtest/gtest.h>

namespace trio::components {
namespace {

using document::SeqNo;
using protocol::FrameTiming;
using protocol::JournalReport;
using protocol::JournalWrite;
using protocol::TimestampNs;

constexpr TimestampNs us = 1'000;
// Far from 0, which means "no key": a realistic CLOCK_MONOTONIC reading.
constexpr TimestampNs t0 = 5'000'000'000'000;

// A view caused by the key read at `key_ns`, offered and taken at `sent_ns`.
void send_view(PipelineLatency& latency, TimestampNs key_ns, TimestampNs sent_ns) {
    protocol::ViewMessage view;
    view.key_read_ns = key_ns;
    latency.stamp_view(view, sent_ns);
    EXPECT_EQ(view.view_sent_ns, sent_ns);
    latency.view_sent();
}

JournalReport report(SeqNo written, std::vector<JournalWrite> writes) {
    JournalReport r;
    r.written = written;
    r.recent_writes = std::move(writes);
    return r;
}

TEST(PipelineLatency, NoSampleYetLeavesEveryHopEmpty) {
    const PipelineLatency latency;
    const std::vector<HopLatency> hops = latency.hops();
    ASSERT_EQ(hops.size(), 3U);
    EXPECT_EQ(hops[0].name, "key read → view sent");
    EXPECT_EQ(hops[1].name, "→ frame drawn");
    EXPECT_EQ(hops[2].name, "→ journal written");
    for (const HopLatency& hop : hops) {
        EXPECT_EQ(hop.samples, 0U) << hop.name;
    }
}

TEST(PipelineLatency, MedianAndMaxOfAnOddAndAnEvenNumberOfSamples) {
    PipelineLatency latency;
    for (const TimestampNs took : {30 * us, 10 * us, 20 * us}) {
        latency.frame_drawn(FrameTiming{t0, t0 + us, t0 + took});
    }
    HopLatency drawn = latency.hop(Hop::FrameDrawn);
    EXPECT_EQ(drawn.samples, 3U);
    EXPECT_EQ(drawn.median, 20 * us);
    EXPECT_EQ(drawn.max, 30 * us);

    latency.frame_drawn(FrameTiming{t0, t0 + us, t0 + 100 * us});
    drawn = latency.hop(Hop::FrameDrawn);
    EXPECT_EQ(drawn.samples, 4U);
    EXPECT_EQ(drawn.median, 25 * us); // halfway between 20 and 30
    EXPECT_EQ(drawn.max, 100 * us);
}

TEST(PipelineLatency, AViewIsTimedOnceWhenSentAndOnlyIfAKeyCausedIt) {
    PipelineLatency latency;
    protocol::ViewMessage view;
    view.key_read_ns = t0;
    latency.stamp_view(view, t0 + 5 * us); // the queue was full: not sent
    latency.stamp_view(view, t0 + 9 * us); // offered again, and taken
    latency.view_sent();
    latency.view_sent();                 // nothing stamped since: not counted twice
    send_view(latency, 0, t0 + 20 * us); // a refresh of the panel, no key

    const HopLatency sent = latency.hop(Hop::ViewSent);
    EXPECT_EQ(sent.samples, 1U);
    EXPECT_EQ(sent.median, 9 * us);
    EXPECT_EQ(view.view_sent_ns, t0 + 9 * us);
}

TEST(PipelineLatency, FrameTimingsWithoutAKeyAreIgnored) {
    PipelineLatency latency;
    latency.frame_drawn(FrameTiming{0, t0, t0 + us});
    EXPECT_EQ(latency.hop(Hop::FrameDrawn).samples, 0U);
}

TEST(PipelineLatency, OnlyTheLast32SamplesCount) {
    PipelineLatency latency;
    // 40 slow keys, then 32 fast ones: the slow ones have all left the window.
    for (int i = 0; i < 40; ++i) {
        send_view(latency, t0, t0 + 900 * us);
    }
    for (int i = 1; i <= static_cast<int>(latency_window); ++i) {
        send_view(latency, t0, t0 + i * us);
    }
    const HopLatency sent = latency.hop(Hop::ViewSent);
    EXPECT_EQ(sent.samples, latency_window);
    EXPECT_EQ(sent.max, 32 * us);
    EXPECT_EQ(sent.median, 16 * us + us / 2); // between the 16th and 17th of 1..32 µs
}

TEST(PipelineLatency, EachKeyIsTimedAtTheWriteThatCarriedItsLastEdit) {
    PipelineLatency latency;
    latency.edits_sent(SeqNo(2), t0);           // one key: edits 1 and 2
    latency.edits_sent(SeqNo(3), t0 + 10 * us); // the next key: edit 3
    latency.edits_sent(SeqNo(5), t0 + 20 * us); // edits 4 and 5
    latency.journal_written(report(SeqNo(5), {JournalWrite{SeqNo(1), SeqNo(1), t0 + 100 * us},
                                              JournalWrite{SeqNo(2), SeqNo(3), t0 + 200 * us},
                                              JournalWrite{SeqNo(4), SeqNo(5), t0 + 300 * us}}));

    const HopLatency written = latency.hop(Hop::JournalWritten);
    EXPECT_EQ(written.samples, 3U);
    // Key 1 (edit 2) and key 2 (edit 3) at the second write: 200 and 190 µs; key 3 (edit 5)
    // at the third: 280 µs.
    EXPECT_EQ(written.median, 200 * us);
    EXPECT_EQ(written.max, 280 * us);
}

TEST(PipelineLatency, AKeyNotYetWrittenWaitsForALaterReport) {
    PipelineLatency latency;
    latency.edits_sent(SeqNo(1), t0);
    latency.edits_sent(SeqNo(2), t0 + 10 * us);
    latency.journal_written(report(SeqNo(1), {JournalWrite{SeqNo(1), SeqNo(1), t0 + 50 * us}}));
    EXPECT_EQ(latency.hop(Hop::JournalWritten).samples, 1U);

    latency.journal_written(report(SeqNo(2), {JournalWrite{SeqNo(2), SeqNo(2), t0 + 70 * us}}));
    const HopLatency written = latency.hop(Hop::JournalWritten);
    EXPECT_EQ(written.samples, 2U);
    EXPECT_EQ(written.max, 60 * us);
}

TEST(PipelineLatency, AKeyWrittenByAWriteTheReportLeftOutIsNeverTimedByALaterOne) {
    PipelineLatency latency;
    latency.edits_sent(SeqNo(1), t0);
    latency.edits_sent(SeqNo(2), t0 + 10 * us);
    // Edit 1 went out in a write the report no longer lists (more writes than it carries):
    // matching it to the write of edit 2 would add that write's delay to it.
    latency.journal_written(report(SeqNo(2), {JournalWrite{SeqNo(2), SeqNo(2), t0 + 900 * us}}));
    HopLatency written = latency.hop(Hop::JournalWritten);
    EXPECT_EQ(written.samples, 1U);
    EXPECT_EQ(written.max, 890 * us);

    // Nor is it matched later (a save wrote it, say, and the next write carries edit 3).
    latency.journal_written(report(SeqNo(3), {JournalWrite{SeqNo(1), SeqNo(3), t0 + 2000 * us}}));
    EXPECT_EQ(latency.hop(Hop::JournalWritten).samples, 1U);
}

TEST(PipelineLatency, KeysWithoutATimeOrBeyondTheRememberedOnesAreNotTimed) {
    PipelineLatency latency;
    latency.edits_sent(SeqNo(1), 0); // edits not caused by a key
    // 64 keys are remembered; the first of 65 is forgotten when the 65th comes.
    for (std::uint64_t seq = 2; seq < 2 + latency_pending_edits + 1; ++seq) {
        latency.edits_sent(SeqNo(seq), t0 + static_cast<TimestampNs>(seq) * us);
    }
    const SeqNo last(1 + latency_pending_edits + 1);
    latency.journal_written(report(last, {JournalWrite{SeqNo(1), last, t0 + 1000 * us}}));
    const HopLatency written = latency.hop(Hop::JournalWritten);
    EXPECT_EQ(written.samples, latency_window);  // 64 matched, the last 32 kept
    EXPECT_EQ(written.max, 1000 * us - 35 * us); // seq 35 is the oldest of the last 32
}

TEST(PipelineLatency, ANegativeSpanCountsAsZero) {
    PipelineLatency latency;
    latency.frame_drawn(FrameTiming{t0, t0, t0 - us});
    EXPECT_EQ(latency.hop(Hop::FrameDrawn).max, 0);
}

} // namespace
} // namespace trio::components
