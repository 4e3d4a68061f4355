// Tests of HostedRuntime: the host runs in the test process, the other components in children
// it supervises (death notices, reaping, respawn, the end of the session, the host's death).
#include "ipc/function_component.hpp"
#include "ipc/hosted_runtime.hpp"
#include "ipc/unique_fd.hpp"

#include <array>
#include <chrono>
#include <csignal>
#include <gtest/gtest.h>
#include <memory>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

namespace trio::ipc {
namespace {

using namespace std::chrono_literals;

struct Pipe {
    std::shared_ptr<UniqueFd> read_end;
    std::shared_ptr<UniqueFd> write_end;
    Pipe() {
        std::array<int, 2> fds{};
        if (::pipe(fds.data()) != 0) {
            throw std::runtime_error("pipe");
        }
        read_end = std::make_shared<UniqueFd>(fds[0]);
        write_end = std::make_shared<UniqueFd>(fds[1]);
    }
};

// A child that lives until the pipe's write end is closed everywhere (as a component lives
// until its input channel ends), then exits 0.
std::unique_ptr<Component> reader(const char* name, std::shared_ptr<UniqueFd> read_end) {
    return std::make_unique<FunctionComponent>(name, [read_end] {
        char byte = 0;
        while (::read(read_end->get(), &byte, 1) != 0) {
        }
        return 0;
    });
}

// The host's body runs in this process: the task name it sets is put back afterwards.
class HostedRuntimeTest : public ::testing::Test {
protected:
    void SetUp() override { ::prctl(PR_GET_NAME, m_name.data()); }
    void TearDown() override { ::prctl(PR_SET_NAME, m_name.data()); }

private:
    std::array<char, 17> m_name{};
};

bool readable_within(int fd, int timeout_ms) {
    pollfd entry{fd, POLLIN, 0};
    return ::poll(&entry, 1, timeout_ms) == 1;
}

TEST_F(HostedRuntimeTest, TheHostRunsHereAndTheChildrenEndWhenItsEndsClose) {
    Pipe pipe;
    pid_t host_pid = 0;
    std::vector<ChildStatus> seen;
    HostedRuntime runtime;
    std::vector<std::unique_ptr<Component>> parts;
    parts.push_back(std::make_unique<FunctionComponent>("host", [&, write_end = pipe.write_end] {
        host_pid = ::getpid();
        seen = runtime.children();
        return 0;
    }));
    parts.push_back(reader("a", pipe.read_end));
    parts.push_back(reader("b", pipe.read_end));
    pipe.write_end.reset(); // the host component holds the only copy now
    pipe.read_end.reset();
    runtime.start(std::move(parts));

    const std::vector<ExitReport> reports = runtime.join_all();
    EXPECT_EQ(host_pid, ::getpid());
    ASSERT_EQ(seen.size(), 2U);
    EXPECT_EQ(seen[0].name, "a");
    EXPECT_TRUE(seen[0].running);
    EXPECT_NE(seen[0].pid, seen[1].pid);
    ASSERT_EQ(reports.size(), 3U);
    EXPECT_EQ(reports[0].name, "host");
    EXPECT_EQ(reports[0].pid, ::getpid());
    for (const ExitReport& report : reports) {
        EXPECT_TRUE(report.clean()) << report.name;
        EXPECT_FALSE(report.restarted);
    }
    int status = 0;
    EXPECT_EQ(::waitpid(-1, &status, WNOHANG), -1) << "a child was left unreaped";
}

TEST_F(HostedRuntimeTest, ADeadChildIsReapedAndRespawnedWithANewPid) {
    Pipe pipe;
    std::vector<ExitReport> deaths;
    std::vector<ChildStatus> after;
    HostedRuntime runtime;
    std::vector<std::unique_ptr<Component>> parts;
    auto read_end = pipe.read_end;
    parts.push_back(
        std::make_unique<FunctionComponent>("host", [&, write_end = pipe.write_end, read_end] {
            const pid_t first = runtime.children().at(0).pid;
            ::kill(first, SIGKILL);
            const std::vector<int> fds = runtime.death_fds();
            if (fds.size() != 1 || !readable_within(fds[0], 20'000)) {
                return 1;
            }
            deaths = runtime.reap_ended();
            // The replacement must not keep the host's write end open, or it never ends.
            runtime.respawn(reader("worker", read_end), [&write_end] { write_end->reset(); });
            after = runtime.children();
            return 0;
        }));
    parts.push_back(reader("worker", pipe.read_end));
    pipe.write_end.reset();
    pipe.read_end.reset();
    read_end.reset();
    runtime.start(std::move(parts));

    const std::vector<ExitReport> reports = runtime.join_all();
    ASSERT_EQ(deaths.size(), 1U);
    EXPECT_EQ(deaths[0].name, "worker");
    EXPECT_EQ(deaths[0].term_signal, SIGKILL);
    ASSERT_EQ(after.size(), 1U);
    EXPECT_EQ(after[0].restarts, 1U);
    EXPECT_TRUE(after[0].running);
    EXPECT_NE(after[0].pid, deaths[0].pid);
    ASSERT_EQ(reports.size(), 3U); // host, the replacement, the replaced instance
    EXPECT_EQ(reports[0].exit_status, 0);
    EXPECT_EQ(reports[1].pid, after[0].pid);
    EXPECT_TRUE(reports[1].clean());
    EXPECT_TRUE(reports[2].restarted);
    EXPECT_EQ(reports[2].term_signal, SIGKILL);
    int status = 0;
    EXPECT_EQ(::waitpid(-1, &status, WNOHANG), -1);
}

TEST_F(HostedRuntimeTest, RespawnNeedsAnEndedChildOfThatName) {
    Pipe pipe;
    HostedRuntime runtime;
    std::vector<std::unique_ptr<Component>> parts;
    bool refused = false;
    auto read_end = pipe.read_end;
    parts.push_back(
        std::make_unique<FunctionComponent>("host", [&, write_end = pipe.write_end, read_end] {
            try {
                runtime.respawn(reader("worker", read_end), {}); // still running
            } catch (const std::logic_error&) {
                refused = true;
            }
            return 0;
        }));
    parts.push_back(reader("worker", pipe.read_end));
    pipe.write_end.reset();
    pipe.read_end.reset();
    read_end.reset();
    runtime.start(std::move(parts));
    (void)runtime.join_all();
    EXPECT_TRUE(refused);
}

TEST_F(HostedRuntimeTest, AChildThatDoesNotEndIsKilledAfterTheGrace) {
    HostedRuntime runtime(50ms);
    std::vector<std::unique_ptr<Component>> parts;
    parts.push_back(std::make_unique<FunctionComponent>("host", [] { return 0; }));
    parts.push_back(std::make_unique<FunctionComponent>("stuck", [] {
        for (;;) {
            ::pause();
        }
        return 0;
    }));
    runtime.start(std::move(parts));
    const std::vector<ExitReport> reports = runtime.join_all();
    ASSERT_EQ(reports.size(), 2U);
    EXPECT_EQ(reports[1].term_signal, SIGKILL);
}

TEST_F(HostedRuntimeTest, ChildrenEndWhenTheHostProcessIsKilled) {
    // The host process is killed while its child is stuck (it ignores end-of-stream): the
    // parent-death signal's backstop alarm must end the child anyway.
    std::array<int, 2> fds{};
    ASSERT_EQ(::pipe(fds.data()), 0);
    UniqueFd read_end(fds[0]);
    UniqueFd write_end(fds[1]);
    const pid_t host = ::fork();
    if (host == 0) {
        HostedRuntime runtime;
        std::vector<std::unique_ptr<Component>> parts;
        parts.push_back(std::make_unique<FunctionComponent>("host", [&] {
            const pid_t child = runtime.children().at(0).pid;
            (void)!::write(write_end.get(), &child, sizeof child);
            for (;;) {
                ::pause(); // killed here
            }
            return 0;
        }));
        parts.push_back(std::make_unique<FunctionComponent>("stuck", [] {
            for (;;) {
                // Naps, not pause(): under ThreadSanitizer a signal deferred just before
                // pause() would never run its handler (process_runtime_test.cpp).
                ::usleep(20'000);
            }
            return 0;
        }));
        runtime.start(std::move(parts));
        (void)runtime.join_all();
        ::_exit(0);
    }
    ASSERT_GT(host, 0);
    write_end.reset();
    pid_t child = 0;
    ASSERT_EQ(::read(read_end.get(), &child, sizeof child), static_cast<ssize_t>(sizeof child));
    const UniqueFd watch(static_cast<int>(::syscall(SYS_pidfd_open, child, 0U)));
    ASSERT_TRUE(watch.valid());
    ASSERT_EQ(::kill(host, SIGKILL), 0);
    int status = 0;
    ASSERT_EQ(::waitpid(host, &status, 0), host);
    // Readable once the orphan has ended (init reaps it, not us). Bounded generously: the
    // figure itself (about parent_death_grace_seconds) is not a test's business.
    const bool ended = readable_within(watch.get(), 20'000);
    EXPECT_TRUE(ended);
    if (!ended) { // else it would hold ctest's output pipe open until ctest's time-out
        (void)::syscall(SYS_pidfd_send_signal, watch.get(), SIGKILL, nullptr, 0U);
    }
}

} // namespace
} // namespace trio::ipc
