// Polls a pty into a VtermScreen until an expectation holds; formats mismatches as diffs.
#include "tests/e2e/harness/expect_screen.hpp"

#include <algorithm>
#include <cstdlib>
#include <string>

namespace trio::e2e {
namespace {

using std::chrono::milliseconds;

std::string position_text(CursorPosition pos) {
    return std::to_string(pos.row) + " " + std::to_string(pos.col);
}

} // namespace

std::chrono::milliseconds expect_timeout() {
    if (const char* value = std::getenv("TRIO_E2E_TIMEOUT"); value != nullptr && *value != 0) {
        char* end = nullptr;
        const double seconds = std::strtod(value, &end);
        if (end != value && seconds > 0) {
            return milliseconds(static_cast<long>(seconds * 1000));
        }
    }
#ifdef TRIO_SANITIZED
    return milliseconds(30'000);
#else
    return milliseconds(10'000);
#endif
}

Deadline expect_deadline() {
    return Clock::now() + expect_timeout();
}

bool pump_until(PtySession& session, VtermScreen& screen, const std::function<bool()>& done,
                Deadline deadline) {
    const OutputSink to_screen = [&screen](std::string_view bytes) { screen.feed(bytes); };
    while (!done()) {
        if (session.try_wait() && session.at_end_of_output()) {
            return false; // nothing on the screen can change any more
        }
        const auto now = Clock::now();
        if (now >= deadline) {
            return false;
        }
        session.pump(std::min(deadline, now + milliseconds(50)), to_screen);
    }
    return true;
}

ExpectResult compare_screen(const VtermScreen& screen, const ScreenExpectation& expected) {
    const auto actual = screen.rows();
    ExpectResult result{true, {}};
    if (actual != expected.rows) {
        result.matched = false;
        result.message += "screen differs:\n" + show_diff(expected.rows, actual);
    }
    if (expected.cursor && screen.cursor() != *expected.cursor) {
        result.matched = false;
        result.message += "cursor: expected " + position_text(*expected.cursor) + ", actual " +
                          position_text(screen.cursor()) + "\n";
    }
    if (expected.contains) {
        const bool found = std::any_of(actual.begin(), actual.end(), [&](const std::string& row) {
            return row.find(*expected.contains) != std::string::npos;
        });
        if (!found) {
            result.matched = false;
            result.message += "no row contains \"" + *expected.contains + "\"\n";
        }
    }
    if (!result.matched && actual == expected.rows) {
        result.message += "screen (as expected):\n";
        for (const auto& row : actual) {
            result.message += " " + row + "|\n";
        }
    }
    return result;
}

ExpectResult expect_screen(PtySession& session, VtermScreen& screen,
                           const ScreenExpectation& expected, Deadline deadline) {
    const auto matched = [&] { return compare_screen(screen, expected).matched; };
    if (pump_until(session, screen, matched, deadline)) {
        return {true, {}};
    }
    auto result = compare_screen(screen, expected);
    const auto exited = session.try_wait();
    result.message = (exited ? "the program exited (" + exited->to_string() + ") before the "
                             : std::string("timed out waiting for the ")) +
                     "expected screen\n" + result.message + "cursor is at " +
                     position_text(screen.cursor()) + "\n";
    return result;
}

ExpectResult expect_colours(PtySession& session, VtermScreen& screen,
                            const std::vector<std::string>& expected, Deadline deadline) {
    const auto first_rows = [&] {
        auto rows = screen.colour_rows();
        rows.resize(std::min(rows.size(), expected.size()));
        return rows;
    };
    const auto matched = [&] { return first_rows() == expected; };
    if (pump_until(session, screen, matched, deadline)) {
        return {true, {}};
    }
    return {false, "colours differ:\n" + show_diff(expected, first_rows())};
}

std::string show_diff(const std::vector<std::string>& expected,
                      const std::vector<std::string>& actual) {
    // Longest common subsequence table, from the end: screens are a few dozen rows.
    const auto n = expected.size();
    const auto m = actual.size();
    std::vector<std::vector<std::size_t>> common(n + 1, std::vector<std::size_t>(m + 1, 0));
    for (auto i = n; i-- > 0;) {
        for (auto j = m; j-- > 0;) {
            common[i][j] = expected[i] == actual[j] ? common[i + 1][j + 1] + 1
                                                    : std::max(common[i + 1][j], common[i][j + 1]);
        }
    }
    std::string body;
    bool differs = false;
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && expected[i] == actual[j]) {
            body += " " + expected[i++] + "|\n";
            ++j;
        } else if (i < n && (j == m || common[i + 1][j] >= common[i][j + 1])) {
            body += "-" + expected[i++] + "|\n";
            differs = true;
        } else {
            body += "+" + actual[j++] + "|\n";
            differs = true;
        }
    }
    if (!differs) {
        return {};
    }
    return "--- expected\n+++ actual\n" + body;
}

std::string screen_file_text(const VtermScreen& screen) {
    std::string text;
    for (const auto& row : screen.rows()) {
        text += row + "|\n";
    }
    text += "(cursor: " + position_text(screen.cursor()) + ")\n";
    return text;
}

} // namespace trio::e2e
