// Tests specific to ProcessRuntime: supervision of real child processes (signals, death
// notices, orphan prevention). The shared runtime behaviour is in tests/contract/.
#include "ipc/channel.hpp"
#include "ipc/function_component.hpp"
#include "ipc/process_runtime.hpp"
#include "ipc/unique_fd.hpp"

#include <array>
#include <chrono>
#include <csignal>
#include <gtest/gtest.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

namespace trio::ipc {
namespace {

using namespace std::chrono_literals;

// Sleeps in short naps rather than pause(): ThreadSanitizer defers a signal that arrives
// outside a blocking call until the thread's next intercepted call, and a signal deferred just
// before pause() would never be handled (the parent-death handler's alarm never armed). Real
// components wait in poll() with deadlines, which returns and lets the handler run.
std::function<int()> wait_to_be_killed() {
    return []() -> int {
        for (;;) {
            ::usleep(20'000);
        }
    };
}

std::vector<std::unique_ptr<Component>> sleepers(std::initializer_list<const char*> names) {
    std::vector<std::unique_ptr<Component>> list;
    for (const char* name : names) {
        list.push_back(std::make_unique<FunctionComponent>(name, wait_to_be_killed()));
    }
    return list;
}

TEST(ProcessRuntime, AChildKilledBySigkillIsReportedWithItsSignalAndAtOnce) {
    ProcessRuntime runtime;
    std::vector<ExitReport> abnormal;
    runtime.on_abnormal_exit = [&](const ExitReport& r) {
        abnormal.push_back(r);
        runtime.terminate_all(SIGTERM); // a supervisor's typical reaction: stop the rest
    };
    runtime.start(sleepers({"victim", "bystander"}));
    const std::vector<pid_t> pids = runtime.pids();
    ASSERT_EQ(pids.size(), 2U);
    ASSERT_EQ(::kill(pids[0], SIGKILL), 0);

    const std::vector<ExitReport> reports = runtime.join_all();
    ASSERT_EQ(reports.size(), 2U);
    EXPECT_EQ(reports[0].name, "victim");
    EXPECT_EQ(reports[0].pid, pids[0]);
    EXPECT_EQ(reports[0].term_signal, SIGKILL);
    EXPECT_EQ(reports[1].term_signal, SIGTERM);
    ASSERT_EQ(abnormal.size(), 2U);
    EXPECT_EQ(abnormal[0].name, "victim");
    EXPECT_EQ(abnormal[0].term_signal, SIGKILL);
}

TEST(ProcessRuntime, TerminateAllSignalsEveryRemainingChild) {
    ProcessRuntime runtime;
    runtime.start(sleepers({"a", "b", "c"}));
    runtime.terminate_all(SIGKILL);
    for (const ExitReport& r : runtime.join_all()) {
        EXPECT_EQ(r.term_signal, SIGKILL) << r.name;
        EXPECT_FALSE(r.clean());
    }
}

TEST(ProcessRuntime, TheDestructorKillsAndReapsChildrenNotJoined) {
    {
        ProcessRuntime runtime;
        runtime.start(sleepers({"forgotten"}));
    }
    int status = 0;
    EXPECT_EQ(::waitpid(-1, &status, WNOHANG), -1);
    EXPECT_EQ(errno, ECHILD);
}

TEST(ProcessRuntime, TheParentKeepsNoComponentAfterStart) {
    auto token = std::make_shared<int>(0);
    ProcessRuntime runtime;
    std::vector<std::unique_ptr<Component>> list;
    list.push_back(std::make_unique<FunctionComponent>("holder", [token] { return *token; }));
    runtime.start(std::move(list));
    EXPECT_EQ(token.use_count(), 1); // before join_all(): destroyed by start() itself
    (void)runtime.join_all();
}

TEST(ProcessRuntime, AnExitStatusOutOfRangeIsReportedAs70) {
    ProcessRuntime runtime;
    std::vector<std::unique_ptr<Component>> list;
    list.push_back(std::make_unique<FunctionComponent>("big", [] { return 256; }));
    runtime.start(std::move(list));
    EXPECT_EQ(runtime.join_all().at(0).exit_status, 70);
}

TEST(ProcessRuntime, ChildrenDieWithTheParentThatStartedThem) {
    // An intermediate process starts a runtime, reports its child's pid, and dies without
    // joining. PR_SET_PDEATHSIG must then kill the orphaned grandchild.
    std::array<int, 2> fds{};
    ASSERT_EQ(::pipe(fds.data()), 0);
    UniqueFd read_end(fds[0]);
    UniqueFd write_end(fds[1]);
    const pid_t middle = ::fork();
    if (middle == 0) {
        ProcessRuntime runtime;
        runtime.start(sleepers({"orphan"}));
        const pid_t grandchild = runtime.pids().at(0);
        const bool sent = ::write(write_end.get(), &grandchild, sizeof grandchild) ==
                          static_cast<ssize_t>(sizeof grandchild);
        ::_exit(sent ? 0 : 1); // no destructor runs: the runtime does not get to kill it
    }
    ASSERT_GT(middle, 0);
    write_end.reset();
    pid_t grandchild = 0;
    ASSERT_EQ(::read(read_end.get(), &grandchild, sizeof grandchild),
              static_cast<ssize_t>(sizeof grandchild));
    const UniqueFd watch(static_cast<int>(::syscall(SYS_pidfd_open, grandchild, 0U)));
    int status = 0;
    ASSERT_EQ(::waitpid(middle, &status, 0), middle);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << status;
    if (!watch.valid()) {
        EXPECT_EQ(errno, ESRCH); // already gone: killed even before we looked
        return;
    }
    // A pidfd becomes readable when its process ends; it is reaped by init, not by us.
    const bool ended = wait_readable(watch.get(), Clock::now() + 20s);
    EXPECT_TRUE(ended);
    if (!ended) { // else it would hold ctest's output pipe open until ctest's time-out
        (void)::syscall(SYS_pidfd_send_signal, watch.get(), SIGKILL, nullptr, 0U);
    }
}

} // namespace
} // namespace trio::ipc
