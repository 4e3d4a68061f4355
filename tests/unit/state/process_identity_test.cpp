// ProcessIdentity and liveness: a pid is alive only with its own start time; dead, reaped
// and zombie processes are gone.
#include "editor/state/process_identity.hpp"
#include "state_test_support.hpp"

#include <gtest/gtest.h>
#include <sys/wait.h>

namespace trio::state {
namespace {

TEST(ProcessIdentity, ThisProcessIsRunning) {
    const ProcessIdentity self = current_process();
    EXPECT_EQ(self.pid, ::getpid());
    EXPECT_GT(self.start_time, 0U);
    EXPECT_EQ(liveness(self), Liveness::Running);
}

TEST(ProcessIdentity, OurPidWithAnotherStartTimeIsARecycledPidAndGone) {
    ProcessIdentity recycled = current_process();
    recycled.start_time += 1;
    EXPECT_EQ(liveness(recycled), Liveness::Gone);
}

TEST(ProcessIdentity, AChildStartsAfterUs) {
    testing::Gate finish;
    const pid_t child = testing::spawn([&finish] {
        finish.wait();
        return 0;
    });
    const auto start = process_start_time(child);
    ASSERT_TRUE(start.has_value());
    EXPECT_GE(*start, current_process().start_time);
    EXPECT_EQ(liveness({child, *start}), Liveness::Running);
    finish.open();
    EXPECT_EQ(testing::reap(child), 0);
}

TEST(ProcessIdentity, AZombieAndThenAReapedChildAreGone) {
    const pid_t child = testing::spawn([] { return 0; });
    const auto start = process_start_time(child); // may already be a zombie: still readable
    ASSERT_TRUE(start.has_value());
    siginfo_t info{};
    // Wait until it has exited but leave it unreaped: a zombie.
    ASSERT_EQ(::waitid(P_PID, static_cast<id_t>(child), &info, WEXITED | WNOWAIT), 0);
    EXPECT_EQ(liveness({child, *start}), Liveness::Gone);
    EXPECT_EQ(testing::reap(child), 0);
    EXPECT_EQ(liveness({child, *start}), Liveness::Gone);
    EXPECT_FALSE(process_start_time(child).has_value());
}

TEST(ProcessIdentity, NonPositivePidsAreNeverRunning) {
    EXPECT_EQ(liveness({0, 1}), Liveness::Gone);
    EXPECT_EQ(liveness({-1, 1}), Liveness::Gone);
}

} // namespace
} // namespace trio::state
