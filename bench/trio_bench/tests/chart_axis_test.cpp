// Tests the bounds and tick labels of trio-bench's chart axes.
#include "bench/trio_bench/chart_axis.hpp"

#include <cmath>
#include <gtest/gtest.h>
#include <limits>

namespace trio::bench {
namespace {

std::vector<std::string> labels(const Axis& axis) {
    std::vector<std::string> out;
    for (const auto& tick : axis.ticks) {
        out.push_back(tick.label);
    }
    return out;
}

using Labels = std::vector<std::string>;

TEST(ChartAxis, LogAxisHasATickPerDecade) {
    const auto axis = make_axis(AxisScale::Log, 10, 1000);
    EXPECT_EQ(labels(axis), (Labels{"10", "100", "1000"}));
    EXPECT_DOUBLE_EQ(axis.low, 10);
    EXPECT_DOUBLE_EQ(axis.high, 1000);
    EXPECT_DOUBLE_EQ(axis_fraction(axis, 100), 0.5);
}

TEST(ChartAxis, LogAxisEndsAtOneTwoOrFiveTimesAPowerOfTen) {
    const auto axis = make_axis(AxisScale::Log, 12, 340);
    EXPECT_EQ(labels(axis), (Labels{"10", "100", "500"}));
    EXPECT_DOUBLE_EQ(axis.low, 10);
    EXPECT_DOUBLE_EQ(axis.high, 500);
    EXPECT_EQ(labels(make_axis(AxisScale::Log, 80, 21000)),
              (Labels{"50", "100", "1000", "10000", "50000"}));
    EXPECT_EQ(labels(make_axis(AxisScale::Log, 0.002, 0.5)),
              (Labels{"0.002", "0.01", "0.1", "0.5"}));
    // Under a decade and a half, decades alone would leave three labels or fewer.
    EXPECT_EQ(labels(make_axis(AxisScale::Log, 3100, 30000)),
              (Labels{"2000", "5000", "10000", "20000", "50000"}));
}

TEST(ChartAxis, LogAxisWithinOneDecadeHasFinerTicks) {
    EXPECT_EQ(labels(make_axis(AxisScale::Log, 12, 18)), (Labels{"12", "14", "16", "18"}));
    EXPECT_EQ(labels(make_axis(AxisScale::Log, 150, 400)),
              (Labels{"150", "200", "250", "300", "350", "400"}));
    // Linear steps would reach zero here: 1, 2 and 5 instead.
    EXPECT_EQ(labels(make_axis(AxisScale::Log, 12, 90)), (Labels{"10", "20", "50", "100"}));
    EXPECT_EQ(labels(make_axis(AxisScale::Log, 7, 7)), (Labels{"5", "10"}));
    EXPECT_EQ(labels(make_axis(AxisScale::Log, 10, 10)), (Labels{"10", "20"}));
}

TEST(ChartAxis, LogAxisOverManyDecadesEndsAtDecadesAndLabelsEveryFew) {
    EXPECT_EQ(labels(make_axis(AxisScale::Log, 3, 2e6)),
              (Labels{"1", "10", "100", "1000", "10000", "100000", "1e+06", "1e+07"}));
    EXPECT_EQ(labels(make_axis(AxisScale::Log, 1e-3, 1e9)),
              (Labels{"0.001", "0.1", "10", "1000", "100000", "1e+07", "1e+09"}));
}

TEST(ChartAxis, LinearAxisStepsByOneTwoOrFiveTimesAPowerOfTen) {
    EXPECT_EQ(labels(make_axis(AxisScale::Linear, 0, 1)),
              (Labels{"0.0", "0.2", "0.4", "0.6", "0.8", "1.0"}));
    EXPECT_EQ(labels(make_axis(AxisScale::Linear, 0, 37)), (Labels{"0", "10", "20", "30", "40"}));
    EXPECT_EQ(labels(make_axis(AxisScale::Linear, 0, 130)), (Labels{"0", "50", "100", "150"}));
    EXPECT_EQ(labels(make_axis(AxisScale::Linear, -3, 3)), (Labels{"-4", "-2", "0", "2", "4"}));
}

TEST(ChartAxis, LinearAxisRoundsOutToTheStep) {
    const auto axis = make_axis(AxisScale::Linear, 3.3, 7.1);
    EXPECT_EQ(labels(axis), (Labels{"3", "4", "5", "6", "7", "8"}));
    EXPECT_DOUBLE_EQ(axis.low, 3);
    EXPECT_DOUBLE_EQ(axis.high, 8);
    EXPECT_EQ(labels(make_axis(AxisScale::Linear, 0.31, 0.52)),
              (Labels{"0.30", "0.35", "0.40", "0.45", "0.50", "0.55"}));
}

TEST(ChartAxis, LinearAxisOfOneValueReachesZero) {
    EXPECT_EQ(labels(make_axis(AxisScale::Linear, 5, 5)), (Labels{"0", "1", "2", "3", "4", "5"}));
    EXPECT_EQ(labels(make_axis(AxisScale::Linear, 0, 0)),
              (Labels{"0.0", "0.2", "0.4", "0.6", "0.8", "1.0"}));
}

TEST(ChartAxis, ExtremeRangesStillGiveFiniteTicks) {
    const double largest = std::numeric_limits<double>::max();
    const double smallest = std::numeric_limits<double>::denorm_min();
    for (const auto& axis : {make_axis(AxisScale::Linear, -largest, largest),
                             make_axis(AxisScale::Log, smallest, largest),
                             make_axis(AxisScale::Linear, 1, 1 + 1e-15)}) {
        ASSERT_GE(axis.ticks.size(), 2u);
        EXPECT_LT(axis.ticks.size(), 20u);
        EXPECT_LT(axis.low, axis.high);
        for (const auto& tick : axis.ticks) {
            EXPECT_TRUE(std::isfinite(tick.value));
            EXPECT_TRUE(std::isfinite(axis_fraction(axis, tick.value)));
        }
    }
}

TEST(ChartAxis, OnlyFiniteValuesArePlottableAndOnlyPositiveOnesOnALogAxis) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double infinity = std::numeric_limits<double>::infinity();
    EXPECT_TRUE(plottable(AxisScale::Linear, 0));
    EXPECT_TRUE(plottable(AxisScale::Linear, -2));
    EXPECT_FALSE(plottable(AxisScale::Linear, nan));
    EXPECT_FALSE(plottable(AxisScale::Linear, infinity));
    EXPECT_TRUE(plottable(AxisScale::Log, 1e-9));
    EXPECT_FALSE(plottable(AxisScale::Log, 0));
    EXPECT_FALSE(plottable(AxisScale::Log, -1));
    EXPECT_FALSE(plottable(AxisScale::Log, infinity));
}

} // namespace
} // namespace trio::bench
