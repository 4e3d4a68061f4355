// What the F2 runtime panel shows about the running editor (its components, their restarts,
// the channels between them) and the panel's text. Gathered and laid out in the input
// component; render draws the lines like any other text rows.
#pragma once

#include "editor/protocol/messages.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <sys/types.h>
#include <vector>

namespace trio::components {

struct ComponentStatus {
    std::string name; // "input", "render", "autosave"
    pid_t id = 0;     // process id, or kernel thread id when `thread` (0: not known)
    bool thread = false;
    // How often the supervisor started it again after it died; nullopt where it never is
    // (the input component owns the document, and the thread build restarts nothing): "-".
    std::optional<unsigned> restarts = 0;
    bool running = true;
};

struct ChannelStatus {
    std::string name;                 // e.g. "input → render"
    std::optional<std::size_t> depth; // messages queued now; nullopt: the transport cannot tell
    std::size_t capacity = 0;         // 0: not known (not shown)
    double per_second = 0;            // messages through it in the last second (RateMeter)
};

// How long the last keys took from being read to one point of the pipeline (PipelineLatency).
struct HopLatency {
    std::string name;        // e.g. "key read → view sent", "→ frame drawn"
    std::size_t samples = 0; // keys timed; 0: none yet, median and max are shown as "–"
    protocol::TimestampNs median = 0;
    protocol::TimestampNs max = 0;
};

struct RuntimeStatus {
    protocol::Design design = protocol::Design::Threads;
    pid_t pid = 0; // the threads' process, or trio-proc's supervisor (0: not shown)
    std::vector<ComponentStatus> components;
    std::vector<ChannelStatus> channels;
    std::vector<HopLatency> pipeline; // empty: no pipeline section
    std::size_t pipeline_window = 0;  // how many keys each hop keeps ("last 32 keys")
};

// The panel's text, one string per row, top to bottom, for a text area `width` columns wide:
//   trio-proc: 3 processes, supervisor pid 4241     (or "trio: 3 threads of pid 4242")
//   <blank>
//   component  pid   restarts  state                (the id column is "tid" for threads)
//   input      4242  -         running
//   …
//   <blank>
//   channel           queued  msgs/s                (queued: "depth/capacity", "?" unknown)
//   input → render    0/4       61.0
//   …
//   <blank>
//   pipeline, last 32 keys  median     max      (durations as duration_text writes them)
//   key read → view sent     14 µs   41 µs
//   → frame drawn            88 µs  310 µs
//   → journal written       1.2 ms  4.1 ms      ("–" for a hop with no key timed yet)
//   <blank>
//   F2 or Esc closes this panel
// Columns are as wide as their widest cell and two spaces apart (display columns, so names
// may hold "→" or wide characters). Each row is at most `width` display columns, cut at a
// glyph boundary, and has no trailing spaces. Sections come in that order, so more can go
// before the closing line. Pure; never throws except std::bad_alloc.
[[nodiscard]] std::vector<std::string> runtime_panel_lines(const RuntimeStatus& status,
                                                           std::uint32_t width);

// A duration for people, two or three significant digits: "3.4 µs", "14 µs", "1.2 ms",
// "310 ms", "2.5 s". Negative durations (never from one monotonic clock) show as 0. Pure.
[[nodiscard]] std::string duration_text(protocol::TimestampNs ns);

// The last row of the panel: the keys that close it.
inline constexpr std::string_view panel_closing_line = "F2 or Esc closes this panel";

} // namespace trio::components
