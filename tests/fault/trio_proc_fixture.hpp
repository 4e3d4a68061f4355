// The fixture of the fault tests that run trio-proc alone: one editor on file.txt, the pids of
// its component processes, and the steps those tests share (kill a child and wait for its
// replacement, save, quit cleanly). Runs in the test process (GoogleTest assertions).
#pragma once

#include "tests/fault/fault_session.hpp"

#include <gtest/gtest.h>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace trio::fault {

// The file every trio-proc fault test opens.
inline constexpr std::string_view original_text = "first line\n";

// Starts trio-proc on file.txt in SetUp (skips when it is not built). The steps that assert are
// used with ASSERT_NO_FATAL_FAILURE.
class TrioProc : public ::testing::Test {
protected:
    void SetUp() override;

    [[nodiscard]] FaultSession& session() { return *m_session; }
    [[nodiscard]] pid_t child(const std::string& comm) const { return m_children.at(comm); }

    // Until the pty's process is named trio-input and has a trio-render and a trio-autosave
    // child; notes their pids and checks that no /dev/shm object of theirs exists.
    void find_children();
    // Types `keys` (notation) and waits until the screen shows `text`, the whole document then.
    void type_and_expect(const std::string& keys, const std::string& text);
    // Until the text rows show the first lines of m_text (the cursor is within them).
    void expect_text_shown();
    // SIGKILLs the child named `comm` and waits until it has ended (a pidfd opened before).
    void kill_and_wait(const std::string& comm);
    // Until trio-input has a new child named `comm` in place of the one killed; then no child
    // of trio-input may be a zombie and no queue of any of them may be in /dev/shm.
    void expect_replaced(const std::string& comm);
    // Ctrl-S; until the message row says "Wrote", the buffer is unmodified and the file holds
    // m_text.
    void save_and_expect_written();
    // Ctrl-Q on an unmodified buffer: exit status 0, the terminal restored, nothing left.
    void quit_and_expect_clean_exit();
    // EXPECTs stderr's line for one death of a component, e.g. "trio-proc: render (pid 42) was
    // killed by signal 9; restarted".
    void expect_restart_reported(std::string_view component, pid_t pid, std::string_view death);
    // EXPECTs that no queue of trio-input or of any child met so far is in /dev/shm.
    void expect_no_shm_objects();

    std::vector<std::string> m_env_overrides; // set by a derived fixture's constructor
    std::optional<FaultSession> m_session;    // started by SetUp()
    std::map<std::string, pid_t> m_children;  // live ones, by comm
    std::vector<pid_t> m_seen;                // every child met, for the /dev/shm checks
    std::string m_text{original_text};        // the document now
    std::string m_saved_text{original_text};  // the file's bytes after the last save
};

} // namespace trio::fault
