// Forks, supervises and reaps a set of component processes (ChildProcess does each fork).
// start() and join_all() run in the parent.
#include "ipc/process_runtime.hpp"

#include <cerrno>
#include <csignal>
#include <poll.h>
#include <stdexcept>
#include <sys/signalfd.h>
#include <system_error>
#include <unistd.h>

namespace trio::ipc {

ProcessRuntime::~ProcessRuntime() = default; // each ChildProcess kills and reaps its own

void ProcessRuntime::start(std::vector<std::unique_ptr<Component>> components) {
    if (!m_children.empty()) {
        throw std::logic_error("ProcessRuntime::start() called twice");
    }
    std::vector<ChildProcess> processes = fork_components(components, 0);
    m_children.reserve(processes.size());
    for (std::size_t i = 0; i < processes.size(); ++i) {
        const pid_t pid = processes[i].pid();
        m_children.push_back(
            Child{ExitReport{.name = std::string(components[i]->name()), .pid = pid},
                  std::move(processes[i])});
    }
    components.clear(); // the parent keeps no channel end
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
            if (child.process.running()) {
                waiting.push_back(pollfd{child.process.pidfd(), POLLIN, 0});
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
                child.process.reap(child.report);
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
        child.process.signal(sig);
    }
}

} // namespace trio::ipc
