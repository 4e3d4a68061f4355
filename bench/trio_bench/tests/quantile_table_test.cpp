// Tests the cells and layout of trio-bench's distribution table.
#include "bench/trio_bench/quantile_table.hpp"

#include <gtest/gtest.h>
#include <sstream>

namespace trio::bench {
namespace {

std::vector<Sample> latencies() {
    std::vector<Sample> samples;
    for (int i = 1; i <= 101; ++i) {
        samples.push_back({"on", "f", 0, {"latency", "us", 2.0 * i}});
        samples.push_back({"off", "f", 0, {"latency", "us", 1.0 * i}});
    }
    samples.push_back({"on", "f", 0, {"bytes", "B", 40}});
    samples.push_back({"off", "f", 0, {"bytes", "B", 0}});
    return samples;
}

TEST(BenchQuantileTable, CellShowsTheEditorsStatistic) {
    const auto samples = latencies();
    EXPECT_EQ(table_cell(samples, "f", {"latency", Statistic::Median}, {"", "on", "on", ""}),
              "102.0");
    EXPECT_EQ(table_cell(samples, "f", {"latency", Statistic::P90}, {"", "off", "off", ""}),
              "91.00");
    EXPECT_EQ(table_cell(samples, "f", {"latency", Statistic::P99}, {"", "off", "off", ""}),
              "100.0");
}

TEST(BenchQuantileTable, RatioColumnDividesTheSameStatistic) {
    const auto samples = latencies();
    EXPECT_EQ(table_cell(samples, "f", {"latency", Statistic::P99}, {"", "r", "on", "off"}),
              "2.000");
}

TEST(BenchQuantileTable, MissingFiguresAreNotApplicableAndTheirRatiosBlank) {
    const auto samples = latencies();
    EXPECT_EQ(table_cell(samples, "f", {"journaled", Statistic::Median}, {"", "on", "on", ""}),
              "n/a");
    EXPECT_EQ(
        table_cell(samples, "other file", {"latency", Statistic::Median}, {"", "on", "on", ""}),
        "n/a");
    EXPECT_EQ(table_cell(samples, "f", {"journaled", Statistic::Median}, {"", "r", "on", "off"}),
              "-");
    // Nothing written without the journal: no ratio rather than infinity.
    EXPECT_EQ(table_cell(samples, "f", {"bytes", Statistic::Median}, {"", "r", "on", "off"}), "-");
}

TEST(BenchQuantileTable, PrintsGroupsHeadingsAndOneLinePerRow) {
    std::ostringstream out;
    print_quantile_table(
        out, latencies(), "f",
        {{"latency", Statistic::Median}, {"latency", Statistic::P99}, {"bytes", Statistic::Median}},
        {{"trio", "on", "on", ""}, {"trio", "off", "off", ""}, {"trio", "on/off", "on", "off"}});
    std::istringstream lines(out.str());
    std::string line;
    std::vector<std::string> all;
    while (std::getline(lines, line)) {
        all.push_back(line);
    }
    ASSERT_EQ(all.size(), 5u);
    EXPECT_EQ(all[0].find("trio"), all[1].find("on"));    // the group heads its columns
    EXPECT_EQ(all[0].find("trio"), all[0].rfind("trio")); // once
    EXPECT_NE(all[1].find("on/off"), std::string::npos);
    EXPECT_EQ(all[2].find("latency"), 0u);
    EXPECT_NE(all[2].find("median"), std::string::npos);
    EXPECT_NE(all[2].find("102.0"), std::string::npos);
    EXPECT_EQ(all[3].find("latency"), std::string::npos); // the figure is not repeated
    EXPECT_NE(all[3].find("p99"), std::string::npos);
    EXPECT_NE(all[4].find("40.00"), std::string::npos);
    EXPECT_NE(all[4].find(" B "), std::string::npos);
}

} // namespace
} // namespace trio::bench
