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

// How many lines of a --peer's first screen are checked (its text rows are not known).
inline constexpr int unknown_editor_rows_checked = 10;

// Whether `rows` show `file`'s first complete screen in `editor`: the file's first lines on
// its text rows (as many as the rows hold or the file has; for a --peer, from wherever the
// first line is) and the file's name on another row (a status, title or message line).
[[nodiscard]] bool shows_first_screen(const std::vector<std::string>& rows,
                                      const BenchEditor& editor, const BenchFile& file);

// Waits until shows_first_screen() holds and returns the time of the read that completed it.
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
