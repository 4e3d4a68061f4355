// Forks, names, signals and reaps one component process (see child_process.hpp). The
// constructor runs in the parent; the code after fork() in it runs in the child and never
// returns.
#include "ipc/child_process.hpp"

#include "ipc/guarded_run.hpp"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <poll.h>
#include <string>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <system_error>
#include <unistd.h>
#include <utility>

namespace trio::ipc {

namespace {

// glibc 2.36's <sys/pidfd.h> lacks extern "C" (fixed in 2.37), so C++ cannot link its
// wrappers: call the system calls directly.
int open_pidfd(pid_t pid) {
    return static_cast<int>(::syscall(SYS_pidfd_open, pid, 0U));
}

// waitpid() that survives EINTR. Returns false if the child was not ours to reap (ECHILD).
bool wait_for(pid_t pid, int& status) {
    for (;;) {
        if (::waitpid(pid, &status, 0) == pid) {
            return true;
        }
        if (errno != EINTR) {
            return false;
        }
    }
}

// The parent-death signal. SIGUSR2 rather than SIGKILL: the child first gets the chance to
// end cleanly (it sees end-of-stream on its channels at the same moment).
constexpr int parent_death_signal = SIGUSR2;

extern "C" void on_parent_death(int /*sig*/) {
    ::alarm(parent_death_grace_seconds); // async-signal-safe; SIGALRM's default action kills
}

void arm_parent_death(pid_t parent) {
    struct sigaction action {};
    action.sa_handler = on_parent_death;
    action.sa_flags = SA_RESTART;
    sigemptyset(&action.sa_mask);
    ::sigaction(parent_death_signal, &action, nullptr);
    ::signal(SIGALRM, SIG_DFL);
    sigset_t wanted;
    sigemptyset(&wanted);
    sigaddset(&wanted, parent_death_signal);
    sigaddset(&wanted, SIGALRM);
    ::sigprocmask(SIG_UNBLOCK, &wanted, nullptr);
    ::prctl(PR_SET_PDEATHSIG, parent_death_signal);
    if (::getppid() != parent) {
        on_parent_death(parent_death_signal); // it died before the signal was armed
    }
}

[[noreturn]] void run_component_child(Component& component, const std::function<void()>& prepare,
                                      pid_t parent) {
    arm_parent_death(parent);
    ::prctl(PR_SET_NAME, task_name(component.name()).c_str());
    if (prepare) {
        prepare();
    }
    int status = run_guarded(component);
    if (status < 0 || status > 255) {
        status = exit_status_uncaught_exception;
    }
    std::fflush(nullptr);
    // _exit: never return into the parent's stack (a test framework, main's caller) and never
    // run the parent's atexit handlers or static destructors in this copy of it.
    ::_exit(status);
}

void kill_and_reap(const UniqueFd& pidfd, pid_t pid) {
    (void)::syscall(SYS_pidfd_send_signal, pidfd.get(), SIGKILL, nullptr, 0U);
    int status = 0;
    (void)wait_for(pid, status);
}

} // namespace

ChildProcess::ChildProcess(Component& component, const std::function<void()>& prepare) {
    const pid_t parent = ::getpid();
    // Unflushed output would otherwise be written once by the parent and once per child.
    std::fflush(nullptr);
    const pid_t pid = ::fork();
    if (pid == 0) {
        run_component_child(component, prepare, parent);
    }
    if (pid < 0) {
        throw std::system_error(errno, std::generic_category(), "fork");
    }
    const int pidfd = open_pidfd(pid);
    if (pidfd < 0) {
        const int error = errno;
        ::kill(pid, SIGKILL); // not reaped yet, so the pid cannot have been recycled
        int status = 0;
        (void)wait_for(pid, status);
        throw std::system_error(error, std::generic_category(), "pidfd_open");
    }
    m_pid = pid;
    m_pidfd = UniqueFd(pidfd);
}

ChildProcess::~ChildProcess() {
    if (m_pidfd.valid()) {
        kill_and_reap(m_pidfd, m_pid);
    }
}

ChildProcess& ChildProcess::operator=(ChildProcess&& other) noexcept {
    if (this != &other) {
        if (m_pidfd.valid()) {
            kill_and_reap(m_pidfd, m_pid);
        }
        m_pid = std::exchange(other.m_pid, 0);
        m_pidfd = std::move(other.m_pidfd);
    }
    return *this;
}

void ChildProcess::signal(int sig) const {
    if (m_pidfd.valid()) {
        // ESRCH (ended, not yet reaped) needs no handling.
        (void)::syscall(SYS_pidfd_send_signal, m_pidfd.get(), sig, nullptr, 0U);
    }
}

void ChildProcess::reap(ExitReport& report) {
    report.pid = m_pid;
    int status = 0;
    if (!wait_for(m_pid, status)) {
        m_pidfd.reset();
        throw std::system_error(ECHILD, std::generic_category(),
                                "waitpid(" + std::to_string(m_pid) + ") for component " +
                                    report.name + " (is SIGCHLD ignored?)");
    }
    m_pidfd.reset();
    if (WIFEXITED(status)) {
        report.exit_status = WEXITSTATUS(status);
    } else if (WIFSIGNALED(status)) {
        report.term_signal = WTERMSIG(status);
    }
}

std::vector<ChildProcess> fork_components(std::vector<std::unique_ptr<Component>>& components,
                                          std::size_t first) {
    std::vector<ChildProcess> started;
    started.reserve(components.size() - std::min(first, components.size()));
    for (std::size_t i = first; i < components.size(); ++i) {
        auto prepare = [&started, &components, i] {
            for (ChildProcess& sibling : started) {
                sibling.forget();
            }
            for (std::size_t j = 0; j < components.size(); ++j) {
                if (j != i) {
                    components[j].reset();
                }
            }
        };
        started.emplace_back(*components[i], prepare); // on a throw, `started` kills its own
    }
    return started;
}

bool wait_for_any_end(const std::vector<const ChildProcess*>& children, int timeout_ms) {
    std::vector<pollfd> fds;
    for (const ChildProcess* child : children) {
        if (child->running()) {
            fds.push_back(pollfd{child->pidfd(), POLLIN, 0});
        }
    }
    for (;;) {
        const int ready = ::poll(fds.data(), fds.size(), timeout_ms);
        if (ready >= 0) {
            return ready > 0;
        }
        if (errno != EINTR) {
            throw std::system_error(errno, std::generic_category(), "poll on pidfds");
        }
    }
}

} // namespace trio::ipc
