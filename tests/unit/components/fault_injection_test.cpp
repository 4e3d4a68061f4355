// TRIO_FAULT parsing and the trigger the fault tests rely on.
#include "editor/components/fault_injection.hpp"

#include <gtest/gtest.h>
#include <stdexcept>

namespace trio::components {
namespace {

TEST(FaultInjection, APlanNamesAComponentAndACount) {
    const FaultPlan plan = parse_fault_plan("render:5");
    EXPECT_EQ(plan.component, "render");
    EXPECT_EQ(plan.at, 5U);
}

TEST(FaultInjection, MalformedPlansInjectNothing) {
    for (const char* text : {"", "render", "render:", ":5", "render:0", "render:5x", "render:-1"}) {
        EXPECT_TRUE(parse_fault_plan(text).component.empty()) << text;
    }
    EXPECT_TRUE(parse_fault_plan(nullptr).component.empty());
}

TEST(FaultInjection, TheTriggerThrowsAtThePlannedMessageOnlyAndOnlyOnce) {
    FaultTrigger trigger(parse_fault_plan("autosave:3"), "autosave");
    EXPECT_NO_THROW(trigger.tick());
    EXPECT_NO_THROW(trigger.tick());
    EXPECT_THROW(trigger.tick(), std::runtime_error);
    EXPECT_NO_THROW(trigger.tick());
}

TEST(FaultInjection, AnotherComponentsPlanIsInert) {
    FaultTrigger trigger(parse_fault_plan("autosave:1"), "render");
    for (int i = 0; i < 5; ++i) {
        EXPECT_NO_THROW(trigger.tick());
    }
}

} // namespace
} // namespace trio::components
