// One editor process tree running in a pseudo-terminal with an emulated screen (the e2e
// harness's PtySession and VtermScreen), timed from just before its fork. Runs in trio-bench.
#pragma once

#include "bench/trio_bench/bench_editor.hpp"
#include "tests/e2e/harness/pty_session.hpp"
#include "tests/e2e/harness/temp_dir.hpp"
#include "tests/e2e/harness/vterm_screen.hpp"

#include <filesystem>
#include <functional>
#include <optional>
#include <string_view>

namespace trio::bench {

using Clock = e2e::Clock;

// The terminal every measured editor gets.
inline constexpr e2e::TerminalSize bench_terminal{24, 80};

// Starts `editor` on `file` in a bench_terminal pty with the e2e tests' environment (a private
// HOME in a temp dir) plus TRIO_JOURNAL_STATS naming a file in that temp dir. Single-threaded.
// Waits never block past their deadline. The destructor SIGKILLs whatever of the editor's
// session still runs and removes its /dev/shm objects.
class PtyEditor {
public:
    // Throws std::runtime_error when the pty or the temp dir cannot be made.
    PtyEditor(const BenchEditor& editor, const std::filesystem::path& file);
    ~PtyEditor();
    PtyEditor(const PtyEditor&) = delete;
    PtyEditor& operator=(const PtyEditor&) = delete;

    // Taken just before fork(): startup is measured from here.
    [[nodiscard]] Clock::time_point started() const { return m_started; }

    // Reads output into the screen until `done()` holds, and returns the time of the read after
    // which it held; nullopt when the deadline passes or the editor ends first. `done` is
    // checked after every read and at least every 50 ms.
    [[nodiscard]] std::optional<Clock::time_point> wait_until(const std::function<bool()>& done,
                                                              Clock::time_point deadline);
    // Until the terminal is raw and on the alternate screen: keys then reach the editor as typed.
    [[nodiscard]] bool wait_until_raw(Clock::time_point deadline);

    // Writes bytes to the editor's terminal now (or as soon as it accepts them); returns the
    // time just before the write.
    Clock::time_point write(std::string_view bytes);

    // Quits with `quit_keys` and waits for the exit and the end of output. False when the
    // editor did not exit by the deadline (the destructor then kills it).
    [[nodiscard]] bool quit(std::string_view quit_keys, Clock::time_point deadline);

    // When the first output after the latest write() was read (nullopt: none yet), and when
    // the latest output was read (started() before any): a key's first response, and how
    // long the editor has been quiet.
    [[nodiscard]] std::optional<Clock::time_point> first_output_since_write() const {
        return m_first_output_since_write;
    }
    [[nodiscard]] Clock::time_point last_output() const { return m_last_output; }

    // Reads output into the screen until `until`; false when the editor ended first.
    [[nodiscard]] bool read_until(Clock::time_point until);

    // Reads output until none has come for `quiet` (counted from the latest output, or from
    // now when that is older) and every byte written has reached the editor; false when the
    // editor ended or `deadline` passed first.
    [[nodiscard]] bool read_until_quiet(Clock::duration quiet, Clock::time_point deadline);

    // Whether written bytes still wait for the editor to read them (a large paste).
    [[nodiscard]] bool input_pending() const { return m_pty->input_pending(); }

    // Where the editor's autosave component appends its journal statistics at the end of the
    // session (journal_stats.hpp); private to this run, so a missing file means "none written".
    [[nodiscard]] std::filesystem::path journal_stats_path() const;

    [[nodiscard]] const e2e::VtermScreen& screen() const { return m_screen; }
    [[nodiscard]] pid_t pid() const { return m_pty->pid(); }
    [[nodiscard]] const BenchEditor& editor() const { return m_editor; }

private:
    BenchEditor m_editor;
    e2e::TempDir m_home{"trio-bench"};
    Clock::time_point m_started;
    std::optional<e2e::PtySession> m_pty; // constructed after m_started is taken
    e2e::VtermScreen m_screen;
    std::optional<Clock::time_point> m_first_output_since_write;
    Clock::time_point m_last_output;
    e2e::OutputSink m_to_screen;
};

} // namespace trio::bench
