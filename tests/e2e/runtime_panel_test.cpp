// The F2 runtime panel of trio and trio-proc seen through a pty: while it is open, typing goes
// on under it and its pipeline rows fill with the keys' latencies (figures vary, so the rows
// are matched by pattern, not by a `screen` file); the typed text is saved as usual.
#include "editor/keys/key.hpp"
#include "tests/e2e/harness/built_editors.hpp"
#include "tests/e2e/harness/editor_home.hpp"
#include "tests/e2e/harness/expect_screen.hpp"
#include "tests/e2e/harness/leftovers.hpp"
#include "tests/e2e/harness/pty_session.hpp"
#include "tests/e2e/harness/temp_dir.hpp"
#include "tests/e2e/harness/vterm_screen.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <optional>
#include <ostream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace trio::e2e {
namespace {

constexpr TerminalSize size{24, 80};
constexpr int status_row = 21; // below the 21 text rows: status bar, message, key hints
constexpr int message_row = 22;
constexpr const char* original = "first line\n";

// A duration as the panel writes it: "14 µs", "1.2 ms", "2.5 s".
const std::string duration = "[0-9]+(\\.[0-9])? (µs|ms|s)";

// A pipeline row with both figures: "→ frame drawn   88 µs  310 µs" (the screen pads rows).
std::regex timed_row(const std::string& hop) {
    return std::regex("^" + hop + " +" + duration + " +" + duration + " *$");
}

struct Run {
    Executable editor;
};

// Names the run in gtest's failure summary instead of dumping its bytes.
void PrintTo(const Run& run, std::ostream* out) {
    *out << run.editor.name;
}

std::vector<Run> all_runs() {
    std::vector<Run> runs;
    for (const auto& editor : built_editors()) {
        runs.push_back({editor});
    }
    return runs;
}

class RuntimePanel : public ::testing::TestWithParam<Run> {
protected:
    void SetUp() override {
        if (GetParam().editor.path.empty()) {
            GTEST_SKIP() << GetParam().editor.name << " is not built by this CMake tree";
        }
        const auto home = make_editor_home(m_dir.path());
        std::ofstream(m_dir.path() / "file.txt", std::ios::binary) << original;
        m_pty.emplace(SessionOptions{{GetParam().editor.path, "file.txt"},
                                     m_dir.path(),
                                     editor_environment(home),
                                     size,
                                     {}});
    }

    void TearDown() override {
        if (m_pty) {
            for (const auto& name : names_with_prefix("/dev/shm", shm_prefix_of(m_pty->pid()))) {
                std::error_code ignored;
                std::filesystem::remove(std::filesystem::path("/dev/shm") / name, ignored);
            }
        }
    }

    [[nodiscard]] bool wait_until(const std::function<bool()>& done) {
        return pump_until(*m_pty, m_screen, done, expect_deadline());
    }

    [[nodiscard]] bool row_matches(const std::regex& pattern) const {
        const auto rows = m_screen.rows();
        return std::any_of(rows.begin(), rows.end(),
                           [&](const std::string& row) { return std::regex_search(row, pattern); });
    }

    void type(std::string_view notation) {
        std::string bytes;
        for (const auto& key : keys::parse_keys(notation)) {
            bytes += keys::encode_key(key);
        }
        m_pty->write(bytes);
    }

    [[nodiscard]] std::string describe() const { return "screen:\n" + screen_file_text(m_screen); }

    [[nodiscard]] std::string file_on_disk() const {
        std::ifstream in(m_dir.path() / "file.txt", std::ios::binary);
        std::ostringstream bytes;
        bytes << in.rdbuf();
        return bytes.str();
    }

    TempDir m_dir{"trio-panel"};
    std::optional<PtySession> m_pty;
    VtermScreen m_screen{size, [this](std::string_view reply) { m_pty->write(reply); }};
};

TEST_P(RuntimePanel, ShowsThePipelineLatencyOfTheKeysTypedUnderIt) {
    const bool ready = wait_until([&] {
        return m_pty->input_is_raw() && m_screen.alternate_screen() &&
               m_screen.rows()[status_row].starts_with(" file.txt ");
    });
    ASSERT_TRUE(ready) << "the editor did not start\n" << describe();

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
    type("<c-q>");
    const auto status =
        m_pty->wait_exit(expect_deadline(), [&](std::string_view bytes) { m_screen.feed(bytes); });
    ASSERT_TRUE(status) << "the editor did not exit after Ctrl-Q\n" << describe();
    EXPECT_EQ(*status, (ExitStatus{0, 0})) << status->to_string();
    EXPECT_EQ(file_on_disk(), std::string("abc") + original);
    EXPECT_TRUE(processes_in_session(m_pty->pid()).empty());
    EXPECT_TRUE(names_with_prefix("/dev/shm", shm_prefix_of(m_pty->pid())).empty());
}

INSTANTIATE_TEST_SUITE_P(Executables, RuntimePanel, ::testing::ValuesIn(all_runs()),
                         [](const ::testing::TestParamInfo<Run>& param) {
                             return param.param.editor.name == "trio" ? std::string("trio")
                                                                      : std::string("trio_proc");
                         });

} // namespace
} // namespace trio::e2e
