// One run of trio or trio-proc on a corpus file under a pty, as the case runner does it (a
// fresh temp dir, editor_environment), with the waits a round trip needs. Test process.
#pragma once

#include "tests/e2e/harness/case_runner.hpp"
#include "tests/e2e/harness/pty_session.hpp"
#include "tests/e2e/harness/temp_dir.hpp"
#include "tests/e2e/harness/vterm_screen.hpp"

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace trio::e2e {

// Writes `file_bytes` to file.txt in a fresh temp dir and starts `editor` on it at once, in a
// roundtrip_size terminal. Single-threaded. Every wait is bounded by expect_deadline() and
// returns as soon as its condition holds. The destructor removes the editor's /dev/shm
// objects and SIGKILLs whatever of its session still runs, so a failed run leaves nothing.
class RoundTripSession {
public:
    // Throws std::invalid_argument when `editor` is not built (empty path), std::runtime_error
    // when the file cannot be written or the pty not opened.
    RoundTripSession(const Executable& editor, std::string_view file_bytes);
    ~RoundTripSession();
    RoundTripSession(const RoundTripSession&) = delete;
    RoundTripSession& operator=(const RoundTripSession&) = delete;

    // Until the terminal is raw, on the alternate screen, and the status bar names file.txt:
    // only then do typed keys reach the editor unchanged. False otherwise (see describe()).
    [[nodiscard]] bool wait_until_ready();
    // Reads output into the screen until `done()` holds (true), or the deadline passes or the
    // editor has exited and closed the pty (false). `done` is re-checked at least every 50 ms.
    [[nodiscard]] bool wait_until(const std::function<bool()>& done);
    // Until the message row contains `text`.
    [[nodiscard]] bool wait_for_message(std::string_view text);
    // Writes keys in the notation of editor/keys/key.hpp (`<c-s>`); never blocks.
    void type(std::string_view notation);

    // Waits for the editor to exit, then for the end of the pty's output. nullopt: it did not
    // exit in time.
    [[nodiscard]] std::optional<ExitStatus> wait_exit();
    // What the editor left behind, one line each: processes of its session (alive or zombie)
    // and "trio.<pid>.*" objects in /dev/shm. Empty when nothing.
    [[nodiscard]] std::vector<std::string> leftovers() const;

    [[nodiscard]] const VtermScreen& screen() const { return m_screen; }
    // The terminal for a failure message: the screen with the cursor, and the pty's modes.
    [[nodiscard]] std::string describe() const;
    // Where file.txt is, for a test that changes it behind the editor's back.
    [[nodiscard]] std::filesystem::path file_path() const;
    // file.txt's bytes now; nullopt when it does not exist.
    [[nodiscard]] std::optional<std::string> file_on_disk() const;

private:
    TempDir m_dir{"trio-roundtrip"};
    PtySession m_pty;
    VtermScreen m_screen;
    OutputSink m_to_screen;
};

} // namespace trio::e2e
