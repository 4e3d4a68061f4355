// When trio-proc's input stops restarting a component that keeps dying.
#include "editor/components/restart_policy.hpp"

#include <gtest/gtest.h>

namespace trio::components {
namespace {

constexpr protocol::TimestampNs ms = 1'000'000;

TEST(RestartPolicy, AComponentKilledNowAndThenIsAlwaysRestarted) {
    RestartPolicy policy;
    protocol::TimestampNs now = 0;
    policy.started(now);
    for (int i = 0; i < 50; ++i) {
        now += 1500 * ms; // each instance ran longer than `quick`
        ASSERT_TRUE(policy.died(now)) << i;
        policy.restarted(now);
    }
    EXPECT_EQ(policy.restarts(), 50U);
}

TEST(RestartPolicy, FiveQuickDeathsInARowStopTheRestarts) {
    RestartPolicy policy;
    protocol::TimestampNs now = 0;
    policy.started(now);
    for (unsigned i = 1; i < RestartPolicy::limit; ++i) {
        now += 10 * ms;
        ASSERT_TRUE(policy.died(now)) << i;
        policy.restarted(now);
    }
    now += 10 * ms;
    EXPECT_FALSE(policy.died(now));
    EXPECT_EQ(policy.restarts(), RestartPolicy::limit - 1);
}

TEST(RestartPolicy, ALongRunBetweenQuickDeathsStartsTheCountAgain) {
    RestartPolicy policy;
    protocol::TimestampNs now = 0;
    policy.started(now);
    for (unsigned i = 1; i < RestartPolicy::limit; ++i) {
        now += 10 * ms;
        ASSERT_TRUE(policy.died(now));
        policy.restarted(now);
    }
    now += 2000 * ms;
    EXPECT_TRUE(policy.died(now)); // this instance lived: not a crash loop
    policy.restarted(now);
    now += 10 * ms;
    EXPECT_TRUE(policy.died(now));
}

} // namespace
} // namespace trio::components
