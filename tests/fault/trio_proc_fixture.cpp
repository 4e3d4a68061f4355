// The steps the trio-proc fault tests share. Runs in the test process.
#include "tests/fault/trio_proc_fixture.hpp"

#include "tests/fault/fault_checks.hpp"
#include "tests/fault/process_end_watch.hpp"

#include <csignal>

namespace trio::fault {

void TrioProc::SetUp() {
    if (trio_processes().path.empty()) {
        GTEST_SKIP() << "trio-proc is not built by this CMake tree";
    }
    m_session.emplace(trio_processes(), FaultSetup{std::string(original_text), m_env_overrides});
}

void TrioProc::find_children() {
    ASSERT_TRUE(session().wait_until([&] { return session().main_name() == "trio-input"; }))
        << "the pty's process is named \"" << session().main_name() << "\", not trio-input\n"
        << session().describe();
    for (const char* comm : {"trio-render", "trio-autosave"}) {
        const auto pid = session().wait_for_child(comm);
        ASSERT_TRUE(pid) << "trio-input has no child named " << comm << ":\n"
                         << listed(session().children()) << session().describe();
        m_children[comm] = *pid;
        m_seen.push_back(*pid);
    }
    expect_no_shm_objects();
}

void TrioProc::type_and_expect(const std::string& keys, const std::string& text) {
    session().type(keys);
    m_text = text;
    ASSERT_NO_FATAL_FAILURE(expect_text_shown());
}

void TrioProc::expect_text_shown() {
    std::vector<std::string> lines{""};
    for (const char c : m_text) {
        if (c == '\n') {
            lines.emplace_back();
        } else {
            lines.back() += c;
        }
    }
    lines.resize(static_cast<std::size_t>(status_row));
    const bool shown = session().wait_until([&] {
        for (std::size_t row = 0; row < lines.size(); ++row) {
            if (session().row(static_cast<int>(row)) != lines[row]) {
                return false;
            }
        }
        return true;
    });
    ASSERT_TRUE(shown) << "the text rows never showed the first lines of \"" << m_text << "\"\n"
                       << session().describe();
}

void TrioProc::kill_and_wait(const std::string& comm) {
    const pid_t pid = m_children.at(comm);
    ProcessEndWatch end({pid});
    ::kill(pid, SIGKILL);
    ASSERT_TRUE(end.wait_all_ended(e2e::expect_deadline()).empty())
        << comm << " (pid " << pid << ") survived SIGKILL\n"
        << session().describe();
}

void TrioProc::expect_replaced(const std::string& comm) {
    const auto replacement = session().wait_for_child(comm, m_children.at(comm));
    ASSERT_TRUE(replacement) << "no new " << comm << " child of trio-input:\n"
                             << listed(session().children()) << session().describe();
    m_children[comm] = *replacement;
    m_seen.push_back(*replacement);
    auto zombies = session().children();
    std::erase_if(zombies, [](const e2e::ProcessInfo& p) { return !p.zombie(); });
    EXPECT_TRUE(zombies.empty()) << "zombie children of trio-input once " << comm
                                 << " was replaced:\n"
                                 << listed(zombies);
    expect_no_shm_objects();
}

void TrioProc::save_and_expect_written() {
    session().type("<c-s>");
    const bool written = session().wait_until([&] {
        return contains(session().row(message_row), "Wrote") &&
               !contains(session().row(status_row), "[+]") && session().file_on_disk() == m_text;
    });
    ASSERT_TRUE(written) << "Ctrl-S never wrote \"" << m_text << "\"; the file holds \""
                         << session().file_on_disk() << "\"\n"
                         << session().describe();
    m_saved_text = m_text;
}

void TrioProc::quit_and_expect_clean_exit() {
    session().type("<c-q>");
    const auto status = session().wait_exit();
    ASSERT_TRUE(status) << "the editor did not exit after Ctrl-Q\n" << session().describe();
    EXPECT_EQ(*status, (e2e::ExitStatus{0, 0})) << status->to_string() << "\n"
                                                << session().describe();
    expect_terminal_restored(session());
    expect_nothing_left(session(), m_seen);
    EXPECT_EQ(session().file_on_disk(), m_saved_text);
}

void TrioProc::expect_restart_reported(std::string_view component, pid_t pid,
                                       std::string_view death) {
    EXPECT_TRUE(restart_reported(session(), component, pid, death))
        << "no line \"trio-proc: " << component << " (pid " << pid << ") " << death
        << "; restarted\" on stderr\n"
        << session().describe();
}

void TrioProc::expect_no_shm_objects() {
    const auto objects = session().shm_objects_left(m_seen);
    EXPECT_TRUE(objects.empty()) << "objects of the editor in /dev/shm:\n" << listed(objects);
}

} // namespace trio::fault
