// Self-tests of PtySession and the session scan: programs run under a real pty.
#include "tests/e2e/harness/leftovers.hpp"
#include "tests/e2e/harness_selftest/terminal_fixture.hpp"

#include <csignal>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <poll.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace trio::e2e {
namespace {

// Whether process `pid` ends before the deadline; a pidfd is notified on exit, so no polling.
bool ends_in_time(int pidfd) {
    pollfd fd{pidfd, POLLIN, 0};
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(expect_timeout());
    return poll(&fd, 1, static_cast<int>(ms.count())) == 1;
}

TEST(PtySession, OutputOfTheProgramReachesTheScreen) {
    TerminalFixture t({"printf", "hello\\n"});
    EXPECT_TRUE(t.shows("hello"));
    EXPECT_EQ(t.wait_exit(), (ExitStatus{0, 0}));
}

TEST(PtySession, WaitExitReportsTheExitStatus) {
    TerminalFixture t({"sh", "-c", "exit 3"});
    EXPECT_EQ(t.wait_exit(), (ExitStatus{3, 0}));
}

TEST(PtySession, WaitExitReportsTheKillingSignal) {
    TerminalFixture t({"sh", "-c", "kill -9 $$"});
    const auto status = t.wait_exit();
    EXPECT_EQ(status, (ExitStatus{0, SIGKILL}));
    EXPECT_EQ(status->to_string(), "killed by signal 9 (SIGKILL)");
}

TEST(PtySession, ExecFailureIsShownAndExitsWith127) {
    TerminalFixture t({"/nonexistent/program"}, {5, 100});
    EXPECT_TRUE(t.shows("/nonexistent/program: No such file"));
    EXPECT_EQ(t.wait_exit(), (ExitStatus{127, 0}));
}

TEST(PtySession, TerminalHasTheRequestedSize) {
    TerminalFixture t({"stty", "size"}, {7, 33});
    EXPECT_TRUE(t.shows("7 33"));
}

TEST(PtySession, ProgramGetsTheEditorEnvironment) {
    TerminalFixture t({"sh", "-c", "echo \"$TERM $LANG ${LC_ALL-unset}\"; echo \"$HOME\""},
                      {5, 80});
    EXPECT_TRUE(t.shows("xterm-256color C.UTF-8 unset"));
    EXPECT_TRUE(t.shows((t.dir.path() / "home").string()));
}

TEST(PtySession, ProgramRunsInTheWorkingDirectory) {
    TerminalFixture t({"pwd"}, {5, 80});
    EXPECT_TRUE(t.shows(t.dir.path().string()));
}

TEST(PtySession, InputReachesTheProgramAndRawModeIsDetected) {
    TerminalFixture t({"sh", "-c", "read x; stty raw -echo; echo \"got $x\"; read y"});
    EXPECT_FALSE(t.session.input_is_raw()); // `read x` waits for a line in cooked mode
    t.session.write("go\n");
    EXPECT_TRUE(t.shows("got go"));
    EXPECT_TRUE(t.session.input_is_raw());
}

TEST(PtySession, LargeInputIsWrittenWithoutBlocking) {
    TerminalFixture t({"sh", "-c", "stty raw -echo; echo ready; head -c 1000000 > got"});
    ASSERT_TRUE(t.shows("ready"));
    t.session.write(std::string(1000000, 'x'));
    EXPECT_TRUE(t.session.input_pending()); // more than a pty buffer holds
    EXPECT_EQ(t.wait_exit(), (ExitStatus{0, 0}));
    EXPECT_EQ(std::filesystem::file_size(t.dir.path() / "got"), 1000000U);
}

TEST(PtySession, ResizeSignalsTheProgram) {
    TerminalFixture t({"sh", "-c",
                       "trap 'stty size; kill $!; exit 0' WINCH; sleep 30 & "
                       "echo ready; wait"});
    ASSERT_TRUE(t.shows("ready"));
    t.session.resize({9, 50});
    EXPECT_TRUE(t.shows("9 50"));
    EXPECT_EQ(t.wait_exit(), (ExitStatus{0, 0}));
}

TEST(PtySession, SessionScanFindsABackgroundChildAndTheDestructorKillsIt) {
    int sleeper_fd = -1;
    {
        TerminalFixture t({"sh", "-c", "sleep 30 & echo started; wait"});
        ASSERT_TRUE(t.shows("started"));
        const auto processes = processes_in_session(t.session.pid());
        ASSERT_EQ(processes.size(), 2U);
        EXPECT_EQ(processes[0].pid, t.session.pid());
        // The background child (it may not have exec'd `sleep` yet, so not found by name).
        const auto& sleeper = processes[1];
        EXPECT_FALSE(sleeper.zombie());
        sleeper_fd = static_cast<int>(syscall(SYS_pidfd_open, sleeper.pid, 0));
        ASSERT_GE(sleeper_fd, 0);
    }
    EXPECT_TRUE(ends_in_time(sleeper_fd));
    close(sleeper_fd);
}

TEST(PtySession, KillEndsTheLeaderButNotItsBackgroundChild) {
    // The kernel hangs up the foreground group when the session leader dies: ignore that.
    TerminalFixture t({"sh", "-c", "trap '' HUP; sleep 30 & echo started; wait"});
    ASSERT_TRUE(t.shows("started"));
    t.session.kill(SIGKILL);
    EXPECT_EQ(t.wait_exit(), (ExitStatus{0, SIGKILL}));
    const auto left = processes_in_session(t.session.pid());
    ASSERT_EQ(left.size(), 1U);
    EXPECT_NE(left[0].pid, t.session.pid());
    EXPECT_FALSE(left[0].zombie());
    EXPECT_FALSE(t.session.drain(Clock::now(), [](std::string_view) {})); // sleep holds the pty
}

TEST(PtySession, RunsAsAnotherUserWhenRoot) {
    if (geteuid() != 0) {
        GTEST_SKIP() << "only root can switch users";
    }
    TerminalFixture t({"id", "-un"}, {5, 40}, "nobody");
    EXPECT_TRUE(t.shows("nobody"));
    EXPECT_EQ(t.wait_exit(), (ExitStatus{0, 0}));
}

TEST(Leftovers, NamesWithPrefixListsMatchingEntriesSorted) {
    TempDir dir("trio-e2e-selftest");
    for (const char* name : {"trio.12.b", "trio.12.a", "trio.123.c", "other"}) {
        std::ofstream(dir.path() / name) << "";
    }
    EXPECT_EQ(names_with_prefix(dir.path().string(), shm_prefix_of(12)),
              (std::vector<std::string>{"trio.12.a", "trio.12.b"}));
}

} // namespace
} // namespace trio::e2e
