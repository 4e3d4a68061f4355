// The executables under test and the checks every fault test makes once the editor is gone:
// terminal restored, nothing left behind. Runs in the test process (GoogleTest assertions).
#pragma once

#include "tests/fault/fault_session.hpp"

#include <string>
#include <vector>

namespace trio::fault {

// trio and trio-proc as built by this tree; an empty path when the target does not exist.
[[nodiscard]] e2e::Executable trio_threads();
[[nodiscard]] e2e::Executable trio_processes();

[[nodiscard]] bool contains(const std::string& text, const std::string& part);
// One indented line per process or name, for failure messages.
[[nodiscard]] std::string listed(const std::vector<e2e::ProcessInfo>& processes);
[[nodiscard]] std::string listed(const std::vector<std::string>& names);

// EXPECTs the terminal as the user had it before the editor: cooked input (the pty's modes, as
// the next program would find them), the primary screen, a visible cursor.
void expect_terminal_restored(FaultSession& session);
// EXPECTs, once the main process is reaped: no process of its session (alive or zombie) and no
// queue of it in /dev/shm.
void expect_nothing_left(const FaultSession& session);

} // namespace trio::fault
