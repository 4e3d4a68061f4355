// Parses TRIO_FAULT and fires the planned fault (see fault_injection.hpp). Runs in every component.
#include "editor/components/fault_injection.hpp"

#include <charconv>
#include <stdexcept>

namespace trio::components {

FaultPlan parse_fault_plan(const char* text) {
    if (text == nullptr) {
        return {};
    }
    const std::string_view spec(text);
    const std::size_t colon = spec.find(':');
    if (colon == std::string_view::npos || colon == 0) {
        return {};
    }
    std::uint64_t at = 0;
    const std::string_view count = spec.substr(colon + 1);
    const auto [end, error] = std::from_chars(count.data(), count.data() + count.size(), at);
    if (error != std::errc{} || end != count.data() + count.size() || at == 0) {
        return {};
    }
    return FaultPlan{std::string(spec.substr(0, colon)), at};
}

void FaultTrigger::tick() {
    if (m_at != 0 && ++m_count == m_at) {
        throw std::runtime_error("injected fault");
    }
}

} // namespace trio::components
