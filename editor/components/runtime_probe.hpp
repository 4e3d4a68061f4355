// Gathers what the F2 runtime panel shows while the editor runs: who the components are
// (process or thread ids, restarts), how full each channel is and how many messages went
// through it in the last second. Runs in the input component, which owns one end of every
// channel and counts what passes through them.
#pragma once

#include "editor/components/channel_ends.hpp"
#include "editor/components/peer_supervisor.hpp"
#include "editor/components/rate_meter.hpp"
#include "editor/components/runtime_status.hpp"

namespace trio::components {

// One meter per channel, seen from input's end.
struct ChannelMeters {
    RateMeter to_render;
    RateMeter from_render;
    RateMeter to_autosave;
    RateMeter from_autosave;
};

// `peers`: trio-proc's supervisor (pids and restarts of render and autosave); null in trio,
// whose component threads are found by name in /proc/self/task.
[[nodiscard]] RuntimeStatus probe_runtime(protocol::Design design, const PeerSupervisor* peers,
                                          const InputEnds& ends, const ChannelMeters& meters,
                                          protocol::TimestampNs now);

} // namespace trio::components
