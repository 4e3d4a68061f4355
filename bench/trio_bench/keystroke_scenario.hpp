// The keystroke scenario: every editor gets the same keys on the same file, and each key is
// timed by what the terminal sees (first byte of the response, and the response complete,
// i.e. the last byte before the output goes quiet), with the CPU time and context switches
// the whole editor spent per key, a bracketed paste, and the memory at the end. Needs nothing
// from the editor but a terminal, so vim, nano and --peer editors are measured alike.
// Runs in trio-bench.
#pragma once

#include "bench/trio_bench/scenario.hpp"

#include <array>
#include <chrono>
#include <string_view>

namespace trio::bench {

// The three kinds of keys, in the order they are run.
inline constexpr std::array<std::string_view, 3> key_phases = {"cursor", "page down", "typing"};

// Figure names: "<phase> first byte", "<phase> complete" (one sample per key, "us");
// "CPU/key <phase>" ("us"), "switches/key <phase>" (one per run).
[[nodiscard]] std::string first_byte_figure(std::string_view phase);
[[nodiscard]] std::string complete_figure(std::string_view phase);
[[nodiscard]] std::string cpu_per_key_figure(std::string_view phase);
[[nodiscard]] std::string switches_per_key_figure(std::string_view phase);
inline constexpr std::string_view figure_paste_settled = "paste settled"; // ms
inline constexpr std::string_view figure_paste_cpu = "paste CPU";         // ms
inline constexpr std::string_view figure_peak_rss = "peak RSS";           // MiB, summed
inline constexpr std::string_view figure_end_pss = "PSS at end";          // MiB, summed

struct KeystrokeSettings {
    int keys = 300;                             // per phase
    std::chrono::milliseconds quiet{15};        // a response is complete after this much silence
    std::size_t paste_bytes = 1 << 20;          // 0: no paste
    std::chrono::milliseconds paste_quiet{300}; // the paste has settled after this much
};

// Per run, on a file of at least keys + 20 lines of 80 bytes:
// 1. the first screen; untimed (the open scenario times it);
// 2. "cursor": cursor_keys(keys, 10) from the top of the file;
// 3. "page down": page_down_keys(keys);
// 4. "typing": the editor's open_line_keys, then typing_keys(keys, 59), in the middle of the
//    file where page down left it;
// 5. still typing, a bracketed paste of paste_text(paste_bytes): "paste settled" is the last
//    byte before paste_quiet of silence, which must show the last pasted line; then
//    stop_typing_keys;
// 6. "peak RSS" (VmHWM) and "PSS at end", summed over the editor's processes;
// 7. discard_quit_keys (or SIGKILL when the editor has none).
// Each key is written only after `quiet` without output; its "complete" time is that of the
// last byte read before the next `quiet` of silence (the silence itself is not counted). A
// key with no response within the timeout fails the run.
class KeystrokeScenario final : public Scenario {
public:
    // Throws std::invalid_argument when settings.keys < 1.
    explicit KeystrokeScenario(KeystrokeSettings settings);

    [[nodiscard]] std::string name() const override { return "keystrokes"; }
    [[nodiscard]] std::string settings() const override;
    [[nodiscard]] std::vector<Figure> run(const BenchEditor& editor, const BenchFile& file,
                                          std::chrono::milliseconds timeout) override;

private:
    KeystrokeSettings m_settings;
};

} // namespace trio::bench
