// Runs a component's run() so that nothing escapes it: the last line of defence shared by
// both runtimes. Runs on the component's own thread or in its own process.
#pragma once

#include "ipc/component.hpp"

#include <string>

namespace trio::ipc {

// Exit status reported for a component whose run() let an exception escape (EX_SOFTWARE).
inline constexpr int exit_status_uncaught_exception = 70;

// "trio-" + name, cut to the 15 characters a Linux thread or process name can hold.
[[nodiscard]] std::string task_name(std::string_view component_name);

// Calls component.run(). An escaping exception is a bug in the component: it is printed to
// stderr with the component's name and reported as exit_status_uncaught_exception.
[[nodiscard]] int run_guarded(Component& component) noexcept;

} // namespace trio::ipc
