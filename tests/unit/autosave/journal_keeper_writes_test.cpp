// The journal writes a JournalReport lists (for the F2 panel's "→ journal written" latency):
// each write(2) with the edits it carried, in order, at most the latest max_recent_writes, and
// each only once. Tests for JournalKeeper.
#include "keeper_test_support.hpp"

#include <ctime>
#include <gtest/gtest.h>

namespace trio::autosave {
namespace {

using namespace testing;
using protocol::JournalWrite;

// Nothing is fsynced (so nothing reported) until the test says so.
constexpr JournalTiming no_sync_yet{20ms, 100s, 100s};

protocol::TimestampNs monotonic_ns() {
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<protocol::TimestampNs>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

TEST(JournalKeeperWrites, TheReportListsEachWriteWithTheEditsItCarried) {
    ScratchDir dir;
    KeptSession session(dir / "f.journal", "", no_sync_yet);
    const protocol::TimestampNs before = monotonic_ns();
    session.insert(0, "a", t0);
    session.insert(1, "b", t0);
    session.service(t0); // one write(2): edits 1 and 2
    session.insert(2, "c", t0 + 50ms);
    session.service(t0 + 50ms); // edit 3
    session.keeper().finish(session.replica(), t0 + 60ms);

    const protocol::JournalReport report = session.keeper().take_report();
    ASSERT_EQ(report.recent_writes.size(), 2U);
    EXPECT_EQ(report.recent_writes[0].first_seq, SeqNo(1));
    EXPECT_EQ(report.recent_writes[0].last_seq, SeqNo(2));
    EXPECT_EQ(report.recent_writes[1].first_seq, SeqNo(3));
    EXPECT_EQ(report.recent_writes[1].last_seq, SeqNo(3));
    // When write(2) returned, on the clock every component reads.
    EXPECT_GE(report.recent_writes[0].written_ns, before);
    EXPECT_GE(report.recent_writes[1].written_ns, report.recent_writes[0].written_ns);
}

TEST(JournalKeeperWrites, AWriteIsReportedOnceAndAServiceWithNothingNewWritesNothing) {
    ScratchDir dir;
    KeptSession session(dir / "f.journal", "", JournalTiming{20ms, 1000ms, 250ms});
    session.insert(0, "a", t0);
    session.service(t0);
    session.service(t0 + 300ms); // fsync: a report is due
    ASSERT_TRUE(session.keeper().report_due());
    EXPECT_EQ(session.keeper().take_report().recent_writes.size(), 1U);

    session.insert(1, "b", t0 + 400ms);
    session.service(t0 + 400ms);
    session.service(t0 + 700ms);
    ASSERT_TRUE(session.keeper().report_due());
    const protocol::JournalReport second = session.keeper().take_report();
    ASSERT_EQ(second.recent_writes.size(), 1U);
    EXPECT_EQ(second.recent_writes[0].first_seq, SeqNo(2));
    EXPECT_EQ(second.recent_writes[0].last_seq, SeqNo(2));
}

TEST(JournalKeeperWrites, OnlyTheLatestWritesTravelWithIncreasingSeqs) {
    ScratchDir dir;
    KeptSession session(dir / "f.journal", "", no_sync_yet);
    constexpr int writes = 20;
    for (int i = 0; i < writes; ++i) {
        const Clock::time_point now = t0 + i * 30ms;
        session.insert(static_cast<std::uint64_t>(i), "k", now);
        session.service(now);
    }
    session.keeper().finish(session.replica(), t0 + 1s);

    const protocol::JournalReport report = session.keeper().take_report();
    ASSERT_EQ(report.recent_writes.size(), protocol::max_recent_writes);
    EXPECT_EQ(report.recent_writes.front().first_seq, SeqNo(writes - 16 + 1));
    EXPECT_EQ(report.recent_writes.back().last_seq, SeqNo(writes));
    EXPECT_EQ(report.written, SeqNo(writes));
    for (std::size_t i = 1; i < report.recent_writes.size(); ++i) {
        const JournalWrite& earlier = report.recent_writes[i - 1];
        const JournalWrite& later = report.recent_writes[i];
        EXPECT_EQ(later.first_seq, SeqNo(earlier.last_seq.value + 1)) << "write " << i;
        EXPECT_GT(later.last_seq, earlier.last_seq) << "write " << i;
        EXPECT_GE(later.written_ns, earlier.written_ns) << "write " << i;
    }
}

TEST(JournalKeeperWrites, NoJournalListsNoWrites) {
    KeptSession session("", "");
    session.insert(0, "a", t0);
    session.service(t0);
    session.keeper().finish(session.replica(), t0 + 1s);
    EXPECT_TRUE(session.keeper().take_report().recent_writes.empty());
}

} // namespace
} // namespace trio::autosave
