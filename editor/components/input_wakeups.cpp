// The input component's poll() timeout from what it waits for. Input component.
#include "editor/components/input_wakeups.hpp"

#include <algorithm>

namespace trio::components {

namespace {

// Rounded up by a millisecond, so that poll() never returns just before the moment.
int ms_until(protocol::TimestampNs when, protocol::TimestampNs now) {
    const protocol::TimestampNs wait = when - now;
    return static_cast<int>(std::clamp<protocol::TimestampNs>(wait / 1'000'000, 0, 86'400'000) + 1);
}

int earliest(int timeout, int other) {
    return timeout < 0 ? other : std::min(timeout, other);
}

} // namespace

int poll_timeout_ms(const InputWakeups& wakeups, protocol::TimestampNs now) {
    int timeout = -1;
    if (wakeups.background_work) {
        timeout = 0;
    } else if (wakeups.escape_pending) {
        timeout = escape_timeout_ms;
    } else if (wakeups.journal_change) {
        // The status line's "journal N s behind" counts up by itself.
        timeout = ms_until(*wakeups.journal_change, now);
    }
    if (wakeups.panel_shown) {
        timeout = earliest(timeout, panel_refresh_ms);
    }
    if (wakeups.stuck_peer_check) {
        timeout = earliest(timeout, ms_until(*wakeups.stuck_peer_check, now));
    }
    return timeout;
}

} // namespace trio::components
