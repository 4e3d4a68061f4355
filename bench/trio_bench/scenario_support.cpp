// Key encoding, first-screen and raw-mode waits shared by trio-bench's scenarios.
// Runs in trio-bench.
#include "bench/trio_bench/scenario_support.hpp"

#include "editor/keys/key.hpp"
#include "tests/e2e/harness/expect_screen.hpp"

#include <algorithm>
#include <stdexcept>

namespace trio::bench {

std::string encode_keys(std::string_view notation) {
    std::string bytes;
    for (const auto& key : keys::parse_keys(notation)) {
        bytes += keys::encode_key(key);
    }
    return bytes;
}

void fail_showing_screen(const std::string& what, const PtyEditor& editor) {
    throw std::runtime_error(what + "; the screen showed:\n" +
                             e2e::screen_file_text(editor.screen()));
}

bool row_starts_with(const std::vector<std::string>& rows, int row, std::string_view text) {
    return row >= 0 && static_cast<std::size_t>(row) < rows.size() &&
           rows[static_cast<std::size_t>(row)].starts_with(text);
}

bool shows_first_screen(const std::vector<std::string>& rows, const BenchEditor& editor,
                        const BenchFile& file) {
    if (file.first_lines.empty()) {
        return false;
    }
    int top = editor.first_text_row;
    if (top < 0) { // a --peer: wherever the first line is
        const auto first = identifying_part(file.first_lines.front());
        const auto found = std::find_if(rows.begin(), rows.end(), [&](const std::string& row) {
            return row.starts_with(first);
        });
        top = static_cast<int>(found - rows.begin());
    }
    // A --peer's text rows are not known: what fits above the bottom row, up to a limit.
    const int room = editor.text_rows > 0 ? editor.text_rows
                                          : std::min(unknown_editor_rows_checked,
                                                     static_cast<int>(rows.size()) - top - 1);
    const int lines = std::min(room, static_cast<int>(file.first_lines.size()));
    if (lines < 1) {
        return false;
    }
    for (int i = 0; i < lines; ++i) {
        if (!row_starts_with(rows, top + i,
                             identifying_part(file.first_lines[static_cast<std::size_t>(i)]))) {
            return false;
        }
    }
    const auto name = file.path.filename().string();
    for (std::size_t row = 0; row < rows.size(); ++row) {
        const bool text = static_cast<int>(row) >= top && static_cast<int>(row) < top + lines;
        if (!text && rows[row].find(name) != std::string::npos) {
            return true;
        }
    }
    return false;
}

Clock::time_point wait_for_first_screen(PtyEditor& editor, const BenchFile& file,
                                        Clock::time_point deadline) {
    const auto shown = editor.wait_until(
        [&] { return shows_first_screen(editor.screen().rows(), editor.editor(), file); },
        deadline);
    if (!shown) {
        fail_showing_screen("no first screen in time", editor);
    }
    return *shown;
}

void wait_for_raw_terminal(PtyEditor& editor, Clock::time_point deadline) {
    if (!editor.wait_until_raw(deadline)) {
        fail_showing_screen("the terminal never became raw", editor);
    }
}

} // namespace trio::bench
