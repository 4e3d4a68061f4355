// Tests trio-bench's command line: defaults, --quick and the journal scenario's options.
#include "bench/trio_bench/bench_options.hpp"

#include <gtest/gtest.h>
#include <stdexcept>
#include <vector>

namespace trio::bench {
namespace {

BenchOptions parse(std::vector<const char*> args) {
    args.insert(args.begin(), "trio-bench");
    return parse_bench_options(static_cast<int>(args.size()), args.data());
}

TEST(BenchOptions, DefaultRunIsThoroughAndRunsEveryScenario) {
    const auto options = parse({});
    EXPECT_TRUE(options.run_open);
    EXPECT_TRUE(options.run_journal);
    EXPECT_EQ(options.repetitions, 15);
    EXPECT_EQ(options.journal_repetitions, 3);
    EXPECT_EQ(options.journal_keys, 300);
    EXPECT_EQ(options.journal_warm_ups, 1);
    EXPECT_EQ(options.journal_pace_ms, 50);
    EXPECT_EQ(options.file_sizes.size(), 3u);
}

TEST(BenchOptions, QuickTypesFewerKeysOnceWithoutWarmUp) {
    const auto options = parse({"--quick"});
    EXPECT_EQ(options.repetitions, 5);
    EXPECT_EQ(options.journal_repetitions, 1);
    EXPECT_EQ(options.journal_keys, 100);
    EXPECT_EQ(options.journal_warm_ups, 0);
    EXPECT_EQ(options.file_sizes.size(), 2u);
}

TEST(BenchOptions, ExplicitCountsWinOverQuick) {
    const auto options = parse({"--quick", "--keys", "40", "--repetitions", "2", "--pace", "20"});
    EXPECT_EQ(options.journal_keys, 40);
    EXPECT_EQ(options.repetitions, 2);
    EXPECT_EQ(options.journal_repetitions, 2);
    EXPECT_EQ(options.journal_pace_ms, 20);
}

TEST(BenchOptions, ScenarioChoosesOnlyTheNamedOnes) {
    const auto journal = parse({"--scenario", "journal"});
    EXPECT_FALSE(journal.run_open);
    EXPECT_TRUE(journal.run_journal);
    const auto both = parse({"--scenario", "journal", "--scenario", "open"});
    EXPECT_TRUE(both.run_open);
    EXPECT_TRUE(both.run_journal);
}

TEST(BenchOptions, RejectsUnknownScenariosAndNonPositiveCounts) {
    EXPECT_THROW((void)parse({"--scenario", "paste"}), std::invalid_argument);
    EXPECT_THROW((void)parse({"--keys", "0"}), std::invalid_argument);
    EXPECT_THROW((void)parse({"--pace", "x"}), std::invalid_argument);
    EXPECT_THROW((void)parse({"--keys"}), std::invalid_argument);
}

} // namespace
} // namespace trio::bench
