// Tests the parsing of the journal statistics line that autosave writes for trio-bench.
#include "bench/trio_bench/journal_stats.hpp"
#include "tests/e2e/harness/temp_dir.hpp"

#include <fstream>
#include <gtest/gtest.h>

namespace trio::bench {
namespace {

TEST(BenchJournalStats, ParsesTheAutosaveLine) {
    EXPECT_EQ(parse_journal_stats("records 300 bytes 12345 writes 298 fsyncs 16\n"),
              (JournalStats{300, 12345, 298, 16}));
}

TEST(BenchJournalStats, AcceptsTheFieldsInAnyOrderWithoutAFinalNewline) {
    EXPECT_EQ(parse_journal_stats("fsyncs 4\twrites 3  bytes 2 records 1"),
              (JournalStats{1, 2, 3, 4}));
}

TEST(BenchJournalStats, SumsSeveralLinesAndSkipsBlankOnes) {
    EXPECT_EQ(parse_journal_stats("records 1 bytes 10 writes 1 fsyncs 0\n\n"
                                  "records 2 bytes 20 writes 2 fsyncs 1\r\n"),
              (JournalStats{3, 30, 3, 1}));
}

TEST(BenchJournalStats, RejectsAnIncompleteOrUnknownLine) {
    EXPECT_FALSE(parse_journal_stats(""));
    EXPECT_FALSE(parse_journal_stats("\n  \n"));
    EXPECT_FALSE(parse_journal_stats("records 1 bytes 10 writes 1"));
    EXPECT_FALSE(parse_journal_stats("records 1 bytes 10 writes 1 fsyncs"));
    EXPECT_FALSE(parse_journal_stats("records 1 bytes 10 writes 1 fsyncs 1 syncs 2"));
    EXPECT_FALSE(parse_journal_stats("records 1 records 1 bytes 10 writes 1 fsyncs 1"));
}

TEST(BenchJournalStats, RejectsValuesThatAreNotDecimalCounts) {
    EXPECT_FALSE(parse_journal_stats("records -1 bytes 10 writes 1 fsyncs 1"));
    EXPECT_FALSE(parse_journal_stats("records 1 bytes 1e3 writes 1 fsyncs 1"));
    EXPECT_FALSE(parse_journal_stats("records 1 bytes 10 writes 1 fsyncs 99999999999999999999"));
}

TEST(BenchJournalStats, OneBadLineSpoilsTheWholeFile) {
    EXPECT_FALSE(parse_journal_stats("records 1 bytes 10 writes 1 fsyncs 0\nrecords x\n"));
}

TEST(BenchJournalStats, AMissingFileHasNoStatistics) {
    const e2e::TempDir dir("journal-stats-test");
    EXPECT_FALSE(read_journal_stats(dir.path() / "absent"));
}

TEST(BenchJournalStats, ReadsTheFileTheEditorAppendedTo) {
    const e2e::TempDir dir("journal-stats-test");
    const auto path = dir.path() / "stats";
    std::ofstream(path) << "records 5 bytes 200 writes 5 fsyncs 2\n";
    EXPECT_EQ(read_journal_stats(path), (JournalStats{5, 200, 5, 2}));
}

} // namespace
} // namespace trio::bench
