// Test-only fault injection, so the fault tests can make a component fail the way a bug would
// (an exception on its thread or in its process) at a chosen moment: TRIO_FAULT=<component>:<n>
// makes that component throw at the n-th message it handles (input: key; render: view drawn;
// autosave: message received). Parsed by the launcher; checked in every component.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace trio::components {

struct FaultPlan {
    std::string component; // empty: no fault
    std::uint64_t at = 0;  // 1-based count of the component's messages
};

// "render:5" → {render, 5}. Null, empty or malformed text (a typo in a test) → no fault.
[[nodiscard]] FaultPlan parse_fault_plan(const char* text);

// Counts one component's messages and throws std::runtime_error("injected fault") at the
// planned one. Inert unless the plan names this component.
class FaultTrigger {
public:
    FaultTrigger(const FaultPlan& plan, std::string_view component)
        : m_at(plan.component == component ? plan.at : 0) {}
    void tick();

private:
    std::uint64_t m_at;
    std::uint64_t m_count = 0;
};

} // namespace trio::components
