// The executables under test and the after-exit checks shared by the fault tests.
#include "tests/fault/fault_checks.hpp"

#include <gtest/gtest.h>
#include <regex>

#ifndef TRIO_FAULT_TRIO
#define TRIO_FAULT_TRIO "" // target not defined in this tree: its tests skip
#endif
#ifndef TRIO_FAULT_TRIO_PROC
#define TRIO_FAULT_TRIO_PROC ""
#endif

namespace trio::fault {

e2e::Executable trio_threads() {
    return {"trio", TRIO_FAULT_TRIO, "threads  "};
}

e2e::Executable trio_processes() {
    return {"trio-proc", TRIO_FAULT_TRIO_PROC, "processes"};
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

std::string listed(const std::vector<e2e::ProcessInfo>& processes) {
    std::string text;
    for (const auto& process : processes) {
        text += "  " + process.to_string() + "\n";
    }
    return text;
}

std::string listed(const std::vector<std::string>& names) {
    std::string text;
    for (const auto& name : names) {
        text += "  " + name + "\n";
    }
    return text;
}

std::string restart_message(std::string_view component, std::string_view death, unsigned restarts) {
    return std::string(component) + " restarted: " + std::string(death) + " (" +
           std::to_string(restarts) + (restarts == 1 ? " restart)" : " restarts)");
}

bool restart_reported(const FaultSession& session, std::string_view component, pid_t pid,
                      std::string_view death) {
    // Component names and deaths are letters, digits and blanks: nothing to escape.
    const std::string verb = death.starts_with("killed") ? "was " : "";
    const std::string line = "trio-proc: " + std::string(component) + " \\(pid " +
                             (pid == 0 ? std::string("[0-9]+") : std::to_string(pid)) + "\\) " +
                             verb + std::string(death) + "( \\([^)]*\\))?; restarted";
    return std::regex_search(session.output(), std::regex(line));
}

bool printed_line_with(const FaultSession& session, std::string_view first,
                       std::string_view second) {
    const std::string& output = session.output();
    for (std::size_t begin = 0; begin < output.size();) {
        const auto end = std::min(output.find('\n', begin), output.size());
        const std::string_view line(output.data() + begin, end - begin);
        if (line.find(first) != std::string_view::npos &&
            line.find(second) != std::string_view::npos) {
            return true;
        }
        begin = end + 1;
    }
    return false;
}

void expect_terminal_restored(FaultSession& session) {
    EXPECT_FALSE(session.pty().input_is_raw()) << "the pty's input was left raw\n"
                                               << session.describe();
    EXPECT_FALSE(session.screen().alternate_screen()) << "still on the alternate screen\n"
                                                      << session.describe();
    EXPECT_TRUE(session.screen().cursor_visible()) << "the cursor was left hidden\n"
                                                   << session.describe();
}

void expect_nothing_left(const FaultSession& session, const std::vector<pid_t>& children) {
    const auto processes = session.processes_left();
    EXPECT_TRUE(processes.empty()) << "processes of the editor's session remain:\n"
                                   << listed(processes);
    const auto objects = session.shm_objects_left(children);
    EXPECT_TRUE(objects.empty()) << "objects left in /dev/shm:\n" << listed(objects);
}

recovery::ProgramResult recover_to_stdout(const FaultSession& session) {
    return recovery::run_program({session.editor().path, "--recover", "file.txt", "-o", "-"},
                                 session.dir(), session.environment(), std::nullopt,
                                 e2e::expect_deadline());
}

} // namespace trio::fault
