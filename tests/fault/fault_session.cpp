// Starts one editor under a pty for a fault test and inspects it and what it leaves behind.
// Runs in the test process.
#include "tests/fault/fault_session.hpp"

#include "editor/keys/key.hpp"
#include "tests/e2e/harness/editor_home.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <system_error>

namespace trio::fault {
namespace fs = std::filesystem;
namespace {

void write_file(const fs::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
    if (!out.flush()) {
        throw std::runtime_error("cannot write " + path.string());
    }
}

// Prepares the directory (file.txt, a private HOME) and says how to start the editor in it.
e2e::SessionOptions prepare(const e2e::TempDir& dir, const e2e::Executable& editor,
                            const FaultSetup& setup) {
    if (editor.path.empty()) {
        throw std::invalid_argument(editor.name + " is not built by this CMake tree");
    }
    const auto home = e2e::make_editor_home(dir.path());
    write_file(dir.path() / "file.txt", setup.file_text);

    auto env = e2e::editor_environment(home);
    for (const auto& replacement : setup.env_overrides) {
        const auto name = replacement.substr(0, replacement.find('=') + 1);
        std::erase_if(env, [&](const std::string& var) { return var.starts_with(name); });
        env.push_back(replacement);
    }
    return {{editor.path, "file.txt"}, dir.path(), env, screen_size, std::nullopt};
}

std::string trim_right(std::string text) {
    text.erase(text.find_last_not_of(' ') + 1);
    return text;
}

} // namespace

FaultSession::FaultSession(const e2e::Executable& editor, const FaultSetup& setup)
    : m_editor(editor), m_options(prepare(m_dir, editor, setup)), m_pty(m_options),
      m_screen(screen_size, [this](std::string_view reply) { m_pty.write(reply); }),
      m_sink([this](std::string_view bytes) {
          m_output.append(bytes);
          m_screen.feed(bytes);
      }) {}

FaultSession::~FaultSession() {
    for (const auto& name : shm_objects_left()) {
        std::error_code ignored;
        fs::remove(fs::path("/dev/shm") / name, ignored);
    }
}

// e2e::pump_until, but every byte read also lands in m_output.
bool FaultSession::wait_until(const std::function<bool()>& done) {
    const auto deadline = e2e::expect_deadline();
    while (!done()) {
        if (m_pty.try_wait() && m_pty.at_end_of_output()) {
            return false; // nothing on the screen can change any more
        }
        const auto now = e2e::Clock::now();
        if (now >= deadline) {
            return false;
        }
        // Bounded so that `done` may watch state that changes without output (/proc, termios).
        m_pty.pump(std::min(deadline, now + std::chrono::milliseconds(50)), m_sink);
    }
    return true;
}

bool FaultSession::wait_until_ready() {
    const auto ready = [this] {
        if (!m_pty.input_is_raw() || !m_screen.alternate_screen()) {
            return false;
        }
        const auto status = m_screen.rows()[status_row];
        return status.starts_with(" file.txt ") && status.find(m_editor.label) != std::string::npos;
    };
    return wait_until(ready);
}

void FaultSession::read_output_until(e2e::Deadline until) {
    while (e2e::Clock::now() < until && !(m_pty.try_wait() && m_pty.at_end_of_output())) {
        m_pty.pump(until, m_sink);
    }
}

void FaultSession::type(std::string_view notation) {
    std::string bytes;
    for (const auto& key : keys::parse_keys(notation)) {
        bytes += keys::encode_key(key);
    }
    m_pty.write(bytes);
}

void FaultSession::send(std::string_view bytes) {
    m_pty.write(bytes);
}

e2e::ExpectResult FaultSession::expect_row(int row_index, std::string_view text) {
    if (wait_until([&] { return row(row_index) == text; })) {
        return {true, {}};
    }
    return {false, "row " + std::to_string(row_index) + " never read \"" + std::string(text) +
                       "\"\n" + describe()};
}

std::string FaultSession::row(int row_index) const {
    return trim_right(m_screen.rows().at(static_cast<std::size_t>(row_index)));
}

std::optional<pid_t> FaultSession::wait_for_child(std::string_view comm, pid_t other_than) {
    std::optional<pid_t> found;
    const auto named = [&] {
        for (const auto& process : children()) {
            if (process.name == comm && process.pid != other_than && !process.zombie()) {
                found = process.pid;
            }
        }
        return found.has_value();
    };
    (void)wait_until(named);
    return found;
}

std::string FaultSession::main_name() const {
    for (const auto& process : e2e::processes_in_session(pid())) {
        if (process.pid == pid()) {
            return process.name;
        }
    }
    return {};
}

std::vector<e2e::ProcessInfo> FaultSession::children() const {
    auto processes = e2e::processes_in_session(pid());
    std::erase_if(processes, [&](const e2e::ProcessInfo& p) { return p.parent != pid(); });
    return processes;
}

std::optional<e2e::ExitStatus> FaultSession::wait_exit() {
    const auto status = m_pty.wait_exit(e2e::expect_deadline(), m_sink);
    if (status) {
        (void)m_pty.drain(e2e::expect_deadline(), m_sink);
    }
    return status;
}

std::vector<e2e::ProcessInfo> FaultSession::processes_left() const {
    return e2e::processes_in_session(pid());
}

std::vector<std::string> FaultSession::shm_objects_left(const std::vector<pid_t>& also) const {
    auto names = e2e::names_with_prefix("/dev/shm", e2e::shm_prefix_of(pid()));
    for (const pid_t creator : also) {
        for (auto& name : e2e::names_with_prefix("/dev/shm", e2e::shm_prefix_of(creator))) {
            names.push_back(std::move(name));
        }
    }
    return names;
}

std::string FaultSession::describe() const {
    std::ostringstream text;
    text << "terminal (scrollback, then screen):\n";
    for (const auto& line : m_screen.scrollback()) {
        text << line << "\n";
    }
    text << e2e::screen_file_text(m_screen) << "alternate screen: " << m_screen.alternate_screen()
         << ", cursor visible: " << m_screen.cursor_visible()
         << ", pty input raw: " << m_pty.input_is_raw() << "\n";
    return text.str();
}

std::string FaultSession::file_on_disk() const {
    std::ifstream in(m_dir.path() / "file.txt", std::ios::binary);
    if (!in) {
        return "<missing>";
    }
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

} // namespace trio::fault
