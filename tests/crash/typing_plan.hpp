// What one crash trial does, drawn from its seed: the file's initial text, the keys with the
// pause before each, and when to kill the editor; and the model of the text after each key.
// Pure. Runs in the crash test.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace trio::crash {

// Keys are single bytes, each what a terminal sends for it.
inline constexpr char enter_key = '\r';
inline constexpr char backspace_key = '\x7f';

struct TypingPlan {
    std::uint64_t seed = 0;
    // The file before the editor starts: nullopt = it does not exist, else its bytes (empty,
    // or a few short ASCII lines, with or without a final newline).
    std::optional<std::string> initial;
    // Printable ASCII, enter_key and backspace_key; more than can be typed before the kill.
    std::string keys;
    // gaps[i]: the pause before keys[i] (5 to 15 ms; gaps[0] is 0).
    std::vector<std::chrono::microseconds> gaps;
    // When to SIGKILL the editor, counted from the moment the first key was written.
    std::chrono::milliseconds kill_after{0};
};

// The same plan for the same seed, on every run and machine (no std distributions, whose
// results the standard leaves to the library).
[[nodiscard]] TypingPlan make_plan(std::uint64_t seed);

// states[k]: the text after the first k keys typed with the cursor at the end of the text
// (states[0] = the initial text, "" for a missing file): a character appends itself, Enter
// appends "\n", Backspace drops the last byte if there is one.
[[nodiscard]] std::vector<std::string> model_states(const TypingPlan& plan);

} // namespace trio::crash
