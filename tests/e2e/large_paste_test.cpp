// A large bracketed paste into trio and trio-proc through a pty: it arrives as one edit, with
// its indentation untouched (no auto-indent), is saved byte for byte, and one Ctrl-Z takes all
// of it back. How fast it is belongs to trio-bench (`--paste KIB`), not here.
#include "tests/e2e/editor_in_pty.hpp"

#include <algorithm>
#include <cstdio>
#include <string>

namespace trio::e2e {
namespace {

constexpr const char* original = "first line\n";
#ifdef TRIO_SANITIZED
constexpr std::size_t paste_bytes = 1024 * 1024; // sanitizers make every byte ~10x dearer
#else
constexpr std::size_t paste_bytes = 4 * 1024 * 1024;
#endif

// Numbered lines, every other one indented by four spaces or a tab: auto-indent applied to a
// paste would add to them.
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

// "line NNNNNNN …" of the last line, without its indentation.
std::string last_line_of(const std::string& text) {
    const auto start = text.rfind("line ");
    return text.substr(start, text.size() - 1 - start);
}

using LargePaste = EditorInPty;

TEST_P(LargePaste, IsOneEditSavedByteForByteAndUndoneByOneCtrlZ) {
    start(original);
    ASSERT_TRUE(started()) << "the editor did not start\n" << describe();

    const std::string text = pasted_text();
    const std::string last = last_line_of(text);
    m_pty->write(keys::encode_key(keys::make_paste(text)));
    // The cursor ends before "first line", so the screen scrolls to the paste's last line.
    ASSERT_TRUE(wait_until([&] {
        const auto rows = m_screen.rows();
        return std::any_of(rows.begin(), rows.end(), [&](const std::string& row) {
            return row.find(last) != std::string::npos;
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
    quit_and_check_nothing_is_left();
}

INSTANTIATE_TEST_SUITE_P(Executables, LargePaste, ::testing::ValuesIn(all_editor_runs()),
                         editor_run_name);

} // namespace
} // namespace trio::e2e
