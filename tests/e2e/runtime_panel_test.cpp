// The F2 runtime panel of trio and trio-proc seen through a pty: while it is open, typing goes
// on under it and its pipeline rows fill with the keys' latencies (figures vary, so the rows
// are matched by pattern, not by a `screen` file); the typed text is saved as usual.
#include "tests/e2e/editor_in_pty.hpp"

#include <algorithm>
#include <regex>
#include <string>

namespace trio::e2e {
namespace {

constexpr const char* original = "first line\n";

// A duration as the panel writes it: "14 µs", "1.2 ms", "2.5 s".
const std::string duration = "[0-9]+(\\.[0-9])? (µs|ms|s)";

// A pipeline row with both figures: "→ frame drawn   88 µs  310 µs" (the screen pads rows).
std::regex timed_row(const std::string& hop) {
    return std::regex("^" + hop + " +" + duration + " +" + duration + " *$");
}

class RuntimePanel : public EditorInPty {
protected:
    [[nodiscard]] bool row_matches(const std::regex& pattern) const {
        const auto rows = m_screen.rows();
        return std::any_of(rows.begin(), rows.end(),
                           [&](const std::string& row) { return std::regex_search(row, pattern); });
    }
};

TEST_P(RuntimePanel, ShowsThePipelineLatencyOfTheKeysTypedUnderIt) {
    start(original);
    ASSERT_TRUE(started()) << "the editor did not start\n" << describe();

    type("<f2>");
    ASSERT_TRUE(wait_until([&] { return row_matches(std::regex("^pipeline, last 32 keys")); }))
        << "F2 shows no pipeline section\n"
        << describe();
    type("a");
    type("b");
    type("c");
    // Each hop needs its own answer (the frame drawn from render, the journal's report after
    // its fsync) and the panel refreshes twice a second: wait for all three.
    const std::regex sent = timed_row("key read → view sent");
    const std::regex drawn = timed_row("→ frame drawn");
    const std::regex written = timed_row("→ journal written");
    const bool timed =
        wait_until([&] { return row_matches(sent) && row_matches(drawn) && row_matches(written); });
    EXPECT_TRUE(timed) << "the pipeline rows show no figures for the keys typed\n" << describe();

    type("<f2>");
    ASSERT_TRUE(wait_until([&] { return m_screen.rows()[0].starts_with("abcfirst line"); }))
        << "the keys typed under the panel did not edit the text\n"
        << describe();
    type("<c-s>");
    ASSERT_TRUE(wait_until([&] { return m_screen.rows()[message_row].starts_with("Wrote"); }))
        << "no \"Wrote\" message\n"
        << describe();
    EXPECT_EQ(file_on_disk(), std::string("abc") + original);
    quit_and_check_nothing_is_left();
}

INSTANTIATE_TEST_SUITE_P(Executables, RuntimePanel, ::testing::ValuesIn(all_editor_runs()),
                         editor_run_name);

} // namespace
} // namespace trio::e2e
