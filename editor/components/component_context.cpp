// Error reporting and clock helpers shared by the three components.
#include "editor/components/component_context.hpp"

#include <ctime>
#include <string>
#include <unistd.h>

namespace trio::components {

void report_fatal(const ComponentContext& context, std::string_view component,
                  std::string_view what) {
    std::string line = "trio: ";
    line.append(component).append(": ").append(what).append("\n");
    // One write so concurrent reports from several components do not interleave (< PIPE_BUF).
    [[maybe_unused]] ssize_t n = write(context.error_fd, line.data(), line.size());
}

protocol::TimestampNs monotonic_now_ns() {
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<protocol::TimestampNs>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

} // namespace trio::components
