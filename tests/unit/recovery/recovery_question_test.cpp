// The words of the recovery question: its sentences, the journal's age and size for people.
// Tests for recovery (the question the launcher prepares for the input component).
#include "editor/recovery/leftover_journal.hpp"

#include <gtest/gtest.h>

namespace trio::recovery {
namespace {

constexpr std::int64_t second_ns = 1'000'000'000;
constexpr std::int64_t now_ns = 1'800'000'000 * second_ns;

LeftoverJournal journal_of(Verdict verdict, std::uint64_t bytes, std::int64_t age_s) {
    LeftoverJournal journal;
    journal.verdict = verdict;
    journal.bytes = bytes;
    journal.written_ns = now_ns - age_s * second_ns;
    return journal;
}

TEST(RecoveryQuestion, AnApplicableJournalAsksWithItsAgeAndSize) {
    const LeftoverJournal journal = journal_of(Verdict::Applies, 2048, 5);
    EXPECT_EQ(recovery_question(journal, now_ns),
              "Recover the unsaved edits from 5 s ago (journal 2 KiB)?");
}

TEST(RecoveryQuestion, ADamagedJournalOffersItsReadablePart) {
    LeftoverJournal journal = journal_of(Verdict::Applies, 2048, 5);
    journal.damage = "torn tail at byte 2000";
    EXPECT_EQ(recovery_question(journal, now_ns),
              "Recover the readable part of a damaged journal from 5 s ago (2 KiB)?");
}

TEST(RecoveryQuestion, AChangedFileSaysWhyTheEditsCannotApply) {
    LeftoverJournal journal = journal_of(Verdict::FileChanged, 2048, 180);
    journal.reason = "the file has been deleted since";
    EXPECT_EQ(recovery_question(journal, now_ns),
              "Unsaved edits from 3 min ago cannot be applied: the file has been deleted since.");
}

TEST(RecoveryQuestion, AnUnreadableJournalSaysSo) {
    LeftoverJournal journal = journal_of(Verdict::Unreadable, 10, 5);
    journal.reason = "bad magic";
    EXPECT_EQ(recovery_question(journal, now_ns), "Unreadable journal: bad magic.");
}

TEST(RecoveryQuestion, NothingToRecoverAsksNothing) {
    EXPECT_EQ(recovery_question(journal_of(Verdict::NothingToRecover, 100, 5), now_ns), "");
}

TEST(RecoveryQuestion, AQuestionAboutARecentJournalFitsTheMessageRow) {
    // The longest age and size below an hour and a MiB.
    const LeftoverJournal journal = journal_of(Verdict::Applies, 1023 * 1024, 3599);
    EXPECT_LE(recovery_question(journal, now_ns).size(), 80U);
}

TEST(DescribeAge, SecondsThenMinutesThenHoursThenDays) {
    EXPECT_EQ(describe_age(0), "0 s");
    EXPECT_EQ(describe_age(5), "5 s");
    EXPECT_EQ(describe_age(119), "119 s");
    EXPECT_EQ(describe_age(120), "2 min");
    EXPECT_EQ(describe_age(2 * 3600 - 1), "119 min");
    EXPECT_EQ(describe_age(2 * 3600), "2 h");
    EXPECT_EQ(describe_age(2 * 86400 - 1), "47 h");
    EXPECT_EQ(describe_age(2 * 86400), "2 days");
    EXPECT_EQ(describe_age(400 * 86400), "400 days");
}

TEST(DescribeAge, AJournalFromTheFutureIsNow) {
    EXPECT_EQ(describe_age(-30), "0 s"); // a clock set back since it was written
}

TEST(DescribeSize, BytesThenBinaryUnits) {
    EXPECT_EQ(describe_size(0), "0 B");
    EXPECT_EQ(describe_size(812), "812 B");
    EXPECT_EQ(describe_size(1023), "1023 B");
    EXPECT_EQ(describe_size(1024), "1 KiB");
    EXPECT_EQ(describe_size(1536), "1.5 KiB");
    EXPECT_EQ(describe_size(2048), "2 KiB");
    EXPECT_EQ(describe_size(100 * 1024), "100 KiB");
    EXPECT_EQ(describe_size(1536 * 1024), "1.5 MiB");
    EXPECT_EQ(describe_size(std::uint64_t{3} << 30), "3 GiB");
    EXPECT_EQ(describe_size(std::uint64_t{5000} << 40), "5000 TiB");
}

} // namespace
} // namespace trio::recovery
