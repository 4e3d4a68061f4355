// Runs one editor under a pty for trio-bench and waits, with timestamps, for its screens.
// Runs in trio-bench.
#include "bench/trio_bench/pty_editor.hpp"

#include "bench/trio_bench/journal_stats.hpp"
#include "tests/e2e/harness/leftovers.hpp"

#include <algorithm>
#include <system_error>

namespace trio::bench {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view journal_stats_name = "journal-stats";

// The editor runs in the file's directory and is given the bare name, so its status line
// shows a short name that fits.
e2e::SessionOptions session_options(const BenchEditor& editor, const fs::path& file,
                                    const e2e::TempDir& home_dir) {
    const auto home = home_dir.path() / "home";
    for (const char* sub : {".config", ".local/share", ".local/state", ".cache", ".run"}) {
        fs::create_directories(home / sub);
    }
    fs::permissions(home / ".run", fs::perms::owner_all);
    auto argv = editor.argv;
    argv.push_back(file.filename().string());
    auto env = e2e::editor_environment(home);
    env.push_back(std::string(journal_stats_variable) + "=" +
                  (home_dir.path() / journal_stats_name).string());
    return {argv, file.parent_path(), std::move(env), bench_terminal, std::nullopt};
}

} // namespace

PtyEditor::PtyEditor(const BenchEditor& editor, const fs::path& file)
    : m_editor(editor),
      m_screen(bench_terminal, [this](std::string_view reply) { m_pty->write(reply); }),
      m_to_screen([this](std::string_view bytes) {
          // Timed before feeding: libvterm's work is the bench's, not the editor's.
          m_last_output = Clock::now();
          if (!m_first_output_since_write) {
              m_first_output_since_write = m_last_output;
          }
          m_screen.feed(bytes);
      }) {
    const auto options = session_options(editor, file, m_home);
    m_started = Clock::now();
    m_last_output = m_started;
    m_pty.emplace(options);
}

PtyEditor::~PtyEditor() {
    const auto prefix = e2e::shm_prefix_of(m_pty->pid());
    m_pty.reset(); // kills the session first, so nothing creates a new object meanwhile
    for (const auto& name : e2e::names_with_prefix("/dev/shm", prefix)) {
        std::error_code ignored;
        fs::remove(fs::path("/dev/shm") / name, ignored);
    }
}

fs::path PtyEditor::journal_stats_path() const {
    return m_home.path() / journal_stats_name;
}

std::optional<Clock::time_point> PtyEditor::wait_until(const std::function<bool()>& done,
                                                       Clock::time_point deadline) {
    // Checked after every read rather than through e2e::pump_until, so the time returned is
    // that of the read which completed the screen, not of a later poll.
    auto last_read = Clock::now();
    while (!done()) {
        if (m_pty->try_wait() && m_pty->at_end_of_output()) {
            return std::nullopt;
        }
        const auto now = Clock::now();
        if (now >= deadline) {
            return std::nullopt;
        }
        m_pty->pump(std::min(deadline, now + std::chrono::milliseconds(50)), m_to_screen);
        last_read = Clock::now();
    }
    return last_read;
}

bool PtyEditor::wait_until_raw(Clock::time_point deadline) {
    return wait_until([this] { return m_pty->input_is_raw() && m_screen.alternate_screen(); },
                      deadline)
        .has_value();
}

bool PtyEditor::read_until(Clock::time_point until) {
    while (Clock::now() < until) {
        if (m_pty->try_wait() && m_pty->at_end_of_output()) {
            return false;
        }
        m_pty->pump(until, m_to_screen);
    }
    return true;
}

bool PtyEditor::read_until_quiet(Clock::duration quiet, Clock::time_point deadline) {
    const auto quiet_from = std::max(m_last_output, Clock::now());
    for (;;) {
        const auto now = Clock::now();
        const auto until = std::max(m_last_output, quiet_from) + quiet;
        if (now >= until && !m_pty->input_pending()) {
            return true;
        }
        if (now >= deadline) {
            return false;
        }
        if (!read_until(std::min(std::max(until, now + std::chrono::milliseconds(1)), deadline))) {
            return false;
        }
    }
}

Clock::time_point PtyEditor::write(std::string_view bytes) {
    m_first_output_since_write.reset();
    const auto now = Clock::now();
    m_pty->write(bytes);
    return now;
}

bool PtyEditor::quit(std::string_view quit_keys, Clock::time_point deadline) {
    m_pty->write(quit_keys);
    if (!m_pty->wait_exit(deadline, m_to_screen)) {
        return false;
    }
    return m_pty->drain(deadline, m_to_screen);
}

} // namespace trio::bench
