// Tests trio-bench's summary statistics and number formatting.
#include "bench/trio_bench/samples.hpp"

#include <gtest/gtest.h>
#include <numeric>

namespace trio::bench {
namespace {

TEST(BenchSamples, SummaryOfNothingIsAllZero) {
    const auto s = summarize({});
    EXPECT_EQ(s.count, 0u);
    EXPECT_EQ(s.median, 0);
    EXPECT_EQ(s.p99, 0);
}

TEST(BenchSamples, QuantilesInterpolateBetweenOrderStatistics) {
    // 1..101 in reverse: the q-quantile is 1 + 100 q exactly.
    std::vector<double> values(101);
    std::iota(values.rbegin(), values.rend(), 1.0);
    const auto s = summarize(values);
    EXPECT_EQ(s.count, 101u);
    EXPECT_DOUBLE_EQ(s.min, 1);
    EXPECT_DOUBLE_EQ(s.max, 101);
    EXPECT_DOUBLE_EQ(s.median, 51);
    EXPECT_DOUBLE_EQ(s.p10, 11);
    EXPECT_DOUBLE_EQ(s.p90, 91);
    EXPECT_DOUBLE_EQ(s.p99, 100);
}

TEST(BenchSamples, P99OfTwoValuesLiesJustBelowTheLarger) {
    const auto s = summarize({10, 20});
    EXPECT_DOUBLE_EQ(s.median, 15);
    EXPECT_DOUBLE_EQ(s.p99, 19.9);
}

TEST(BenchSamples, ValuesOfSelectsOneEditorFileAndFigureInOrder) {
    const std::vector<Sample> samples = {{"trio", "1 KiB", 0, {"a", "us", 1}},
                                         {"trio -n", "1 KiB", 0, {"a", "us", 2}},
                                         {"trio", "1 MiB", 0, {"a", "us", 3}},
                                         {"trio", "1 KiB", 0, {"b", "us", 4}},
                                         {"trio", "1 KiB", 1, {"a", "us", 5}}};
    EXPECT_EQ(values_of(samples, "trio", "1 KiB", "a"), (std::vector<double>{1, 5}));
}

TEST(BenchSamples, NumbersKeepAboutThreeSignificantFigures) {
    EXPECT_EQ(three_figures(0.7341), "0.734");
    EXPECT_EQ(three_figures(12.346), "12.35");
    EXPECT_EQ(three_figures(412.34), "412.3");
    EXPECT_EQ(three_figures(12345.6), "12346");
}

} // namespace
} // namespace trio::bench
