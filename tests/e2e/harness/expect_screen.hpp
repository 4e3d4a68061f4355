// Waits, by polling the pty, until the emulated screen shows what an e2e case expects, and
// explains a mismatch with a unified diff (Neovim's screen:expect, Kakoune's show_diff).
#pragma once

#include "tests/e2e/harness/pty_session.hpp"
#include "tests/e2e/harness/vterm_screen.hpp"

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace trio::e2e {

struct ScreenExpectation {
    std::vector<std::string> rows;        // the whole screen, one string per row
    std::optional<CursorPosition> cursor; // checked when set
    std::optional<std::string> contains;  // a substring that must appear on some row
};

struct ExpectResult {
    bool matched = false;
    std::string message; // on a mismatch: what differs (diff, cursor, missing text)
};

// How long a screen may take to appear: TRIO_E2E_TIMEOUT seconds when set, else 10 s
// (30 s in sanitizer builds). Generous on purpose: a passing test never waits for it.
[[nodiscard]] std::chrono::milliseconds expect_timeout();
[[nodiscard]] Deadline expect_deadline(); // now + expect_timeout()

// Pumps pty output into `screen` until `done()` holds (true), the deadline passes or the
// program has exited and closed the pty (false). `done` is re-checked at least every 50 ms,
// so it may watch state that changes without output (e.g. PtySession::input_is_raw).
[[nodiscard]] bool pump_until(PtySession& session, VtermScreen& screen,
                              const std::function<bool()>& done, Deadline deadline);

// Whether `screen` shows `expected` now; the explanation of a mismatch otherwise.
[[nodiscard]] ExpectResult compare_screen(const VtermScreen& screen,
                                          const ScreenExpectation& expected);

// pump_until(compare_screen(...).matched); on failure the result explains the last mismatch.
[[nodiscard]] ExpectResult expect_screen(PtySession& session, VtermScreen& screen,
                                         const ScreenExpectation& expected, Deadline deadline);

// pump_until the first expected.size() rows of screen.colour_rows() (VtermScreen) are
// `expected`; on failure the result holds a diff of those rows.
[[nodiscard]] ExpectResult expect_colours(PtySession& session, VtermScreen& screen,
                                          const std::vector<std::string>& expected,
                                          Deadline deadline);

// A line-based unified diff of two grids, every row shown, each followed by '|' so that
// trailing spaces are visible: " same|", "-expected|", "+actual|". Empty when equal.
[[nodiscard]] std::string show_diff(const std::vector<std::string>& expected,
                                    const std::vector<std::string>& actual);

// The screen in the `screen` file format (each row followed by "|\n"), plus the cursor, for
// authoring new cases from a real run.
[[nodiscard]] std::string screen_file_text(const VtermScreen& screen);

} // namespace trio::e2e
