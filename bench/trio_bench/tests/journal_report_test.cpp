// Tests the journal scenario's plan (editors with and without the journal) and its table.
#include "bench/trio_bench/journal_cost_scenario.hpp"
#include "bench/trio_bench/journal_report.hpp"

#include <gtest/gtest.h>
#include <sstream>

namespace trio::bench {
namespace {

BenchEditor build(std::string name) {
    BenchEditor editor;
    editor.argv = {"/bin/" + name};
    editor.name = std::move(name);
    return editor;
}

const std::vector<BenchEditor> builds = {build("trio"), build("trio-proc")};

TEST(BenchJournalReport, WithoutJournalAddsTheOptionAndMarksTheName) {
    const auto off = without_journal(builds[0]);
    EXPECT_EQ(off.name, "trio -n");
    EXPECT_EQ(off.argv, (std::vector<std::string>{"/bin/trio", "-n"}));
    EXPECT_EQ(off.first_text_row, 0);
}

TEST(BenchJournalReport, PlanPairsEachEditorWithItsVariantOnOneFile) {
    const auto plan = journal_plan(builds, BenchFile{"1 KiB", "/tmp/f", 1024, "a", "b", {"a"}});
    ASSERT_EQ(plan.editors.size(), 4u);
    EXPECT_EQ(plan.editors[0].name, "trio");
    EXPECT_EQ(plan.editors[1].name, "trio -n");
    EXPECT_EQ(plan.editors[2].name, "trio-proc");
    EXPECT_EQ(plan.editors[3].name, "trio-proc -n");
    ASSERT_EQ(plan.files.size(), 1u);
    EXPECT_EQ(plan.files[0].label, "1 KiB");
}

TEST(BenchJournalReport, TableComparesOnWithOffPerEditorAndSaysWhatIsMissing) {
    ScenarioRun run{
        "journal cost", "3 keys per run", journal_plan(builds, {"1 KiB", "", 0, "", "", {}}), {}};
    run.plan.repetitions = 1;
    auto& samples = run.results.samples;
    for (const auto& [editor, value] : {std::pair{"trio", 300.0},
                                        {"trio -n", 200.0},
                                        {"trio-proc", 600.0},
                                        {"trio-proc -n", 300.0}}) {
        samples.push_back({editor, "1 KiB", 0, {std::string(figure_screen), "us", value}});
    }
    samples.push_back({"trio", "1 KiB", 0, {std::string(figure_journal_bytes), "B", 41}});
    run.results.failures.push_back("trio-proc -n on 1 KiB (repetition 0): it broke");
    std::ostringstream out;
    print_journal_table(out, run);
    const auto text = out.str();
    EXPECT_NE(text.find("journal cost on 1 KiB: 3 keys per run; 1 run(s) per editor"),
              std::string::npos);
    const auto row = [&](std::string_view start) {
        const auto at = text.find(std::string(start));
        return at == std::string::npos ? std::string() : text.substr(at, text.find('\n', at) - at);
    };
    // Medians on, off, on/off for trio, then for trio-proc.
    const auto screen = row(std::string(figure_screen));
    EXPECT_NE(screen.find("300.0     200.0     1.500     600.0     300.0     2.000"),
              std::string::npos)
        << screen;
    const auto bytes = row(std::string(figure_journal_bytes));
    EXPECT_NE(bytes.find("41.00     n/a       -         n/a       n/a       -"), std::string::npos)
        << bytes;
    EXPECT_NE(text.find("1 failed run(s):\n  trio-proc -n on 1 KiB (repetition 0): it broke"),
              std::string::npos);
}

} // namespace
} // namespace trio::bench
