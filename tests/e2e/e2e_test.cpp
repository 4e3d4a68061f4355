// Every end-to-end case directory under tests/e2e/cases, run against trio and against trio-proc
// (GoogleTest instances Cases/E2E.Run/<area>_<case>__trio and …__trio_proc).
#include "tests/e2e/harness/built_editors.hpp"
#include "tests/e2e/harness/case_runner.hpp"
#include "tests/e2e/harness/e2e_case.hpp"

#include <cstdlib>
#include <gtest/gtest.h>
#include <iostream>
#include <ostream>
#include <string>
#include <vector>

#ifndef TRIO_E2E_CASES_DIR
#error "TRIO_E2E_CASES_DIR must name tests/e2e/cases"
#endif

namespace trio::e2e {
namespace {

struct Run {
    std::string case_name;
    Executable editor;
};

// Names the run in gtest's failure summary instead of dumping its bytes.
void PrintTo(const Run& run, std::ostream* out) {
    *out << run.case_name << " on " << run.editor.name;
}

// Read when the test binary starts, so a new case directory needs no CMake change (see
// docs/testing.md for when CTest notices it).
std::vector<Run> all_runs() {
    std::vector<Run> runs;
    for (const auto& name : find_cases(TRIO_E2E_CASES_DIR)) {
        for (const auto& editor : built_editors()) {
            runs.push_back({name, editor});
        }
    }
    return runs;
}

// Shows the screen the way a `screen` file spells it, `{design}` included, ready to review
// and copy into a new case.
std::string as_screen_file(std::string text, const std::string& label) {
    constexpr std::string_view token = "{design}";
    for (auto at = text.find(label); at != std::string::npos;
         at = text.find(label, at + token.size())) {
        text.replace(at, label.size(), token);
    }
    return text;
}

bool print_requested() {
    const char* value = std::getenv("TRIO_E2E_PRINT");
    return value != nullptr && std::string(value) == "1";
}

class E2E : public ::testing::TestWithParam<Run> {};

TEST_P(E2E, Run) {
    const auto& run = GetParam();
    if (run.editor.path.empty()) {
        GTEST_SKIP() << run.editor.name << " is not built by this CMake tree";
    }
    CaseReport report;
    try {
        report = run_case(load_case(TRIO_E2E_CASES_DIR, run.case_name), run.editor);
    } catch (const std::exception& e) {
        FAIL() << "cannot load case " << run.case_name << ": " << e.what();
    }
    if (report.skipped) {
        GTEST_SKIP() << report.skip_reason;
    }
    for (const auto& failure : report.failures) {
        ADD_FAILURE() << run.case_name << " (" << run.editor.name << "): " << failure;
    }
    if (!report.failures.empty() && print_requested()) {
        std::cout << "---- actual screen of " << run.case_name << " (" << run.editor.name
                  << "), `screen` file format:\n"
                  << as_screen_file(report.actual_screen, run.editor.label) << "----\n";
    }
}

INSTANTIATE_TEST_SUITE_P(Cases, E2E, ::testing::ValuesIn(all_runs()),
                         [](const ::testing::TestParamInfo<Run>& run) {
                             return test_name_of(run.param.case_name) + "__" +
                                    test_name_of(run.param.editor.name);
                         });
// No case yet is not an error: the suite simply has no tests.
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(E2E);

} // namespace
} // namespace trio::e2e
