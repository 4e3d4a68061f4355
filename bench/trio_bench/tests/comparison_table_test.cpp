// Tests the comparison table: which ratios it shows, how it tells per-key figures from
// per-run ones, and the Markdown it prints.
#include "bench/trio_bench/comparison_table.hpp"

#include <gtest/gtest.h>
#include <sstream>

namespace trio::bench {
namespace {

BenchEditor editor(std::string name, bool is_trio) {
    BenchEditor e;
    e.name = std::move(name);
    e.is_trio = is_trio;
    return e;
}

std::vector<BenchEditor> three_editors() {
    return {editor("trio", true), editor("trio-proc", true), editor("vim", false)};
}

TEST(ComparisonTable, RatiosAreProcessesOverThreadsThenEachTrioOverEachPeer) {
    auto editors = three_editors();
    editors.push_back(editor("nano", false));
    const auto ratios = comparison_ratios(editors);
    ASSERT_EQ(ratios.size(), 5U);
    EXPECT_EQ(ratios[0].numerator, "trio-proc");
    EXPECT_EQ(ratios[0].denominator, "trio");
    EXPECT_EQ(ratios[1].numerator, "trio");
    EXPECT_EQ(ratios[1].denominator, "vim");
    EXPECT_EQ(ratios[2].numerator, "trio-proc");
    EXPECT_EQ(ratios[4].denominator, "nano");
    EXPECT_TRUE(comparison_ratios({editor("vim", false)}).empty());
}

TEST(ComparisonTable, AFigureWithSeveralSamplesInOneRunIsPerKey) {
    const std::vector<Sample> samples = {
        {"trio", "f", 0, {"startup", "ms", 4}},  {"trio", "f", 1, {"startup", "ms", 5}},
        {"trio", "f", 0, {"typing", "us", 100}}, {"trio", "f", 0, {"typing", "us", 120}},
        {"trio", "g", 0, {"startup", "ms", 7}},
    };
    EXPECT_FALSE(is_per_key_figure(samples, "f", "startup"));
    EXPECT_TRUE(is_per_key_figure(samples, "f", "typing"));
    EXPECT_FALSE(is_per_key_figure(samples, "g", "typing"));
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        lines.push_back(line);
    }
    return lines;
}

TEST(ComparisonTable, PrintsMediansSpreadsQuantilesAndRatiosAsMarkdown) {
    ScenarioRun run{"keys", "3 keys", {}, {}};
    run.plan.editors = three_editors();
    auto& samples = run.results.samples;
    for (int rep = 0; rep < 2; ++rep) {
        samples.push_back({"trio", "1 MiB", rep, {"peak RSS", "MiB", 10.0 + rep}});
        samples.push_back({"trio-proc", "1 MiB", rep, {"peak RSS", "MiB", 20.0 + rep}});
    }
    for (const double us : {100.0, 200.0, 300.0}) {
        samples.push_back({"trio", "1 MiB", 0, {"typing complete", "us", us}});
        samples.push_back({"trio-proc", "1 MiB", 0, {"typing complete", "us", 2 * us}});
        samples.push_back({"vim", "1 MiB", 0, {"typing complete", "us", 4 * us}});
    }
    std::ostringstream out;
    print_comparison(out, run);
    const auto lines = lines_of(out.str());
    ASSERT_EQ(lines.size(), 8U); // heading, blank, header, rule, 1 + 3 rows, no failures
    EXPECT_EQ(lines[0], "### keys: 3 keys");
    EXPECT_EQ(lines[2], "| file | figure | stat | unit | trio | trio-proc | vim | "
                        "trio-proc/trio | trio/vim | trio-proc/vim |");
    EXPECT_EQ(lines[4], "| 1 MiB | peak RSS | median [min..max] | MiB | 10.50 [10.00..11.00] | "
                        "20.50 [20.00..21.00] | - | 1.952 | - | - |");
    EXPECT_EQ(lines[5], "| 1 MiB | typing complete | median | us | 200.0 | 400.0 | 800.0 | "
                        "2.000 | 0.250 | 0.500 |");
    EXPECT_NE(lines[6].find("| p90 |"), std::string::npos);
    EXPECT_NE(lines[7].find("| p99 |"), std::string::npos);
}

TEST(ComparisonTable, FailuresFollowTheTable) {
    ScenarioRun run{"open", "", {}, {}};
    run.plan.editors = three_editors();
    run.results.failures.push_back("vim on 1 GiB (repetition 0): no first screen in time");
    std::ostringstream out;
    print_comparison(out, run);
    EXPECT_NE(out.str().find("1 failed run(s):\n  vim on 1 GiB"), std::string::npos);
}

} // namespace
} // namespace trio::bench
