// The executables under test and the after-exit checks shared by the fault tests.
#include "tests/fault/fault_checks.hpp"

#include <gtest/gtest.h>

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

void expect_terminal_restored(FaultSession& session) {
    EXPECT_FALSE(session.pty().input_is_raw()) << "the pty's input was left raw\n"
                                               << session.describe();
    EXPECT_FALSE(session.screen().alternate_screen()) << "still on the alternate screen\n"
                                                      << session.describe();
    EXPECT_TRUE(session.screen().cursor_visible()) << "the cursor was left hidden\n"
                                                   << session.describe();
}

void expect_nothing_left(const FaultSession& session) {
    const auto processes = session.processes_left();
    EXPECT_TRUE(processes.empty()) << "processes of the editor's session remain:\n"
                                   << listed(processes);
    const auto objects = session.shm_objects_left();
    EXPECT_TRUE(objects.empty()) << "objects left in /dev/shm:\n" << listed(objects);
}

} // namespace trio::fault
