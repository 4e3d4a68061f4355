// Runs one e2e case: prepares its temp dir, drives the editor under a pty, checks what it left.
#include "tests/e2e/harness/case_runner.hpp"

#include "editor/keys/key.hpp"
#include "tests/e2e/harness/editor_home.hpp"
#include "tests/e2e/harness/expect_screen.hpp"
#include "tests/e2e/harness/leftovers.hpp"
#include "tests/e2e/harness/pty_session.hpp"
#include "tests/e2e/harness/run_command.hpp"
#include "tests/e2e/harness/temp_dir.hpp"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <fstream>
#include <pwd.h>
#include <sstream>
#include <stdexcept>
#include <sys/resource.h>
#include <system_error>
#include <thread>
#include <unistd.h>

namespace trio::e2e {
namespace fs = std::filesystem;
namespace {

struct UserIds {
    uid_t uid;
    gid_t gid;
};

std::string encode_notation(std::string_view notation, const char* file) {
    try {
        std::string bytes;
        for (const auto& key : keys::parse_keys(notation)) {
            bytes += keys::encode_key(key);
        }
        return bytes;
    } catch (const std::invalid_argument& e) {
        throw std::runtime_error(std::string("`") + file + "`: " + e.what());
    }
}

std::string seconds_text() {
    const auto ms = expect_timeout().count();
    return std::to_string(ms / 1000) + "." + std::to_string(ms % 1000 / 100) + " s";
}

// The user a case asks for, when the harness can become it (root); otherwise the harness user,
// who is not root and so already subject to file permissions.
std::optional<UserIds> user_to_run_as(const E2eCase& spec) {
    if (!spec.user || geteuid() != 0) {
        return std::nullopt;
    }
    const passwd* entry = getpwnam(spec.user->c_str());
    if (entry == nullptr) {
        throw std::runtime_error("`user`: unknown user " + *spec.user);
    }
    return UserIds{entry->pw_uid, entry->pw_gid};
}

void write_file(const fs::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
    if (!out.flush()) {
        throw std::runtime_error("cannot write " + path.string());
    }
}

// HOME and the XDG directories live below dir/home; `in` becomes the file. For another user
// the directory must be traversable and HOME theirs (the files stay root's, 0644).
void prepare_files(const E2eCase& spec, const fs::path& dir, const std::optional<UserIds>& user) {
    const auto home = make_editor_home(dir);
    if (spec.config) {
        fs::create_directories(home / ".config/trio");
        write_file(home / ".config/trio/config", *spec.config);
    }
    if (spec.in) {
        fs::create_directories((dir / spec.file).parent_path());
        write_file(dir / spec.file, *spec.in);
    }
    if (!user) {
        return;
    }
    fs::permissions(dir, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                             fs::perms::others_read | fs::perms::others_exec);
    if (spec.in) {
        fs::permissions(dir / spec.file, fs::perms::owner_read | fs::perms::owner_write |
                                             fs::perms::group_read | fs::perms::others_read);
    }
    const auto give = [&user](const fs::path& path) {
        if (lchown(path.c_str(), user->uid, user->gid) != 0) {
            throw std::runtime_error("cannot chown " + path.string());
        }
    };
    give(home);
    for (const auto& entry : fs::recursive_directory_iterator(home)) {
        give(entry.path());
    }
}

std::optional<std::string> read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return std::nullopt;
    }
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

// File bytes as diffable lines: control characters escaped, a missing final newline noted.
std::vector<std::string> file_lines(std::string_view bytes) {
    std::vector<std::string> lines(1);
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '\n') {
            lines.emplace_back();
        } else if (u < 0x20 || u == 0x7F) {
            static constexpr char hex[] = "0123456789abcdef";
            lines.back() += std::string("\\x") + hex[u >> 4] + hex[u & 0xF];
        } else {
            lines.back() += c;
        }
    }
    if (lines.back().empty()) {
        lines.pop_back();
    } else {
        lines.emplace_back("\\ no newline at end of file");
    }
    return lines;
}

// What the user would see after the run, scrolled-off lines (e.g. a sanitizer report) first.
std::string final_output_text(const VtermScreen& screen) {
    constexpr std::size_t max_lines = 200;
    const auto& scrollback = screen.scrollback();
    std::string text = "terminal output (scrollback, then screen):\n";
    const auto skip = scrollback.size() > max_lines ? scrollback.size() - max_lines : 0;
    for (auto it = scrollback.begin() + static_cast<std::ptrdiff_t>(skip); it != scrollback.end();
         ++it) {
        text += *it + "\n";
    }
    return text + screen_file_text(screen);
}

