// Self-tests of the e2e case runner, against a stand-in editor (fake_editor.cpp) that can be
// told to misbehave, so that every check of the runner is seen to pass and to fail.
#include "tests/e2e/harness/case_runner.hpp"
#include "tests/e2e/harness/expect_screen.hpp"

#include <cstdlib>
#include <filesystem>
#include <gtest/gtest.h>
#include <optional>
#include <poll.h>
#include <string>
#include <sys/syscall.h>
#include <unistd.h>

namespace trio::e2e {
namespace {

const std::filesystem::path cases = TRIO_E2E_SELFTEST_CASES_DIR;
const Executable fake{"fake", TRIO_E2E_FAKE_EDITOR, "fake     "};

CaseReport run(const std::string& name) {
    return run_case(load_case(cases, name), fake);
}

std::string all(const CaseReport& report) {
    std::string text;
    for (const auto& failure : report.failures) {
        text += failure + "\n";
    }
    return text;
}

bool mentions(const CaseReport& report, const std::string& text) {
    return all(report).find(text) != std::string::npos;
}

TEST(CaseRunner, PassingCaseReportsNoFailure) {
    const auto report = run("typing");
    EXPECT_FALSE(report.skipped);
    EXPECT_TRUE(report.failures.empty()) << all(report);
}

TEST(CaseRunner, NewFileWithWideCharactersIsSaved) {
    const auto report = run("new-file-wide");
    EXPECT_TRUE(report.failures.empty()) << all(report);
}

TEST(CaseRunner, RunsTheEditorAsTheCaseUser) {
    const auto report = run("as-nobody");
    if (report.skipped) {
        GTEST_SKIP() << report.skip_reason;
    }
    EXPECT_TRUE(report.failures.empty()) << all(report);
}

TEST(CaseRunner, CaseIsSkippedWhenEnabledFails) {
    const auto report = run("disabled");
    EXPECT_TRUE(report.skipped);
    EXPECT_EQ(report.skip_reason, "`enabled` exited with 1: not on this machine\n");
}

// Shortens the harness's waits for a case that is meant to time out.
class ShortTimeout {
public:
    ShortTimeout() {
        if (const char* value = std::getenv("TRIO_E2E_TIMEOUT")) {
            m_saved = value;
        }
        setenv("TRIO_E2E_TIMEOUT", "0.3", 1);
    }
    ~ShortTimeout() {
        m_saved ? setenv("TRIO_E2E_TIMEOUT", m_saved->c_str(), 1) : unsetenv("TRIO_E2E_TIMEOUT");
    }
    ShortTimeout(const ShortTimeout&) = delete;
    ShortTimeout& operator=(const ShortTimeout&) = delete;

private:
    std::optional<std::string> m_saved;
};

TEST(CaseRunner, WrongScreenFailsWithADiff) {
    const auto report = [] {
        ShortTimeout short_timeout;
        return run("wrong-screen");
    }();
    ASSERT_EQ(report.failures.size(), 1U) << all(report);
    EXPECT_TRUE(mentions(report, "-abd       |\n+abc       |\n")) << all(report);
    EXPECT_EQ(report.actual_screen, "abc       |\nfake      |\n          |\n(cursor: 0 3)\n");
}

TEST(CaseRunner, EditorThatDoesNotQuitIsKilledAndReported) {
    const auto report = [] {
        ShortTimeout short_timeout;
        return run("no-exit");
    }();
    ASSERT_EQ(report.failures.size(), 1U) << all(report);
    EXPECT_TRUE(mentions(report, "did not exit within 0.3 s of the quit keys (<c-q>); killed it"))
        << all(report);
}

TEST(CaseRunner, LeftoverProcessIsReportedAndKilled) {
    const auto report = run("leaked-child");
    ASSERT_EQ(report.failures.size(), 1U) << all(report);
    EXPECT_TRUE(mentions(report, "processes of the editor's session remain")) << all(report);
    EXPECT_TRUE(mentions(report, "(trio_e2e_fake_e) state ")) << all(report);
    EXPECT_FALSE(mentions(report, "zombie")) << all(report);
    // "  <pid> (name) ...": that process must end (the runner SIGKILLed it).
    const pid_t leaked = std::stoi(report.failures[0].substr(report.failures[0].find('\n') + 1));
    const int pidfd = static_cast<int>(syscall(SYS_pidfd_open, leaked, 0));
    if (pidfd >= 0) { // else it is already gone
        pollfd fd{pidfd, POLLIN, 0};
        EXPECT_EQ(poll(&fd, 1, static_cast<int>(expect_timeout().count())), 1);
        close(pidfd);
    }
}

TEST(CaseRunner, LeftoverSharedMemoryIsReportedAndRemoved) {
    const auto report = run("leaked-shm");
    ASSERT_EQ(report.failures.size(), 1U) << all(report);
    const auto& message = report.failures[0];
    ASSERT_NE(message.find("remain in /dev/shm"), std::string::npos) << message;
    const auto name_at = message.find("trio.");
    ASSERT_NE(name_at, std::string::npos) << message;
    const auto name = message.substr(name_at, message.find('\n', name_at) - name_at);
    EXPECT_TRUE(name.ends_with(".fake")) << name;
    EXPECT_FALSE(std::filesystem::exists("/dev/shm/" + name));
}

TEST(CaseRunner, TerminalLeftOnTheAlternateScreenIsReported) {
    const auto report = run("not-restored");
    ASSERT_EQ(report.failures.size(), 1U) << all(report);
    EXPECT_TRUE(mentions(report, "still on the alternate screen")) << all(report);
}

TEST(CaseRunner, UnexpectedExitStatusIsReported) {
    const auto report = run("exit-status");
    ASSERT_EQ(report.failures.size(), 1U) << all(report);
    EXPECT_TRUE(mentions(report, "expected exit status 0, got exit status 3")) << all(report);
}

} // namespace
} // namespace trio::e2e
