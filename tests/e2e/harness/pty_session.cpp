// Starts, feeds, drains, reaps and (if need be) kills one program under a pty for the e2e tests.
#include "tests/e2e/harness/pty_session.hpp"

#include "tests/e2e/harness/leftovers.hpp"

#include <algorithm>
#include <array>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <grp.h>
#include <poll.h>
#include <pty.h>
#include <pwd.h>
#include <stdexcept>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

namespace trio::e2e {
namespace {

[[noreturn]] void fail(const std::string& what) {
    throw std::runtime_error("pty session: " + what + ": " + std::strerror(errno));
}

struct UserIds {
    uid_t uid;
    gid_t gid;
};

UserIds lookup_user(const std::string& name) {
    if (geteuid() != 0) {
        throw std::runtime_error("pty session: running as user '" + name + "' needs root");
    }
    std::array<char, 4096> buffer{};
    passwd entry{};
    passwd* found = nullptr;
    if (getpwnam_r(name.c_str(), &entry, buffer.data(), buffer.size(), &found) != 0 || !found) {
        throw std::runtime_error("pty session: unknown user '" + name + "'");
    }
    return {found->pw_uid, found->pw_gid};
}

std::vector<char*> c_strings(const std::vector<std::string>& strings) {
    std::vector<char*> pointers;
    for (const auto& s : strings) {
        pointers.push_back(const_cast<char*>(s.c_str()));
    }
    pointers.push_back(nullptr);
    return pointers;
}

// In the forked child: only async-signal-safe calls from here to exec.
[[noreturn]] void child_exit(const char* what, int status) {
    const char* reason = std::strerror(errno);
    const auto put = [](const char* s) { (void)!::write(STDERR_FILENO, s, std::strlen(s)); };
    put("trio e2e harness: ");
    put(what);
    put(": ");
    put(reason);
    put("\r\n");
    _exit(status);
}

[[noreturn]] void exec_child(char* const* argv, char* const* envp, const char* working_dir,
                             const std::optional<UserIds>& user) {
    // Signal state is inherited through exec; give the program a pristine one.
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, nullptr);
    struct sigaction default_action {};
    default_action.sa_handler = SIG_DFL;
    for (int sig = 1; sig < NSIG; ++sig) {
        sigaction(sig, &default_action, nullptr); // fails harmlessly for SIGKILL, SIGSTOP, RT
    }
    if (user) {
        // The slave belongs to root; give it to the user so reopening /dev/tty works too.
        if (fchown(STDIN_FILENO, user->uid, user->gid) != 0 || setgroups(0, nullptr) != 0 ||
            setgid(user->gid) != 0 || setuid(user->uid) != 0) {
            child_exit("cannot switch user", 126);
        }
    }
    if (chdir(working_dir) != 0) {
        child_exit("chdir", 126);
    }
    execvpe(argv[0], argv, envp);
    child_exit(argv[0], 127);
}

} // namespace

std::string ExitStatus::to_string() const {
    if (signal == 0) {
        return "exit status " + std::to_string(code);
    }
    const char* abbrev = sigabbrev_np(signal);
    return "killed by signal " + std::to_string(signal) + " (SIG" + (abbrev ? abbrev : "?") + ")";
}

std::vector<std::string> editor_environment(const std::filesystem::path& home) {
    std::vector<std::string> env = {
        "TERM=xterm-256color",
        "LANG=C.UTF-8",
        "HOME=" + home.string(),
        "XDG_CONFIG_HOME=" + (home / ".config").string(),
        "XDG_DATA_HOME=" + (home / ".local/share").string(),
        "XDG_STATE_HOME=" + (home / ".local/state").string(),
        "XDG_CACHE_HOME=" + (home / ".cache").string(),
        "XDG_RUNTIME_DIR=" + (home / ".run").string(),
    };
    for (char** entry = environ; *entry != nullptr; ++entry) {
        const std::string_view var(*entry);
        const auto name = var.substr(0, var.find('='));
        if (name == "PATH" || name.ends_with("SAN_OPTIONS")) {
            env.emplace_back(var);
        }
    }
    return env;
}

PtySession::PtySession(const SessionOptions& options) {
    if (options.argv.empty()) {
        throw std::invalid_argument("pty session: empty argv");
    }
    std::optional<UserIds> user;
    if (options.user) {
        user = lookup_user(*options.user);
    }
    // Everything the child needs is built before fork(): it may only call async-signal-safe code.
    const auto argv = c_strings(options.argv);
    const auto envp = c_strings(options.env);
    const std::string working_dir = options.working_dir.string();
    winsize size{};
    size.ws_row = static_cast<unsigned short>(options.size.rows);
    size.ws_col = static_cast<unsigned short>(options.size.cols);

    m_pid = forkpty(&m_master, nullptr, nullptr, &size);
    if (m_pid < 0) {
        fail("forkpty");
    }
    if (m_pid == 0) {
        exec_child(argv.data(), envp.data(), working_dir.c_str(), user);
    }
    // Non-blocking so that a program that stops reading can never deadlock the harness, and
    // close-on-exec so that the next session's child does not hold this pty open.
    if (fcntl(m_master, F_SETFL, fcntl(m_master, F_GETFL) | O_NONBLOCK) != 0 ||
        fcntl(m_master, F_SETFD, FD_CLOEXEC) != 0) {
        const int saved = errno;
        kill_session();
        close(m_master);
        errno = saved;
        fail("fcntl");
    }
    m_pidfd = static_cast<int>(syscall(SYS_pidfd_open, m_pid, 0));
}