// `fsize-limit`: RLIMIT_FSIZE on every process of the editor's session, so that its writes
// past `bytes` fail with EFBIG (the editor ignores SIGXFSZ), as on a full disk. Set once the
// editor is up rather than before exec, because trio-proc sizes its queues in /dev/shm with
// ftruncate at start-up, beyond any small limit. By then trio-proc may still be forking its
// last child, which a scan of /proc could miss; so the process group is stopped first: a fork
// in flight then completes (its child stopped too) or restarts after SIGCONT, inheriting the
// limit. Once every process is stopped, none can escape the scan.
void limit_file_size(PtySession& session, VtermScreen& screen, std::uint64_t bytes) {
    const pid_t group = session.pid(); // forkpty's child leads its session and process group
    const auto stopped = [group] {
        const auto processes = processes_in_session(group);
        return std::all_of(processes.begin(), processes.end(), [](const ProcessInfo& p) {
            return p.state == 'T' || p.state == 't' || p.zombie();
        });
    };
    if (::kill(-group, SIGSTOP) != 0 || !pump_until(session, screen, stopped, expect_deadline())) {
        throw std::runtime_error("`fsize-limit`: the editor's processes did not stop");
    }
    const rlimit limit{bytes, bytes};
    for (const auto& process : processes_in_session(group)) {
        if (!process.zombie() && ::prlimit(process.pid, RLIMIT_FSIZE, &limit, nullptr) != 0) {
            const int error = errno;
            throw std::runtime_error("`fsize-limit`: prlimit(" + std::to_string(process.pid) +
                                     ") failed: " + std::generic_category().message(error));
        }
    }
    ::kill(-group, SIGCONT);
}

// After a SIGKILL the editor's children end on their own (PR_SET_PDEATHSIG) and init reaps
// them; nothing signals that, so the session is polled, for at most one deadline.
void wait_for_empty_session(PtySession& session, const OutputSink& to_screen) {
    const auto deadline = expect_deadline();
    while (!processes_in_session(session.pid()).empty() && Clock::now() < deadline) {
        const auto tick = Clock::now() + std::chrono::milliseconds(20);
        session.pump(tick, to_screen);
        std::this_thread::sleep_until(tick); // when the pty has already closed
    }
}

void check_leftovers(pid_t editor, CaseReport& report) {
    const auto processes = processes_in_session(editor);
    if (!processes.empty()) {
        std::string message = "processes of the editor's session remain after it exited:\n";
        for (const auto& process : processes) {
            message += "  " + process.to_string() + (process.zombie() ? " (zombie)\n" : "\n");
            ::kill(process.pid, SIGKILL);
        }
        report.failures.push_back(message);
    }
    const auto names = names_with_prefix("/dev/shm", shm_prefix_of(editor));
    if (!names.empty()) {
        std::string message = "objects the editor created remain in /dev/shm (now removed):\n";
        for (const auto& name : names) {
            message += "  " + name + "\n";
            std::error_code ignored;
            fs::remove(fs::path("/dev/shm") / name, ignored);
        }
        report.failures.push_back(message);
    }
}

// After the quit keys: the exit (status read once all output is in, so that a sanitizer report
// is part of the message), what the editor left behind, and the terminal's state.
void check_exit(const E2eCase& spec, PtySession& session, VtermScreen& screen, CaseReport& report) {
    const OutputSink to_screen = [&screen](std::string_view bytes) { screen.feed(bytes); };
    auto status = session.wait_exit(expect_deadline(), to_screen);
    const bool killed = !status;
    if (killed) {
        report.failures.push_back("the editor did not exit within " + seconds_text() +
                                  " of the quit keys (" + spec.quit + "); killed it\n" +
                                  final_output_text(screen));
        session.kill(SIGKILL);
        status = session.wait_exit(expect_deadline(), to_screen);
        wait_for_empty_session(session, to_screen);
    }
    check_leftovers(session.pid(), report);
    if (!session.drain(expect_deadline(), to_screen)) {
        report.failures.emplace_back("the pty stayed open after the editor exited");
    }
    if (killed || !status) {
        return;
    }
    if (*status != ExitStatus{spec.status, 0}) {
        report.failures.push_back("expected exit status " + std::to_string(spec.status) + ", got " +
                                  status->to_string() + "\n" + final_output_text(screen));
    }
    if (status->signal == 0 && screen.alternate_screen()) {
        report.failures.emplace_back("terminal not restored: still on the alternate screen");
    }
    if (status->signal == 0 && !screen.cursor_visible()) {
        report.failures.emplace_back("terminal not restored: the cursor is still hidden");
    }
}

