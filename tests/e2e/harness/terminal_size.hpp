// The size of the pseudo-terminal and of its emulated screen, shared by every e2e harness part.
#pragma once

#include <chrono>

namespace trio::e2e {

struct TerminalSize {
    int rows = 24;
    int cols = 80;

    bool operator==(const TerminalSize&) const = default;
};

// Every blocking harness call takes an absolute deadline on this clock, never a duration,
// so one generous budget can be shared by a whole sequence of waits.
using Clock = std::chrono::steady_clock;
using Deadline = Clock::time_point;

} // namespace trio::e2e
