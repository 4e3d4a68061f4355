// Catches what a component let escape and names the task. Runs in every component's
// thread or process.
#include "ipc/guarded_run.hpp"

#include <algorithm>
#include <cstdio>
#include <exception>

namespace trio::ipc {

std::string task_name(std::string_view component_name) {
    constexpr std::size_t max_task_name = 15; // TASK_COMM_LEN - 1
    std::string name = "trio-";
    name += component_name;
    name.resize(std::min(name.size(), max_task_name));
    return name;
}

int run_guarded(Component& component) noexcept {
    // The name is printed from a string_view: nothing in the handlers may throw.
    try {
        return component.run();
    } catch (const std::exception& e) {
        const std::string_view name = component.name();
        std::fprintf(stderr, "trio: component %.*s: uncaught exception: %s\n",
                     static_cast<int>(name.size()), name.data(), e.what());
    } catch (...) {
        const std::string_view name = component.name();
        std::fprintf(stderr, "trio: component %.*s: uncaught non-standard exception\n",
                     static_cast<int>(name.size()), name.data());
    }
    return exit_status_uncaught_exception;
}

} // namespace trio::ipc
