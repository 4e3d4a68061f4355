// One run of a real editor (trio or trio-proc) on a scenario's file under a 24x80 pty: start
// it, wait for what its screen shows, type, kill its whole process group, find what it left
// behind. Runs in the test process.
#pragma once

#include "tests/e2e/harness/case_runner.hpp"
#include "tests/e2e/harness/expect_screen.hpp"
#include "tests/e2e/harness/leftovers.hpp"
#include "tests/e2e/harness/pty_session.hpp"
#include "tests/e2e/harness/vterm_screen.hpp"
#include "tests/recovery/support/editor_workspace.hpp"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace trio::recovery {

// The screen every scenario uses, and its rows below the text.
inline constexpr e2e::TerminalSize screen_size{24, 80};
inline constexpr int status_row = screen_size.rows - 3;
inline constexpr int message_row = screen_size.rows - 2;
inline constexpr int hints_row = screen_size.rows - 1;

// Starts `editor [args] FILE` at once, in the workspace's directory and environment, as its
// user. Single-threaded; non-copyable, non-movable. Every wait is bounded by
// e2e::expect_deadline() and returns as soon as its condition holds. The destructor removes the
// editor's /dev/shm objects and SIGKILLs whatever of its session still runs (e2e::PtySession).
class EditorRun {
public:
    // Throws std::invalid_argument when `editor` is not built (empty path).
    EditorRun(const EditorWorkspace& workspace, const e2e::Executable& editor,
              const std::vector<std::string>& args = {});
    ~EditorRun();
    EditorRun(const EditorRun&) = delete;
    EditorRun& operator=(const EditorRun&) = delete;

    [[nodiscard]] pid_t pid() const { return m_pty.pid(); }
    [[nodiscard]] e2e::PtySession& pty() { return m_pty; }
    [[nodiscard]] const e2e::VtermScreen& screen() const { return m_screen; }
    // Row `row` of the screen without its trailing blanks.
    [[nodiscard]] std::string row(int row) const;

    // Until the terminal is raw, on the alternate screen, and the status bar names the file:
    // only then are typed keys the editor's.
    [[nodiscard]] bool wait_until_ready();
    // Reads output until `done()` holds (true), the deadline passes or the editor has exited and
    // closed the pty (false). `done` is re-checked at least every 50 ms, so it may watch what
    // changes without output (files on disk, /proc).
    [[nodiscard]] bool wait_until(const std::function<bool()>& done);
    // One poll of the pty, reading output until at most `until` (the crash test's pacing).
    void pump(e2e::Deadline until);

    // Writes keys in the notation of editor/keys/key.hpp (`<c-s>`), or raw bytes; never blocks.
    void type(std::string_view notation);
    void send(std::string_view bytes);

    // Until row `row` reads `text` exactly (trailing blanks ignored) / contains `text`.
    [[nodiscard]] e2e::ExpectResult expect_row(int row, std::string_view text);
    [[nodiscard]] e2e::ExpectResult expect_row_contains(int row, std::string_view text);

    // Waits for the main process to exit, then for the end of the pty's output.
    [[nodiscard]] std::optional<e2e::ExitStatus> wait_exit();
    // SIGKILLs the editor's whole process group (it is a session leader), reaps the main
    // process and waits until every process its session had before the kill has ended.
    // Returns what went wrong, empty when all ended.
    [[nodiscard]] std::string kill_group();
    // Processes of the session still there, except zombies re-parented to init (pid 1): init
    // reaps those in its own time, which is not the editor's doing.
    [[nodiscard]] std::vector<e2e::ProcessInfo> processes_left() const;
    // The /dev/shm objects named after the editor's main process ("trio.<pid>.*").
    [[nodiscard]] std::vector<std::string> shm_objects_left() const;
    // What else the editor left behind (processes, /dev/shm objects), empty when nothing.
    [[nodiscard]] std::string leftovers() const;

    // The terminal's state for a failure message: scrollback, screen, cursor, modes.
    [[nodiscard]] std::string describe() const;

private:
    e2e::Executable m_editor;
    std::string m_file_name;
    e2e::PtySession m_pty;
    e2e::VtermScreen m_screen;
    e2e::OutputSink m_sink; // into m_screen
};

} // namespace trio::recovery
