// Fault tests run against both executables: a terminal type ncurses does not know, and SIGTERM
// to the editor. Each asserts on the exit, the output, the terminal's modes, the file on disk and
// what is left behind; never on time (a deadline only bounds each wait). For trio-proc's own
// faults (a SIGKILLed process) see process_fault_test.cpp, restart_test.cpp and
// crash_loop_test.cpp; for injected exceptions injected_fault_test.cpp. Runs in the test process.
#include "tests/fault/fault_checks.hpp"
#include "tests/fault/fault_session.hpp"

#include <csignal>
#include <gtest/gtest.h>
#include <ostream>
#include <string>

namespace trio::fault {
namespace {

const std::string original_text = "first line\n";

// The parameter of the tests run against both executables.
struct Design {
    e2e::Executable editor;
};

// Names the executable in gtest's output instead of dumping the struct's bytes.
void PrintTo(const Design& design, std::ostream* out) {
    *out << design.editor.name;
}

class BothDesigns : public ::testing::TestWithParam<Design> {
protected:
    void SetUp() override {
        if (editor().path.empty()) {
            GTEST_SKIP() << editor().name << " is not built by this CMake tree";
        }
    }
    [[nodiscard]] const e2e::Executable& editor() const { return GetParam().editor; }
};

TEST_P(BothDesigns, UnknownTermExitsWithAReasonAndRestoresTheTerminal) {
    FaultSession session(editor(), {original_text, {"TERM=trio-no-such-terminal"}});
    const auto status = session.wait_exit();
    ASSERT_TRUE(status) << "the editor did not exit\n" << session.describe();
    EXPECT_EQ(*status, (e2e::ExitStatus{1, 0})) << status->to_string() << "\n"
                                                << session.describe();
    EXPECT_TRUE(contains(session.output(), "terminal type") &&
                contains(session.output(), "TERM=trio-no-such-terminal"))
        << "the reason is not in the output:\n"
        << session.describe();
    expect_terminal_restored(session);
    expect_nothing_left(session);
    EXPECT_EQ(session.file_on_disk(), original_text);
}

TEST_P(BothDesigns, SigtermQuitsCleanly) {
    FaultSession session(editor(), {original_text, {}});
    ASSERT_TRUE(session.wait_until_ready()) << session.describe();
    session.type("unsaved ");
    const auto typed = session.expect_row(0, "unsaved first line");
    ASSERT_TRUE(typed.matched) << typed.message;

    session.pty().kill(SIGTERM);
    const auto status = session.wait_exit();
    ASSERT_TRUE(status) << "the editor did not exit after SIGTERM\n" << session.describe();
    EXPECT_EQ(*status, (e2e::ExitStatus{0, 0})) << status->to_string() << "\n"
                                                << session.describe();
    expect_terminal_restored(session);
    expect_nothing_left(session);
    // Unsaved text is not written over the file: the journal keeps it
    // (tests/recovery/signal_test.cpp).
    EXPECT_EQ(session.file_on_disk(), original_text);
}

INSTANTIATE_TEST_SUITE_P(Fault, BothDesigns,
                         ::testing::Values(Design{trio_threads()}, Design{trio_processes()}),
                         [](const ::testing::TestParamInfo<Design>& param) {
                             return param.param.editor.name == "trio" ? std::string("trio")
                                                                      : std::string("trio_proc");
                         });

} // namespace
} // namespace trio::fault
