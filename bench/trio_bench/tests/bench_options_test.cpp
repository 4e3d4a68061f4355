// Tests trio-bench's command line: defaults, --quick, scenarios, peers and outputs.
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

TEST(BenchOptions, DefaultRunIsThoroughAndRunsEveryScenarioWithPeers) {
    const auto options = parse({});
    EXPECT_TRUE(options.run_open);
    EXPECT_TRUE(options.run_keys);
    EXPECT_TRUE(options.run_journal);
    EXPECT_TRUE(options.find_peers);
    EXPECT_EQ(options.repetitions, 15);
    EXPECT_EQ(options.large_repetitions, 3);
    EXPECT_EQ(options.key_repetitions, 5);
    EXPECT_EQ(options.keys, 300);
    EXPECT_EQ(options.paste_kib, 1024);
    EXPECT_EQ(options.journal_repetitions, 3);
    EXPECT_EQ(options.journal_keys, 300);
    EXPECT_EQ(options.journal_warm_ups, 1);
    EXPECT_EQ(options.warm_ups, 1);
    EXPECT_EQ(options.journal_pace_ms, 50);
    EXPECT_EQ(options.file_sizes.size(), 3u);
}

TEST(BenchOptions, QuickRunsFewerKeysOnceWithoutWarmUpOnTheSmallFile) {
    const auto options = parse({"--quick"});
    EXPECT_EQ(options.repetitions, 3);
    EXPECT_EQ(options.key_repetitions, 1);
    EXPECT_EQ(options.keys, 40);
    EXPECT_EQ(options.journal_repetitions, 1);
    EXPECT_EQ(options.journal_keys, 40);
    EXPECT_EQ(options.journal_warm_ups, 0);
    EXPECT_EQ(options.warm_ups, 0);
    EXPECT_EQ(options.file_sizes, std::vector<std::uint64_t>{1024});
    EXPECT_EQ(parse({"--quick", "--large"}).file_sizes.size(), 2u);
}

TEST(BenchOptions, ExplicitCountsWinOverQuick) {
    const auto options = parse({"--quick", "--keys", "60", "--repetitions", "2", "--pace", "20",
                                "--paste", "0", "--quiet", "30"});
    EXPECT_EQ(options.keys, 60);
    EXPECT_EQ(options.journal_keys, 60);
    EXPECT_EQ(options.repetitions, 2);
    EXPECT_EQ(options.key_repetitions, 2);
    EXPECT_EQ(options.journal_repetitions, 2);
    EXPECT_EQ(options.journal_pace_ms, 20);
    EXPECT_EQ(options.paste_kib, 0);
    EXPECT_EQ(options.quiet_ms, 30);
}

TEST(BenchOptions, ScenarioChoosesOnlyTheNamedOnes) {
    const auto journal = parse({"--scenario", "journal"});
    EXPECT_FALSE(journal.run_open);
    EXPECT_FALSE(journal.run_keys);
    EXPECT_TRUE(journal.run_journal);
    const auto both = parse({"--scenario", "keys", "--scenario", "open"});
    EXPECT_TRUE(both.run_open);
    EXPECT_TRUE(both.run_keys);
    EXPECT_FALSE(both.run_journal);
}

TEST(BenchOptions, PeersAreKeptInOrderAndCanBeLeftOut) {
    const auto options = parse(
        {"--peer", "micro=micro", "--no-peers", "--peer", "ed=ed -p x", "--out", "/tmp/results"});
    EXPECT_FALSE(options.find_peers);
    EXPECT_EQ(options.peers, (std::vector<std::string>{"micro=micro", "ed=ed -p x"}));
    ASSERT_TRUE(options.out.has_value());
    EXPECT_EQ(*options.out, "/tmp/results");
}

TEST(BenchOptions, GeneratedFilesAreTextUnlessAnExtensionIsGiven) {
    EXPECT_EQ(parse({}).extension, "txt");
    EXPECT_EQ(parse({"--extension", "c"}).extension, "c");
    EXPECT_THROW((void)parse({"--extension", ".c"}), std::invalid_argument);
    EXPECT_THROW((void)parse({"--extension", "a/b"}), std::invalid_argument);
    EXPECT_THROW((void)parse({"--extension", ""}), std::invalid_argument);
}

TEST(BenchOptions, RejectsUnknownScenariosAndNonPositiveCounts) {
    EXPECT_THROW((void)parse({"--scenario", "paste"}), std::invalid_argument);
    EXPECT_THROW((void)parse({"--paste", "-1"}), std::invalid_argument);
    EXPECT_THROW((void)parse({"--peer"}), std::invalid_argument);
    EXPECT_THROW((void)parse({"--keys", "0"}), std::invalid_argument);
    EXPECT_THROW((void)parse({"--pace", "x"}), std::invalid_argument);
    EXPECT_THROW((void)parse({"--keys"}), std::invalid_argument);
}

} // namespace
} // namespace trio::bench
