// Starts one editor under a pty for a recovery or crash scenario, drives it, kills it, and
// inspects what it leaves behind. Runs in the test process.
#include "tests/recovery/support/editor_run.hpp"

#include "editor/keys/key.hpp"
#include "tests/e2e/harness/expect_screen.hpp"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <filesystem>
#include <poll.h>
#include <sstream>
#include <stdexcept>
#include <sys/syscall.h>
#include <unistd.h>

namespace trio::recovery {
namespace {

e2e::SessionOptions options_for(const EditorWorkspace& workspace, const e2e::Executable& editor,
                                const std::vector<std::string>& args) {
    if (editor.path.empty()) {
        throw std::invalid_argument(editor.name + " is not built by this CMake tree");
    }
    std::vector<std::string> argv{editor.path};
    argv.insert(argv.end(), args.begin(), args.end());
    argv.push_back(workspace.file_name());
    return {argv, workspace.dir(), workspace.environment(), screen_size, workspace.user()};
}

std::string trim_right(std::string text) {
    text.erase(text.find_last_not_of(' ') + 1);
    return text;
}

// Waits on pidfds (opened before the kill, while the pids surely are the editor's) until every
// process has ended, zombie or reaped; returns the pids still running at the deadline.
std::vector<pid_t> wait_ended(const std::vector<int>& pidfds, const std::vector<pid_t>& pids,
                              e2e::Deadline deadline) {
    std::vector<pollfd> fds;
    for (const int fd : pidfds) {
        fds.push_back({fd, POLLIN, 0});
    }
    for (;;) {
        std::vector<pid_t> running;
        for (std::size_t i = 0; i < fds.size(); ++i) {
            if (fds[i].fd >= 0 && fds[i].revents == 0) {
                running.push_back(pids[i]);
            } else {
                fds[i].fd = -1; // ended: poll() ignores it from now on
            }
        }
        const auto left =
            std::chrono::ceil<std::chrono::milliseconds>(deadline - e2e::Clock::now());
        if (running.empty() || left.count() <= 0) {
            return running;
        }
        if (poll(fds.data(), fds.size(), static_cast<int>(left.count())) < 0 && errno != EINTR) {
            return running;
        }
    }
}

} // namespace

EditorRun::EditorRun(const EditorWorkspace& workspace, const e2e::Executable& editor,
                     const std::vector<std::string>& args)
    : m_editor(editor), m_file_name(workspace.file_name()),
      m_pty(options_for(workspace, editor, args)),
      m_screen(screen_size, [this](std::string_view reply) { m_pty.write(reply); }),
      m_sink([this](std::string_view bytes) { m_screen.feed(bytes); }) {}

EditorRun::~EditorRun() {
    for (const auto& name : shm_objects_left()) {
        std::error_code ignored;
        std::filesystem::remove(std::filesystem::path("/dev/shm") / name, ignored);
    }
}

std::string EditorRun::row(int row) const {
    return trim_right(m_screen.rows().at(static_cast<std::size_t>(row)));
}

bool EditorRun::wait_until_ready() {
    return wait_until([this] {
        return m_pty.input_is_raw() && m_screen.alternate_screen() &&
               row(status_row).starts_with(" " + m_file_name);
    });
}

bool EditorRun::wait_until(const std::function<bool()>& done) {
    return e2e::pump_until(m_pty, m_screen, done, e2e::expect_deadline());
}

void EditorRun::pump(e2e::Deadline until) {
    m_pty.pump(until, m_sink);
}

void EditorRun::type(std::string_view notation) {
    std::string bytes;
    for (const auto& key : keys::parse_keys(notation)) {
        bytes += keys::encode_key(key);
    }
    m_pty.write(bytes);
}

void EditorRun::send(std::string_view bytes) {
    m_pty.write(bytes);
}

e2e::ExpectResult EditorRun::expect_row(int row_index, std::string_view text) {
    if (wait_until([&] { return row(row_index) == text; })) {
        return {true, {}};
    }
    return {false, "row " + std::to_string(row_index) + " never read \"" + std::string(text) +
                       "\"\n" + describe()};
}

e2e::ExpectResult EditorRun::expect_row_contains(int row_index, std::string_view text) {
    if (wait_until([&] { return row(row_index).find(text) != std::string::npos; })) {
        return {true, {}};
    }
    return {false, "row " + std::to_string(row_index) + " never contained \"" + std::string(text) +
                       "\"\n" + describe()};
}

std::optional<e2e::ExitStatus> EditorRun::wait_exit() {
    const auto status = m_pty.wait_exit(e2e::expect_deadline(), m_sink);
    if (status) {
        (void)m_pty.drain(e2e::expect_deadline(), m_sink);
    }
    return status;
}

std::string EditorRun::kill_group() {
    std::vector<pid_t> pids;
    std::vector<int> pidfds;
    for (const auto& process : e2e::processes_in_session(pid())) {
        if (process.zombie()) {
            continue;
        }
        // glibc 2.36's <sys/pidfd.h> cannot be used from C++ (no extern "C"): raw system call.
        const int fd = static_cast<int>(::syscall(SYS_pidfd_open, process.pid, 0U));
        if (fd >= 0) {
            pids.push_back(process.pid);
            pidfds.push_back(fd);
        }
    }
    ::kill(-pid(), SIGKILL);
    std::string problems;
    const auto status = m_pty.wait_exit(e2e::expect_deadline(), m_sink);
    if (!status) {
        problems += "the editor's main process did not end after SIGKILL\n";
    } else if (*status != e2e::ExitStatus{0, SIGKILL}) {
        problems += "the editor ended with " + status->to_string() + " before the SIGKILL\n";
    }
    for (const pid_t running : wait_ended(pidfds, pids, e2e::expect_deadline())) {
        problems += "process " + std::to_string(running) + " outlived the SIGKILL\n";
    }
    for (const int fd : pidfds) {
        close(fd);
    }
    (void)m_pty.drain(e2e::expect_deadline(), m_sink);
    return problems;
}

std::vector<e2e::ProcessInfo> EditorRun::processes_left() const {
    auto left = e2e::processes_in_session(pid());
    std::erase_if(left, [](const e2e::ProcessInfo& p) { return p.zombie() && p.parent == 1; });
    return left;
}

std::vector<std::string> EditorRun::shm_objects_left() const {
    return e2e::names_with_prefix("/dev/shm", e2e::shm_prefix_of(pid()));
}

std::string EditorRun::leftovers() const {
    std::string text;
    for (const auto& process : processes_left()) {
        text += "  process " + process.to_string() + "\n";
    }
    for (const auto& name : shm_objects_left()) {
        text += "  /dev/shm/" + name + "\n";
    }
    return text;
}

std::string EditorRun::describe() const {
    std::ostringstream text;
    text << m_editor.name << " (pid " << pid() << "), terminal (scrollback, then screen):\n";
    for (const auto& line : m_screen.scrollback()) {
        text << line << "\n";
    }
    text << e2e::screen_file_text(m_screen) << "alternate screen: " << m_screen.alternate_screen()
         << ", cursor visible: " << m_screen.cursor_visible()
         << ", pty input raw: " << m_pty.input_is_raw() << "\n";
    return text.str();
}

} // namespace trio::recovery
