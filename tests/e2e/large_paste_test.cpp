// A large bracketed paste into trio and trio-proc through a pty: it arrives as one edit, with
// its indentation untouched (no auto-indent), is saved byte for byte, and one Ctrl-Z takes all
// of it back. How fast it is belongs to trio-bench (`--paste KIB`), not here.
#include "editor/keys/key.hpp"
#include "tests/e2e/harness/built_editors.hpp"
#include "tests/e2e/harness/editor_home.hpp"
#include "tests/e2e/harness/expect_screen.hpp"
#include "tests/e2e/harness/leftovers.hpp"
#include "tests/e2e/harness/pty_session.hpp"
#include "tests/e2e/harness/temp_dir.hpp"
#include "tests/e2e/harness/vterm_screen.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <optional>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

namespace trio::e2e {
namespace {

constexpr TerminalSize size{24, 80};
constexpr int message_row = 22;
constexpr const char* original = "first line\n";
#ifdef TRIO_SANITIZED
constexpr std::size_t paste_bytes = 1024 * 1024; // sanitizers make every byte ~10x dearer
#else
constexpr std::size_t paste_bytes = 4 * 1024 * 1024;
#endif

// Numbered lines, every other one indented by four spaces and one by a tab: auto-indent
// applied to a paste would add to them.
std::string pasted_text() {
    std::string text;
    char line[96];
    for (int n = 0; text.size() < paste_bytes; ++n) {
        const char* indent = n % 2 == 0 ? "" : (n % 4 == 1 ? "    " : "\t");
        std::snprintf(line, sizeof line, "%sline %07d of the paste, with some text after it\n",
                      indent, n);
        text += line;
    }
    return text;
}

std::string last_line_of(const std::string& text) {
    const auto end = text.size() - 1; // the final '\n'
    const auto start = text.rfind('\n', end - 1);
    return text.substr(start + 1, end - start - 1);
}

struct Run {
    Executable editor;
};

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

class LargePaste : public ::testing::TestWithParam<Run> {
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

    [[nodiscard]] bool wait_until(const std::function<bool()>& done) {
        return pump_until(*m_pty, m_screen, done, expect_deadline());
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

    TempDir m_dir{"trio-paste"};
    std::optional<PtySession> m_pty;
    VtermScreen m_screen{size, [this](std::string_view reply) { m_pty->write(reply); }};
};

TEST_P(LargePaste, IsOneEditSavedByteForByteAndUndoneByOneCtrlZ) {
    ASSERT_TRUE(wait_until([&] {
        return m_pty->input_is_raw() && m_screen.alternate_screen() &&
               m_screen.rows()[0].starts_with("first line");
    })) << "the editor did not start\n"
        << describe();

    const std::string text = pasted_text();
    const std::string last = last_line_of(text);
    m_pty->write(keys::encode_key(keys::make_paste(text)));
    // The cursor ends before "first line", so the screen scrolls to the paste's last line.
    ASSERT_TRUE(wait_until([&] {
        const auto rows = m_screen.rows();
        return std::any_of(rows.begin(), rows.end(), [&](const std::string& row) {
            return row.find(last.substr(last.find("line "))) != std::string::npos;
        });
    })) << "the paste's last line never showed\n"
        << describe();

    type("<c-s>");
    ASSERT_TRUE(wait_until([&] { return message_starts_with("Wrote"); }))
        << "no \"Wrote\" after the paste\n"
        << describe();
    EXPECT_EQ(file_on_disk(), text + original) << "the saved paste differs";

    type("<c-z>");
    ASSERT_TRUE(wait_until([&] { return m_screen.rows()[0].starts_with("first line"); }))
        << "one Ctrl-Z did not take the whole paste back\n"
        << describe();
    type("<c-s>");
    ASSERT_TRUE(wait_until([&] { return message_starts_with("Wrote 1 line"); }))
        << "no \"Wrote 1 line\" after the undo\n"
        << describe();
    EXPECT_EQ(file_on_disk(), original);

    type("<c-q>");
    const auto status =
        m_pty->wait_exit(expect_deadline(), [&](std::string_view bytes) { m_screen.feed(bytes); });
    ASSERT_TRUE(status) << "the editor did not exit after Ctrl-Q\n" << describe();
    EXPECT_EQ(*status, (ExitStatus{0, 0})) << status->to_string();
    EXPECT_TRUE(processes_in_session(m_pty->pid()).empty());
    EXPECT_TRUE(names_with_prefix("/dev/shm", shm_prefix_of(m_pty->pid())).empty());
}

INSTANTIATE_TEST_SUITE_P(Executables, LargePaste, ::testing::ValuesIn(all_runs()),
                         [](const ::testing::TestParamInfo<Run>& param) {
                             return param.param.editor.name == "trio" ? std::string("trio")
                                                                      : std::string("trio_proc");
                         });

} // namespace
} // namespace trio::e2e
