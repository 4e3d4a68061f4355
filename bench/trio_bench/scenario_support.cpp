// Key encoding, first-screen and raw-mode waits shared by trio-bench's scenarios.
// Runs in trio-bench.
#include "bench/trio_bench/scenario_support.hpp"

#include "editor/keys/key.hpp"
#include "tests/e2e/harness/expect_screen.hpp"

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

Clock::time_point wait_for_first_screen(PtyEditor& editor, const BenchFile& file,
                                        Clock::time_point deadline) {
    const auto name = file.path.filename().string();
    const int text_row = editor.editor().first_text_row;
    const auto first_line = identifying_part(file.first_line);
    const auto first_screen = [&] {
        const auto rows = editor.screen().rows();
        if (!row_starts_with(rows, text_row, first_line)) {
            return false;
        }
        for (std::size_t row = 0; row < rows.size(); ++row) {
            if (static_cast<int>(row) != text_row && rows[row].find(name) != std::string::npos) {
                return true;
            }
        }
        return false;
    };
    const auto shown = editor.wait_until(first_screen, deadline);
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