void run(const E2eCase& spec, const Executable& editor, CaseReport& report) {
    const auto fail = [&report](std::string message) { report.failures.push_back(message); };
    ScreenExpectation expected{{}, spec.cursor, spec.error};
    if (spec.screen) {
        expected.rows = parse_screen(*spec.screen, editor.label);
    }
    const auto keys = encode_notation(spec.keys, "keys");
    const auto quit = encode_notation(spec.quit, "quit");

    TempDir dir("trio-e2e");
    const std::vector<std::string> script_env = {"TRIO_E2E_EXECUTABLE=" + editor.path,
                                                 "TRIO_E2E_DESIGN=" + editor.name,
                                                 "TRIO_E2E_CASE_DIR=" + spec.directory.string()};
    if (spec.enabled) {
        const auto enabled = run_command({spec.enabled->string()}, dir.path(), script_env);
        if (enabled.status != 0) {
            report.skipped = true;
            report.skip_reason = "`enabled` exited with " + std::to_string(enabled.status) +
                                 (enabled.output.empty() ? "" : ": " + enabled.output);
            return;
        }
    }
    const auto user = user_to_run_as(spec);
    prepare_files(spec, dir.path(), user);
    if (spec.setup) {
        const auto setup = run_command({"sh", "-e", spec.setup->string()}, dir.path(), script_env);
        if (setup.status != 0) {
            fail("`setup` exited with " + std::to_string(setup.status) + ":\n" + setup.output);
            return;
        }
    }

    SessionOptions options{{editor.path},
                           dir.path(),
                           editor_environment(dir.path() / "home"),
                           spec.size,
                           user ? spec.user : std::nullopt};
    options.argv.insert(options.argv.end(), spec.args.begin(), spec.args.end());
    if (!spec.file.empty()) { // an empty `file`: no file argument, a new unnamed buffer
        options.argv.push_back(spec.file);
    }
    PtySession session(options);
    VtermScreen screen(spec.size, [&session](std::string_view reply) { session.write(reply); });

    // Keys typed before raw mode would be echoed or turned into signals by the tty.
    const auto ready = [&] { return session.input_is_raw() && screen.alternate_screen(); };
    if (pump_until(session, screen, ready, expect_deadline())) {
        if (spec.fsize_limit) {
            limit_file_size(session, screen, *spec.fsize_limit);
        }
        if (spec.after_start) {
            const auto after =
                run_command({"sh", "-e", spec.after_start->string()}, dir.path(), script_env);
            if (after.status != 0) {
                fail("`after-start` exited with " + std::to_string(after.status) + ":\n" +
                     after.output);
            }
        }
        session.write(keys);
    } else if (!session.try_wait()) {
        fail("the editor did not switch to raw mode on the alternate screen within " +
             seconds_text() + "\n" + screen_file_text(screen));
    }
    const auto result = expect_screen(session, screen, expected, expect_deadline());
    if (result.matched && spec.colours) {
        const auto colours =
            expect_colours(session, screen, parse_screen(*spec.colours, ""), expect_deadline());
        if (!colours.matched) {
            fail(colours.message);
        }
    }
    report.actual_screen = screen_file_text(screen);
    if (spec.colours) {
        report.actual_screen += "colours:\n";
        for (const auto& row : screen.colour_rows()) {
            report.actual_screen += row + "|\n";
        }
    }
    if (!result.matched) {
        fail((spec.screen ? "" : "no `screen` file\n") + result.message);
    }
    if (result.matched && spec.resize) {
        session.resize(*spec.resize); // the editor gets SIGWINCH
        screen.resize(*spec.resize);
        const ScreenExpectation resized{parse_screen(*spec.resized_screen, editor.label), {}, {}};
        const auto after = expect_screen(session, screen, resized, expect_deadline());
        if (!after.matched) {
            fail("after resizing to " + std::to_string(spec.resize->rows) + "x" +
                 std::to_string(spec.resize->cols) + ":\n" + after.message);
        }
    }

    if (!session.try_wait()) {
        session.write(quit);
    }
    check_exit(spec, session, screen, report);
    if (spec.out) {
        const auto actual = read_file(dir.path() / spec.file);
        if (!actual) {
            fail("`out`: " + spec.file + " does not exist after the run");
        } else if (*actual != *spec.out) {
            fail("`out`: " + spec.file + " differs:\n" +
                 show_diff(file_lines(*spec.out), file_lines(*actual)));
        }
    }
    if (spec.check) {
        const auto check = run_command({"sh", "-ex", spec.check->string()}, dir.path(), script_env);
        if (check.status != 0) {
            fail("`check` exited with " + std::to_string(check.status) + ":\n" + check.output);
        }
    }
}

} // namespace

CaseReport run_case(const E2eCase& spec, const Executable& editor) {
    CaseReport report;
    try {
        run(spec, editor, report);
    } catch (const std::exception& e) {
        report.failures.push_back(std::string("harness: ") + e.what());
    }
    return report;
}

} // namespace trio::e2e
