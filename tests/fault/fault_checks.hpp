// The executables under test and the checks every fault test makes once the editor is gone:
// terminal restored, nothing left behind, what it reported. Runs in the test process (GoogleTest
// assertions).
#pragma once

#include "tests/fault/fault_session.hpp"
#include "tests/recovery/support/program_run.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace trio::fault {

// trio and trio-proc as built by this tree; an empty path when the target does not exist.
[[nodiscard]] e2e::Executable trio_threads();
[[nodiscard]] e2e::Executable trio_processes();

[[nodiscard]] bool contains(const std::string& text, const std::string& part);
// One indented line per process or name, for failure messages.
[[nodiscard]] std::string listed(const std::vector<e2e::ProcessInfo>& processes);
[[nodiscard]] std::string listed(const std::vector<std::string>& names);

// How trio-proc's message row announces a replaced component, e.g.
// "render restarted: killed by signal 9 (1 restart)"; `death` is "killed by signal 9" or
// "exited with status 70".
[[nodiscard]] std::string restart_message(std::string_view component, std::string_view death,
                                          unsigned restarts);
// Whether the editor's output holds the line trio-proc prints on stderr at exit for one such
// death: "trio-proc: render (pid 4242) was killed by signal 9; restarted" (the signal's name
// may follow its number in parentheses: "signal 9 (Killed)"), or "… exited with status 70;
// restarted". `pid` 0 stands for any pid (a child that died before the test saw it).
[[nodiscard]] bool restart_reported(const FaultSession& session, std::string_view component,
                                    pid_t pid, std::string_view death);
// Whether one line of the editor's output holds both parts (e.g. "render", "injected fault").
[[nodiscard]] bool printed_line_with(const FaultSession& session, std::string_view first,
                                     std::string_view second);

// EXPECTs the terminal as the user had it before the editor: cooked input (the pty's modes, as
// the next program would find them), the primary screen, a visible cursor.
void expect_terminal_restored(FaultSession& session);
// EXPECTs, once the main process is reaped: no process of its session (alive or zombie) and no
// queue of it, or of any of `children`, in /dev/shm.
void expect_nothing_left(const FaultSession& session, const std::vector<pid_t>& children = {});

// `<editor> --recover file.txt -o -` in the session's directory and environment: the text the
// journal holds goes to ProgramResult::out. Blocks until it ends (bounded by the deadline).
[[nodiscard]] recovery::ProgramResult recover_to_stdout(const FaultSession& session);

} // namespace trio::fault
