// What one randomised restart session types and after which keys it kills a component, drawn
// from its seed; and the text those keys make. Pure. Runs in the fault test.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace trio::fault {

// Keys are single bytes, each what a terminal sends for it.
inline constexpr char enter_key = '\r';
// Never drawn for typing: markers typed by the trial start with it, so no typed line can look
// like one.
inline constexpr char marker_char = '~';

struct TypingChunk {
    std::string keys;                  // printable ASCII except marker_char, and enter_key
    std::chrono::microseconds pause{}; // how long to read output before the next step (0-15 ms)
};

struct RestartPlan {
    std::uint64_t seed = 0;
    std::vector<TypingChunk> chunks; // written in order, one write each
    // Ascending indices into `chunks`: the component is killed after that chunk and its pause.
    std::vector<std::size_t> kill_after;
};

// The same plan for the same seed on every run and machine (std::mt19937_64, whose output the
// standard fixes, mapped with `%`; no std distributions). `kills` kills, spread over the chunks
// so that some typing comes before the first and after the last.
[[nodiscard]] RestartPlan make_restart_plan(std::uint64_t seed, std::size_t kills);

// The text `keys` append at the cursor (at the end of the document): Enter is "\n".
[[nodiscard]] std::string typed_text(std::string_view keys);

} // namespace trio::fault
