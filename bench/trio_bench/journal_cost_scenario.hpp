// The journal-cost scenario: keystroke latency while typing, and the journal's bytes and
// system calls per keystroke, for an editor run with its journal and without (-n). Runs in
// trio-bench.
#pragma once

#include "bench/trio_bench/scenario.hpp"

#include <string_view>

namespace trio::bench {

// Per-key figures (one sample per key, in typing order; unit "us").
inline constexpr std::string_view figure_first_byte = "key to first byte";
inline constexpr std::string_view figure_screen = "key to screen";
// Per-run figures: the editor's journal statistics divided by the keys typed.
inline constexpr std::string_view figure_journal_bytes = "journal bytes/key";
inline constexpr std::string_view figure_journal_writes = "journal writes/key";
inline constexpr std::string_view figure_journal_fsyncs = "journal fsyncs/key";
inline constexpr std::string_view figure_journal_records = "journal records/key";

struct JournalCostSettings {
    int keys = 300;                      // typed per run (100 with --quick)
    std::chrono::milliseconds pace{50};  // a key at most this often: 20 keys/s, a burst
    std::chrono::milliseconds quiet{10}; // and only after the editor's output paused this long
};

// `editor` run with -n (--no-journal): named "<name> -n".
[[nodiscard]] BenchEditor without_journal(const BenchEditor& editor);

// Opens the file, types typing_script(settings.keys) one key at a time (typing_script.hpp:
// letters, an Enter every 59, at the top of the file) and measures per key:
// - "key to first byte": from writing the key to the pty to reading the editor's first byte
//   of output after it;
// - "key to screen": to the read after which the screen shows the key's effect: the cursor
//   where the key leaves it, the typed text on its row, "Ln L/" and "Col C" on the status line.
// Then Ctrl-Q, 'n' at the save prompt (the file is never written), and the statistics the
// editor wrote to TRIO_JOURNAL_STATS (journal_stats.hpp) divided by the keys typed: "journal
// bytes/key" (unit "B"), "writes/key", "fsyncs/key", "records/key"; none when the editor wrote
// none. fsyncs/key depends on the pace: autosave fsyncs at least once a second and at idle.
// The status line's " journaled" is not timed: it shows in the key's own frame (it means "not
// behind", not "this key is on disk").
class JournalCostScenario final : public Scenario {
public:
    // Throws std::invalid_argument when settings.keys < 1.
    explicit JournalCostScenario(JournalCostSettings settings);

    [[nodiscard]] std::string name() const override { return "journal cost"; }
    [[nodiscard]] std::string settings() const override;
    [[nodiscard]] std::vector<Figure> run(const BenchEditor& editor, const BenchFile& file,
                                          std::chrono::milliseconds timeout) override;

private:
    JournalCostSettings m_settings;
};

} // namespace trio::bench
