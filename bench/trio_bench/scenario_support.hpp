// What every trio-bench scenario does around its measurement: keys to bytes, the first screen,
// failing with the screen that was shown instead. Runs in trio-bench.
#pragma once

#include "bench/trio_bench/bench_file.hpp"
#include "bench/trio_bench/pty_editor.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace trio::bench {

// The bytes a terminal sends for keys in editor/keys/key.hpp's notation ("<c-q>", "a<ret>").
// Throws std::invalid_argument on a notation error.
[[nodiscard]] std::string encode_keys(std::string_view notation);

// Throws std::runtime_error: `what`, then the editor's screen as text.
[[noreturn]] void fail_showing_screen(const std::string& what, const PtyEditor& editor);

// Enough of a bench file's line to identify it (each starts with its number), short enough
// never to be cut by the screen's width.
[[nodiscard]] inline std::string_view identifying_part(std::string_view line) {
    return line.substr(0, 40);
}

// Whether screen row `row` exists and starts with `text`.
[[nodiscard]] bool row_starts_with(const std::vector<std::string>& rows, int row,
                                   std::string_view text);

// Waits until the editor shows `file`'s first line on its first text row and the file's name
// on another row (trio's status line), and returns the time of the read that completed it.
// Throws (fail_showing_screen) when that has not happened by `deadline`.
Clock::time_point wait_for_first_screen(PtyEditor& editor, const BenchFile& file,
                                        Clock::time_point deadline);

// Until the terminal is raw: keys typed before would be echoed or become signals (a first
// screen drawn before raw mode is possible in principle, so it is checked, not assumed).
// Throws (fail_showing_screen) when that has not happened by `deadline`.
void wait_for_raw_terminal(PtyEditor& editor, Clock::time_point deadline);

[[nodiscard]] inline double milliseconds_between(Clock::time_point from, Clock::time_point to) {
    return std::chrono::duration<double, std::milli>(to - from).count();
}
[[nodiscard]] inline double microseconds_between(Clock::time_point from, Clock::time_point to) {
    return std::chrono::duration<double, std::micro>(to - from).count();
}

} // namespace trio::bench
