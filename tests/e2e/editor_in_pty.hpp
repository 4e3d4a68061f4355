// A fixture for end-to-end tests that need more than a case directory can say (patterns,
// generated input): one editor, parameterised over trio and trio-proc, in a pty on a file
// `file.txt` holding given bytes, with the screen read through libvterm.
#pragma once

#include "editor/keys/key.hpp"
#include "tests/e2e/harness/built_editors.hpp"
#include "tests/e2e/harness/editor_home.hpp"
#include "tests/e2e/harness/expect_screen.hpp"
#include "tests/e2e/harness/leftovers.hpp"
#include "tests/e2e/harness/pty_session.hpp"
#include "tests/e2e/harness/temp_dir.hpp"
#include "tests/e2e/harness/vterm_screen.hpp"

#include <filesystem>
#include <fstream>
#include <functional>
#include <gtest/gtest.h>
#include <optional>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace trio::e2e {

struct EditorRun {
    Executable editor;
};

// Names the run in gtest's failure summary instead of dumping its bytes.
inline void PrintTo(const EditorRun& run, std::ostream* out) {
    *out << run.editor.name;
}

inline std::vector<EditorRun> all_editor_runs() {
    std::vector<EditorRun> runs;
    for (const auto& editor : built_editors()) {
        runs.push_back({editor});
    }
    return runs;
}

// For INSTANTIATE_TEST_SUITE_P: `trio` and `trio_proc`.
inline std::string editor_run_name(const ::testing::TestParamInfo<EditorRun>& param) {
    return param.param.editor.name == "trio" ? std::string("trio") : std::string("trio_proc");
}

class EditorInPty : public ::testing::TestWithParam<EditorRun> {
protected:
    static constexpr TerminalSize size{24, 80};
    static constexpr int status_row = 21; // below the 21 text rows: status, message, key hints
    static constexpr int message_row = 22;

    void SetUp() override {
        if (GetParam().editor.path.empty()) {
            GTEST_SKIP() << GetParam().editor.name << " is not built by this CMake tree";
        }
    }

    // Starts the editor on file.txt holding `original`.
    void start(std::string_view original) {
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

    [[nodiscard]] bool started() {
        return wait_until([&] {
            return m_pty->input_is_raw() && m_screen.alternate_screen() &&
                   m_screen.rows()[status_row].starts_with(" file.txt ");
        });
    }

    [[nodiscard]] bool message_starts_with(std::string_view text) const {
        return m_screen.rows()[message_row].starts_with(text);
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

    // Ctrl-Q, then: exit status 0, no process of the session and no queue left.
    void quit_and_check_nothing_is_left() {
        type("<c-q>");
        const auto status = m_pty->wait_exit(expect_deadline(),
                                             [&](std::string_view bytes) { m_screen.feed(bytes); });
        ASSERT_TRUE(status) << "the editor did not exit after Ctrl-Q\n" << describe();
        EXPECT_EQ(*status, (ExitStatus{0, 0})) << status->to_string();
        EXPECT_TRUE(processes_in_session(m_pty->pid()).empty());
        EXPECT_TRUE(names_with_prefix("/dev/shm", shm_prefix_of(m_pty->pid())).empty());
    }

    TempDir m_dir{"trio-e2e"};
    std::optional<PtySession> m_pty;
    VtermScreen m_screen{size, [this](std::string_view reply) { m_pty->write(reply); }};
};

} // namespace trio::e2e
