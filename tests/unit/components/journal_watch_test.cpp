// The status line's journal state from autosave's reports, with times the test passes in.
// Tests for the input component's JournalWatch.
#include "editor/components/journal_watch.hpp"

#include <gtest/gtest.h>

namespace trio::components {
namespace {

using document::SeqNo;
using protocol::TimestampNs;

constexpr TimestampNs s = 1'000'000'000;
constexpr TimestampNs t0 = 500 * s;

protocol::JournalReport written_up_to(std::uint64_t seq, std::string error = {}) {
    protocol::JournalReport report;
    report.written = SeqNo(seq);
    report.synced = SeqNo(seq);
    report.error = std::move(error);
    return report;
}

TEST(JournalWatch, WithoutAJournalOnlyModifiedTextIsShownAsNotJournaled) {
    const JournalWatch watch;
    EXPECT_EQ(watch.state(false, false, t0).text, "");
    const JournalWatch::State state = watch.state(false, true, t0);
    EXPECT_EQ(state.text, "not journaled");
    EXPECT_FALSE(state.problem);
}

TEST(JournalWatch, ModifiedTextThatAutosaveKeepsUpWithIsJournaled) {
    JournalWatch watch;
    EXPECT_EQ(watch.state(true, false, t0).text, ""); // nothing to protect
    watch.edits_sent(SeqNo(3), t0);
    EXPECT_EQ(watch.state(true, true, t0).text, "journaled");
    EXPECT_EQ(watch.state(true, true, t0 + 3 * s - 1).text, "journaled");
    EXPECT_FALSE(watch.state(true, true, t0 + 3 * s - 1).problem);
}

TEST(JournalWatch, EditsUnacknowledgedForThreeSecondsAreBehindAndCountUp) {
    JournalWatch watch;
    watch.edits_sent(SeqNo(3), t0);
    const JournalWatch::State behind = watch.state(true, true, t0 + 3 * s);
    EXPECT_EQ(behind.text, "journal 3 s behind");
    EXPECT_TRUE(behind.problem);
    EXPECT_EQ(watch.state(true, true, t0 + 7 * s + s / 2).text, "journal 7 s behind");
    // Only a journaled session can fall behind.
    EXPECT_EQ(watch.state(false, true, t0 + 7 * s).text, "not journaled");
}

TEST(JournalWatch, AReportCoveringTheEditsCatchesUp) {
    JournalWatch watch;
    watch.edits_sent(SeqNo(3), t0);
    EXPECT_EQ(watch.report(written_up_to(3)), std::nullopt);
    EXPECT_EQ(watch.state(true, true, t0 + 10 * s).text, "journaled");
    EXPECT_EQ(watch.next_change(t0 + 10 * s), std::nullopt);
}

TEST(JournalWatch, TheAgeIsThatOfTheOldestEditNotYetWritten) {
    JournalWatch watch;
    watch.edits_sent(SeqNo(3), t0);
    watch.edits_sent(SeqNo(6), t0 + 2 * s);
    (void)watch.report(written_up_to(4)); // the first batch is written, the second is not
    EXPECT_EQ(watch.state(true, true, t0 + 4 * s).text, "journaled");
    EXPECT_EQ(watch.state(true, true, t0 + 5 * s).text, "journal 3 s behind");
    (void)watch.report(written_up_to(6));
    EXPECT_EQ(watch.state(true, true, t0 + 5 * s).text, "journaled");
}

TEST(JournalWatch, EditsAlreadyWrittenOrAlreadySentAreNotCountedAgain) {
    JournalWatch watch;
    (void)watch.report(written_up_to(5));
    watch.edits_sent(SeqNo(5), t0); // written already (e.g. reported before this batch was sent)
    EXPECT_EQ(watch.next_change(t0), std::nullopt);
    watch.edits_sent(SeqNo(7), t0);
    watch.edits_sent(SeqNo(7), t0 + 2 * s); // no new edit: the older send time stays
    EXPECT_EQ(watch.state(true, true, t0 + 3 * s).text, "journal 3 s behind");
}

TEST(JournalWatch, AnErrorIsReportedOnceAndShownAsFailedUntilItClears) {
    JournalWatch watch;
    watch.edits_sent(SeqNo(1), t0);
    EXPECT_EQ(watch.report(written_up_to(0, "cannot write the journal: No space left on device")),
              "Journal: cannot write the journal: No space left on device");
    EXPECT_EQ(watch.report(written_up_to(0, "cannot write the journal: No space left on device")),
              std::nullopt); // the same error again is no news
    const JournalWatch::State failed = watch.state(true, true, t0 + 60 * s);
    EXPECT_EQ(failed.text, "journal failed");
    EXPECT_TRUE(failed.problem);
    EXPECT_EQ(watch.state(true, false, t0).text, "journal failed");
    EXPECT_EQ(watch.next_change(t0), std::nullopt); // "failed" does not count up

    EXPECT_EQ(watch.report(written_up_to(1)), std::nullopt);
    EXPECT_EQ(watch.state(true, true, t0 + 60 * s).text, "journaled");
}

TEST(JournalWatch, TheNextChangeIsWhenBehindBeginsThenEachWholeSecond) {
    JournalWatch watch;
    EXPECT_EQ(watch.next_change(t0), std::nullopt); // nothing waits: nothing changes by itself
    watch.edits_sent(SeqNo(1), t0);
    EXPECT_EQ(watch.next_change(t0 + s), t0 + 3 * s);
    EXPECT_EQ(watch.next_change(t0 + 3 * s), t0 + 4 * s);
    EXPECT_EQ(watch.next_change(t0 + 3 * s + s / 4), t0 + 4 * s);
    EXPECT_EQ(watch.next_change(t0 + 9 * s + 1), t0 + 10 * s);
}

} // namespace
} // namespace trio::components
