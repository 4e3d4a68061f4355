// Tests for the input component's poll() timeout: which wake-up wins, and that a moment
// already past never makes it spin.
#include "editor/components/input_wakeups.hpp"

#include <gtest/gtest.h>

namespace trio::components {
namespace {

constexpr protocol::TimestampNs ms = 1'000'000;
constexpr protocol::TimestampNs now = 7'000 * ms;

TEST(InputWakeups, NothingDueWaitsForADescriptor) {
    EXPECT_EQ(poll_timeout_ms({}, now), -1);
}

TEST(InputWakeups, BackgroundWorkReturnsAtOnceWhateverElseIsDue) {
    EXPECT_EQ(poll_timeout_ms({true, true, now + 5 * ms, true, now + 5 * ms}, now), 0);
}

TEST(InputWakeups, ALoneEscapeWaitsTheEscapeTimeoutBeforeTheJournal) {
    EXPECT_EQ(poll_timeout_ms({false, true, now + 2 * ms, false, std::nullopt}, now),
              escape_timeout_ms);
}

TEST(InputWakeups, TheJournalsNextChangeIsRoundedUpAndNeverZero) {
    EXPECT_EQ(poll_timeout_ms({false, false, now + 1500 * ms, false, std::nullopt}, now), 1501);
    EXPECT_EQ(poll_timeout_ms({false, false, now - 3 * ms, false, std::nullopt}, now), 1);
}

TEST(InputWakeups, TheShownPanelRefreshesAtLeastEveryHalfSecond) {
    EXPECT_EQ(poll_timeout_ms({false, false, std::nullopt, true, std::nullopt}, now),
              panel_refresh_ms);
    EXPECT_EQ(poll_timeout_ms({false, false, now + 2000 * ms, true, std::nullopt}, now),
              panel_refresh_ms);
    EXPECT_EQ(poll_timeout_ms({false, true, std::nullopt, true, std::nullopt}, now),
              escape_timeout_ms);
}

TEST(InputWakeups, AStuckPeerCheckCutsAnyWaitShort) {
    EXPECT_EQ(poll_timeout_ms({false, false, std::nullopt, false, now + 40 * ms}, now), 41);
    EXPECT_EQ(poll_timeout_ms({false, false, std::nullopt, true, now + 900 * ms}, now),
              panel_refresh_ms);
}

} // namespace
} // namespace trio::components
