// Forks, names, supervises and reaps the component processes of `trio-proc`. start() and
// join_all() run in the parent; run_child() runs in each child and never returns.
#include "ipc/process_runtime.hpp"

#include "ipc/guarded_run.hpp"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <poll.h>
#include <stdexcept>
#include <sys/prctl.h>
#include <sys/signalfd.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <system_error>
#include <unistd.h>

namespace trio::ipc {

namespace {

// glibc 2.36's <sys/pidfd.h> lacks extern "C" (fixed in 2.37), so C++ cannot link its
// wrappers: call the system calls directly.
int open_pidfd(pid_t pid) {
    return static_cast<int>(::syscall(SYS_pidfd_open, pid, 0U));
}

void signal_pidfd(const UniqueFd& pidfd, int sig) {
    // ESRCH (ended, not yet reaped) needs no handling.
    (void)::syscall(SYS_pidfd_send_signal, pidfd.get(), sig, nullptr, 0U);
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

} // namespace

ProcessRuntime::~ProcessRuntime() {
    for (Child& child : m_children) {
        if (child.pidfd.valid()) {
            signal_pidfd(child.pidfd, SIGKILL);
            int status = 0;
            (void)wait_for(child.report.pid, status);
        }
    }
}

void ProcessRuntime::start(std::vector<std::unique_ptr<Component>> components) {
    if (!m_children.empty()) {
        throw std::logic_error("ProcessRuntime::start() called twice");
    }
    const pid_t parent = ::getpid();
    // Unflushed output would otherwise be written once by the parent and once per child.
    std::fflush(nullptr);
    m_children.reserve(components.size());
    for (std::size_t i = 0; i < components.size(); ++i) {
        const pid_t pid = ::fork();
        if (pid == 0) {
            run_child(i, components, parent);
        }
        const int fork_error = errno;
        const int pidfd = pid > 0 ? open_pidfd(pid) : -1;
        if (pidfd < 0) {
            const int error = pid < 0 ? fork_error : errno;
            if (pid > 0) {
                ::kill(pid, SIGKILL); // not reaped yet, so the pid cannot have been recycled
                int status = 0;
                (void)wait_for(pid, status);
            }
            terminate_all(SIGKILL);
            for (Child& child : m_children) {
                reap(child);
            }
            m_children.clear();
            throw std::system_error(error, std::generic_category(),
                                    pid < 0 ? "fork" : "pidfd_open");
        }
        m_children.push_back(Child{
            ExitReport{.name = std::string(components[i]->name()), .pid = pid}, UniqueFd(pidfd)});
    }
    components.clear(); // the parent keeps no channel end
}

void ProcessRuntime::run_child(std::size_t index,
                               std::vector<std::unique_ptr<Component>>& components, pid_t parent) {
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != parent) {
        // The parent died before the death signal was armed: nobody would supervise us.
        ::_exit(exit_status_uncaught_exception);
    }
    ::prctl(PR_SET_NAME, task_name(components[index]->name()).c_str());
    for (Child& sibling : m_children) {
        sibling.pidfd.reset(); // only the parent supervises
    }
    for (std::size_t i = 0; i < components.size(); ++i) {
        if (i != index) {
            components[i].reset(); // closes the channel ends this process does not use
        }
    }
    int status = run_guarded(*components[index]);
    components[index].reset();
    if (status < 0 || status > 255) {
        status = exit_status_uncaught_exception;
    }
    std::fflush(nullptr);
    // _exit: never return into the parent's stack (a test framework, main's caller) and never
    // run the parent's atexit handlers or static destructors in this copy of it.
    ::_exit(status);
}

void ProcessRuntime::reap(Child& child) {
    int status = 0;
    if (!wait_for(child.report.pid, status)) {
        child.pidfd.reset();
        throw std::system_error(ECHILD, std::generic_category(),
                                "waitpid(" + std::to_string(child.report.pid) + ") for component " +
                                    child.report.name + " (is SIGCHLD ignored?)");
    }
    child.pidfd.reset();
    if (WIFEXITED(status)) {
        child.report.exit_status = WEXITSTATUS(status);
    } else if (WIFSIGNALED(status)) {
        child.report.term_signal = WTERMSIG(status);
    }
}

std::vector<ExitReport> ProcessRuntime::join_all() {
    UniqueFd signals;
    if (!m_forwarded.empty()) {
        sigset_t set;
        sigemptyset(&set);
        for (int sig : m_forwarded) {
            sigaddset(&set, sig);
        }
        signals = UniqueFd(::signalfd(-1, &set, SFD_NONBLOCK | SFD_CLOEXEC));
    }
    std::vector<pollfd> waiting;
    std::vector<Child*> owners;
    for (;;) {
        waiting.clear();
        owners.clear();
        for (Child& child : m_children) {
            if (child.pidfd.valid()) {
                waiting.push_back(pollfd{child.pidfd.get(), POLLIN, 0});
                owners.push_back(&child);
            }
        }
        if (waiting.empty()) {
            break;
        }
        if (signals.valid()) {
            waiting.push_back(pollfd{signals.get(), POLLIN, 0});
        }
        // A pidfd becomes readable when its process ends: no SIGCHLD handling needed.
        if (::poll(waiting.data(), waiting.size(), -1) < 0) {
            if (errno == EINTR) {
                continue;
            }
            throw std::system_error(errno, std::generic_category(), "poll on pidfds");
        }
        if (signals.valid() && waiting.back().revents != 0) {
            signalfd_siginfo info{};
            while (::read(signals.get(), &info, sizeof info) == sizeof info) {
                terminate_all(static_cast<int>(info.ssi_signo));
            }
        }
        for (std::size_t i = 0; i < owners.size(); ++i) {
            if (waiting[i].revents != 0) {
                Child& child = *owners[i];
                reap(child);
                if (!child.report.clean() && on_abnormal_exit) {
                    on_abnormal_exit(child.report);
                }
            }
        }
    }
    std::vector<ExitReport> reports;
    for (const Child& child : m_children) {
        reports.push_back(child.report);
    }
    return reports;
}

std::vector<pid_t> ProcessRuntime::pids() const {
    std::vector<pid_t> result;
    for (const Child& child : m_children) {
        result.push_back(child.report.pid);
    }
    return result;
}

void ProcessRuntime::terminate_all(int sig) {
    for (const Child& child : m_children) {
        if (child.pidfd.valid()) {
            signal_pidfd(child.pidfd, sig);
        }
    }
}

} // namespace trio::ipc