PtySession::~PtySession() {
    kill_session();
    if (m_pidfd >= 0) {
        close(m_pidfd);
    }
    close(m_master);
}

void PtySession::kill_session() {
    if (!m_status) {
        ::kill(-m_pid, SIGKILL); // the child's process group: it and the children it did not move
    }
    // Two passes: a process in another group could fork between a scan and its kill.
    for (int pass = 0; pass < 2; ++pass) {
        for (const auto& process : processes_in_session(m_pid)) {
            if (!process.zombie()) {
                ::kill(process.pid, SIGKILL);
            }
        }
    }
    if (!m_status) {
        int raw = 0;
        while (waitpid(m_pid, &raw, 0) < 0 && errno == EINTR) {
        }
        m_status = ExitStatus{0, SIGKILL};
    }
}

void PtySession::write(std::string_view bytes) {
    m_to_child.append(bytes);
    flush_input();
}

void PtySession::flush_input() {
    while (m_written < m_to_child.size()) {
        const auto written =
            ::write(m_master, m_to_child.data() + m_written, m_to_child.size() - m_written);
        if (written > 0) {
            m_written += static_cast<std::size_t>(written);
        } else if (written < 0 && errno == EINTR) {
            continue;
        } else if (written < 0 && errno == EAGAIN) {
            return;
        } else {
            m_written = m_to_child.size(); // EIO: nobody holds the slave; the input has no reader
        }
    }
    m_to_child.clear();
    m_written = 0;
}

std::size_t PtySession::read_available(const OutputSink& sink) {
    std::size_t total = 0;
    std::array<char, 4096> buffer{};
    while (!m_end_of_output) {
        const auto got = ::read(m_master, buffer.data(), buffer.size());
        if (got > 0) {
            total += static_cast<std::size_t>(got);
            sink(std::string_view(buffer.data(), static_cast<std::size_t>(got)));
        } else if (got < 0 && errno == EINTR) {
            continue;
        } else if (got < 0 && errno == EAGAIN) {
            break;
        } else {
            m_end_of_output = true; // EIO (Linux) or 0: every slave descriptor is closed
        }
    }
    return total;
}

std::size_t PtySession::pump(Deadline deadline, const OutputSink& sink) {
    flush_input();
    std::array<pollfd, 2> fds{};
    nfds_t count = 0;
    if (!m_end_of_output) {
        const short events = input_pending() ? POLLIN | POLLOUT : POLLIN;
        fds[count++] = pollfd{m_master, events, 0};
    }
    if (!m_status && m_pidfd >= 0) {
        fds[count++] = pollfd{m_pidfd, POLLIN, 0};
    }
    if (count == 0) {
        return 0; // nothing can happen any more
    }
    using std::chrono::milliseconds;
    auto timeout = std::chrono::ceil<milliseconds>(deadline - Clock::now());
    if (!m_status && m_pidfd < 0) {
        timeout = std::min(timeout, milliseconds(20)); // no pidfd: notice the exit by polling
    }
    const int ready = poll(fds.data(), count, static_cast<int>(std::max<long>(0, timeout.count())));
    if (ready < 0 && errno != EINTR) {
        fail("poll");
    }
    (void)try_wait();
    const auto got = read_available(sink);
    flush_input();
    return got;
}

bool PtySession::drain(Deadline deadline, const OutputSink& sink) {
    while (!m_end_of_output && Clock::now() < deadline) {
        pump(deadline, sink);
    }
    return m_end_of_output;
}

std::optional<ExitStatus> PtySession::try_wait() {
    if (m_status) {
        return m_status;
    }
    int raw = 0;
    if (waitpid(m_pid, &raw, WNOHANG) == m_pid) {
        m_status =
            WIFSIGNALED(raw) ? ExitStatus{0, WTERMSIG(raw)} : ExitStatus{WEXITSTATUS(raw), 0};
    }
    return m_status;
}

std::optional<ExitStatus> PtySession::wait_exit(Deadline deadline, const OutputSink& sink) {
    while (!try_wait() && Clock::now() < deadline) {
        pump(deadline, sink);
    }
    return m_status;
}

void PtySession::kill(int sig) {
    if (!m_status) {
        ::kill(m_pid, sig);
    }
}

bool PtySession::input_is_raw() const {
    termios modes{};
    // On Linux, terminal-mode ioctls on the master act on the slave's settings.
    if (tcgetattr(m_master, &modes) != 0) {
        return false;
    }
    return (modes.c_lflag & (ICANON | ECHO)) == 0;
}

void PtySession::resize(TerminalSize size) {
    winsize ws{};
    ws.ws_row = static_cast<unsigned short>(size.rows);
    ws.ws_col = static_cast<unsigned short>(size.cols);
    if (ioctl(m_master, TIOCSWINSZ, &ws) != 0) {
        fail("TIOCSWINSZ");
    }
}

} // namespace trio::e2e
