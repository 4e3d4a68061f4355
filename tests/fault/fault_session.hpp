// One run of a real editor (trio or trio-proc) under a pty for a fault test: start it, wait for
// its screen or its children, type, find what it left behind. Runs in the test process.
#pragma once

#include "tests/e2e/harness/case_runner.hpp"
#include "tests/e2e/harness/expect_screen.hpp"
#include "tests/e2e/harness/leftovers.hpp"
#include "tests/e2e/harness/pty_session.hpp"
#include "tests/e2e/harness/temp_dir.hpp"
#include "tests/e2e/harness/vterm_screen.hpp"

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <sys/types.h>
#include <vector>

namespace trio::fault {

// The screen every fault test uses: 9 text rows, then the status bar, the message row and the
// key hints.
inline constexpr e2e::TerminalSize screen_size{12, 60};
inline constexpr int status_row = 9;
inline constexpr int message_row = 10;

// The editor's file (file.txt in a fresh temp dir), its original bytes, and what to change in
// editor_environment() ("NAME=value" replaces NAME).
struct FaultSetup {
    std::string file_text;
    std::vector<std::string> env_overrides;
};

// Starts `editor` on file.txt at once. Single-threaded. Every wait is bounded by
// e2e::expect_deadline() and returns as soon as its condition holds. The destructor removes the
// editor's /dev/shm objects and SIGKILLs whatever of its session still runs (PtySession), so a
// failed test leaves nothing behind for the next one.
class FaultSession {
public:
    // Throws std::invalid_argument when `editor` is not built (empty path).
    FaultSession(const e2e::Executable& editor, const FaultSetup& setup);
    ~FaultSession();
    FaultSession(const FaultSession&) = delete;
    FaultSession& operator=(const FaultSession&) = delete;

    [[nodiscard]] pid_t pid() const { return m_pty.pid(); }
    [[nodiscard]] const e2e::Executable& editor() const { return m_editor; }
    [[nodiscard]] const e2e::VtermScreen& screen() const { return m_screen; }
    [[nodiscard]] e2e::PtySession& pty() { return m_pty; }
    // The temp dir the editor runs in (file.txt and its HOME) and its whole environment: what
    // a `--recover file.txt` run must share with it.
    [[nodiscard]] const std::filesystem::path& dir() const { return m_dir.path(); }
    [[nodiscard]] const std::vector<std::string>& environment() const { return m_options.env; }

    // Until the terminal is raw and on the alternate screen, and the status bar names the file
    // and the design: only then are typed keys the editor's. False (see describe()) otherwise.
    [[nodiscard]] bool wait_until_ready();
    // Reads the editor's output until `done()` holds (true), or the deadline passes or the
    // editor has exited and closed the pty (false). `done` is re-checked at least every 50 ms,
    // so it may watch what changes without output (/proc, the pty's modes).
    [[nodiscard]] bool wait_until(const std::function<bool()>& done);
    // Reads output until `until` whatever it shows: the pause between two bursts of keys, never
    // a wait for a state (that is wait_until's).
    void read_output_until(e2e::Deadline until);
    // Writes keys in the notation of editor/keys/key.hpp (`<c-s>`) / raw bytes as a terminal
    // sends them; never blocks.
    void type(std::string_view notation);
    void send(std::string_view bytes);
    // Until `row` reads `text` (trailing blanks ignored); the mismatch explained otherwise.
    [[nodiscard]] e2e::ExpectResult expect_row(int row, std::string_view text);
    // Row `row` of the screen now, without its trailing blanks.
    [[nodiscard]] std::string row(int row) const;

    // The live (not zombie) child of the editor's main process named `comm` (e.g. "trio-render")
    // whose pid is not `other_than` (the one just killed), waited for; nullopt when none
    // appears before the deadline.
    [[nodiscard]] std::optional<pid_t> wait_for_child(std::string_view comm, pid_t other_than = 0);
    // The main process's name (comm) now; empty once it is gone.
    [[nodiscard]] std::string main_name() const;
    // The main process's children now, zombies included.
    [[nodiscard]] std::vector<e2e::ProcessInfo> children() const;

    // Waits for the main process to exit, then for the end of the pty's output (so output()
    // and screen() hold everything the editor and its children wrote). nullopt: it did not.
    [[nodiscard]] std::optional<e2e::ExitStatus> wait_exit();
    // Every byte written to the terminal so far, escape sequences included.
    [[nodiscard]] const std::string& output() const { return m_output; }
    // Every process of the editor's session now, its main process included until reaped.
    [[nodiscard]] std::vector<e2e::ProcessInfo> processes_left() const;
    // The /dev/shm objects named after the editor's main process ("trio.<pid>.*") or after any
    // of `also` (its children: one may create queues too).
    [[nodiscard]] std::vector<std::string>
    shm_objects_left(const std::vector<pid_t>& also = {}) const;
    // The terminal's state for a failure message: scrollback, screen, cursor, modes.
    [[nodiscard]] std::string describe() const;

    // The file's bytes on disk now ("<missing>" when it does not exist).
    [[nodiscard]] std::string file_on_disk() const;

private:
    e2e::Executable m_editor;
    e2e::TempDir m_dir{"trio-fault"};
    e2e::SessionOptions m_options; // how m_pty was started
    e2e::PtySession m_pty;
    e2e::VtermScreen m_screen;
    std::string m_output;
    e2e::OutputSink m_sink; // into m_output and m_screen
};

} // namespace trio::fault
