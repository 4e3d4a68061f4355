// A program under a pty wired to an emulated screen, for the e2e harness self-tests.
#pragma once

#include "tests/e2e/harness/expect_screen.hpp"
#include "tests/e2e/harness/pty_session.hpp"
#include "tests/e2e/harness/temp_dir.hpp"
#include "tests/e2e/harness/vterm_screen.hpp"

#include <algorithm>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace trio::e2e {

// Readable gtest messages for exit statuses.
inline void PrintTo(const ExitStatus& status, std::ostream* out) {
    *out << status.to_string();
}

struct TerminalFixture {
    explicit TerminalFixture(std::vector<std::string> argv, TerminalSize size = {5, 40},
                             std::optional<std::string> user = std::nullopt)
        : session(options(dir, std::move(argv), size, std::move(user))),
          screen(size, [this](std::string_view reply) { session.write(reply); }) {}

    // Pumps until some row contains `text` (false after expect_timeout() or the program's end).
    [[nodiscard]] bool shows(const std::string& text) {
        const auto found = [&] {
            const auto rows = screen.rows();
            return std::any_of(rows.begin(), rows.end(), [&](const std::string& row) {
                return row.find(text) != std::string::npos;
            });
        };
        return pump_until(session, screen, found, expect_deadline());
    }

    [[nodiscard]] std::optional<ExitStatus> wait_exit() {
        return session.wait_exit(expect_deadline(),
                                 [this](std::string_view bytes) { screen.feed(bytes); });
    }

    static SessionOptions options(const TempDir& dir, std::vector<std::string> argv,
                                  TerminalSize size, std::optional<std::string> user) {
        if (user) { // another user must be able to enter the directory
            std::filesystem::permissions(dir.path(), std::filesystem::perms::others_exec,
                                         std::filesystem::perm_options::add);
        }
        return {std::move(argv), dir.path(), editor_environment(dir.path() / "home"), size,
                std::move(user)};
    }

    TempDir dir{"trio-e2e-selftest"};
    PtySession session;
    VtermScreen screen;
};

} // namespace trio::e2e
