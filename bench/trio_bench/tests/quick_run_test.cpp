// Runs `trio-bench --quick` on both builds (trio and trio-proc; peers left out so that the
// result does not depend on what else is installed) and checks that it produces every figure
// issue 6 asks for, for both editors, in its table, its JSON and its charts: not the values,
// which are the machine's business.
#include "tests/e2e/harness/run_command.hpp"
#include "tests/e2e/harness/temp_dir.hpp"

#include <cstdlib>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

namespace trio::bench {
namespace {

namespace fs = std::filesystem;

std::string read_file(const fs::path& path) {
    std::ifstream in(path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// The cells of a Markdown table row ("| a | b |" → {"a", "b"}); empty for other lines.
std::vector<std::string> cells_of(const std::string& line) {
    std::vector<std::string> cells;
    if (!line.starts_with("| ")) {
        return cells;
    }
    std::size_t start = 2;
    for (auto bar = line.find(" |", start); bar != std::string::npos;
         bar = line.find(" |", start)) {
        cells.push_back(line.substr(start, bar - start));
        start = bar + 3;
    }
    return cells;
}

bool is_number(const std::string& cell) {
    const auto first = cell.substr(0, cell.find(' '));
    char* end = nullptr;
    (void)std::strtod(first.c_str(), &end);
    return !first.empty() && end == first.c_str() + first.size();
}

class QuickRun : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_dir = std::make_unique<e2e::TempDir>("trio-bench-quick");
        const auto out = s_dir->path() / "out";
        s_result = e2e::run_command({TRIO_BENCH_EXECUTABLE, "--quick", "--no-peers", "--out",
                                     out.string(), "--dir", (s_dir->path() / "files").string()},
                                    s_dir->path(), {});
        s_table = read_file(out / "results.md");
        s_json = read_file(out / "results.json");
    }
    static void TearDownTestSuite() { s_dir.reset(); }

    // The Markdown row of `figure` (and `stat`, when given) in the table.
    static std::vector<std::string> row(const std::string& figure, const std::string& stat) {
        std::istringstream lines(s_table);
        for (std::string line; std::getline(lines, line);) {
            auto cells = cells_of(line);
            if (cells.size() >= 7 && cells[1] == figure && cells[2].starts_with(stat)) {
                return cells;
            }
        }
        return {};
    }

    static void expect_both_editors(const std::string& figure, const std::string& stat) {
        const auto cells = row(figure, stat);
        ASSERT_FALSE(cells.empty()) << "no row for " << figure << " " << stat << " in\n" << s_table;
        EXPECT_TRUE(is_number(cells[4])) << figure << " " << stat << ": trio " << cells[4];
        EXPECT_TRUE(is_number(cells[5])) << figure << " " << stat << ": trio-proc " << cells[5];
        EXPECT_TRUE(is_number(cells[6])) << figure << " " << stat << ": ratio " << cells[6];
        for (const char* editor : {"\"trio\"", "\"trio-proc\""}) {
            EXPECT_NE(s_json.find(std::string("{\"editor\": ") + editor + ", \"file\": \"" +
                                  cells[0] + "\", \"repetition\": 0, " + "\"figure\": \"" + figure +
                                  "\""),
                      std::string::npos)
                << figure << " of " << editor << " is not in the JSON";
        }
    }

    // The checks, each a part of what the issue lists.
    static void EndsWellAndNamesTheEditorsAndTheCommand();
    static void StartupAndMemoryAtTheFirstScreen();
    static void KeystrokeLatencyAtThreeQuantilesForEveryKindOfKey();
    static void PasteAndMemoryAtTheEnd();
    static void JournalCostPerKeyForBothBuilds();
    static void DrawsEveryChart();

    static std::unique_ptr<e2e::TempDir> s_dir;
    static e2e::CommandResult s_result;
    static std::string s_table;
    static std::string s_json;
};

std::unique_ptr<e2e::TempDir> QuickRun::s_dir;
e2e::CommandResult QuickRun::s_result;
std::string QuickRun::s_table;
std::string QuickRun::s_json;

void QuickRun::EndsWellAndNamesTheEditorsAndTheCommand() {
    EXPECT_EQ(s_result.status, 0) << s_result.output;
    EXPECT_NE(s_table.find("trio-bench: `"), std::string::npos);
    EXPECT_NE(s_table.find("- trio: `"), std::string::npos);
    EXPECT_NE(s_table.find("- trio-proc: `"), std::string::npos);
    EXPECT_EQ(s_table.find("failed run"), std::string::npos) << s_table;
    EXPECT_NE(s_json.find("\"command\": "), std::string::npos);
}

void QuickRun::StartupAndMemoryAtTheFirstScreen() {
    for (const char* figure : {"startup", "to last line", "PSS", "RssAnon"}) {
        expect_both_editors(figure, "median");
    }
}

void QuickRun::KeystrokeLatencyAtThreeQuantilesForEveryKindOfKey() {
    for (const std::string phase : {"cursor", "page down", "typing"}) {
        for (const std::string part : {" first byte", " complete"}) {
            for (const char* stat : {"median", "p90", "p99"}) {
                expect_both_editors(phase + part, stat);
            }
        }
        expect_both_editors("CPU/key " + phase, "median");
        expect_both_editors("switches/key " + phase, "median");
    }
}

void QuickRun::PasteAndMemoryAtTheEnd() {
    for (const char* figure : {"paste settled", "paste CPU", "peak RSS", "PSS at end"}) {
        expect_both_editors(figure, "median");
    }
}

void QuickRun::JournalCostPerKeyForBothBuilds() {
    for (const char* figure : {"journal bytes/key", "journal writes/key", "journal fsyncs/key"}) {
        const auto at = s_table.find(figure);
        ASSERT_NE(at, std::string::npos) << figure;
        const auto line = s_table.substr(at, s_table.find('\n', at) - at);
        std::istringstream words(line.substr(std::string(figure).size()));
        int numbers = 0;
        for (std::string word; words >> word;) {
            numbers += is_number(word) ? 1 : 0;
        }
        EXPECT_GE(numbers, 2) << line; // trio's and trio-proc's, with the journal on
    }
}

void QuickRun::DrawsEveryChart() {
    for (const char* chart :
         {"startup.svg", "memory.svg", "latency-cdf-cursor.svg", "latency-cdf-page-down.svg",
          "latency-cdf-typing.svg", "cpu-per-key.svg", "switches-per-key.svg"}) {
        const auto svg = read_file(s_dir->path() / "out" / chart);
        EXPECT_NE(svg.find("<svg"), std::string::npos) << chart;
        EXPECT_NE(svg.find("trio-proc"), std::string::npos) << chart; // in the legend
        EXPECT_EQ(svg.find("no samples"), std::string::npos) << chart;
    }
}

// One test, so that trio-bench runs once (each discovered test is its own process).
TEST_F(QuickRun, ProducesEveryFigureForBothBuilds) {
    {
        SCOPED_TRACE("EndsWellAndNamesTheEditorsAndTheCommand");
        EndsWellAndNamesTheEditorsAndTheCommand();
    }
    {
        SCOPED_TRACE("StartupAndMemoryAtTheFirstScreen");
        StartupAndMemoryAtTheFirstScreen();
    }
    {
        SCOPED_TRACE("KeystrokeLatencyAtThreeQuantilesForEveryKindOfKey");
        KeystrokeLatencyAtThreeQuantilesForEveryKindOfKey();
    }
    {
        SCOPED_TRACE("PasteAndMemoryAtTheEnd");
        PasteAndMemoryAtTheEnd();
    }
    {
        SCOPED_TRACE("JournalCostPerKeyForBothBuilds");
        JournalCostPerKeyForBothBuilds();
    }
    {
        SCOPED_TRACE("DrawsEveryChart");
        DrawsEveryChart();
    }
}

} // namespace
} // namespace trio::bench
