// When the input component's poll() must return although no descriptor is ready: a lone ESC
// settling, background work, the journal's words on the status line, the F2 panel's refresh,
// a peer presumed stuck. Runs in the input component.
#pragma once

#include "editor/protocol/messages.hpp"

#include <optional>

namespace trio::components {

// How long a lone ESC waits for the rest of an escape sequence (kilo and vim use similar).
inline constexpr int escape_timeout_ms = 25;
// How often the F2 panel's figures (queue depths, messages per second, latencies) refresh.
inline constexpr int panel_refresh_ms = 500;

// What input waits for besides its descriptors. Times are monotonic_now_ns() values.
struct InputWakeups {
    bool background_work = false; // a search or line count runs in slices: poll returns at once
    bool escape_pending = false;  // the key decoder holds a lone ESC
    std::optional<protocol::TimestampNs> journal_change; // JournalWatch::next_change
    bool panel_shown = false;
    std::optional<protocol::TimestampNs> stuck_peer_check; // when to stop a peer that hangs
};

// poll()'s timeout in milliseconds at `now`: -1 (wait for a descriptor) when nothing is due.
// Background work wins over the ESC timeout, which wins over the journal's next change; the
// panel's refresh and the stuck-peer check cut any of them short. A time already past gives
// 1 ms (never 0, which would spin before it is handled). Pure.
[[nodiscard]] int poll_timeout_ms(const InputWakeups& wakeups, protocol::TimestampNs now);

} // namespace trio::components
