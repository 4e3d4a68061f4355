// Runs the host component in this process and supervises the forked others (see
// hosted_runtime.hpp). Everything here runs on the host's thread.
#include "ipc/hosted_runtime.hpp"

#include "ipc/guarded_run.hpp"

#include <csignal>
#include <poll.h>
#include <stdexcept>
#include <sys/prctl.h>
#include <unistd.h>

namespace trio::ipc {

namespace {

bool has_ended(const ChildProcess& process) {
    pollfd entry{process.pidfd(), POLLIN, 0};
    return process.running() && ::poll(&entry, 1, 0) > 0 && entry.revents != 0;
}

} // namespace

HostedRuntime::HostedRuntime(std::chrono::milliseconds exit_grace) : m_exit_grace(exit_grace) {}

HostedRuntime::~HostedRuntime() = default; // each ChildProcess kills and reaps its own

void HostedRuntime::start(std::vector<std::unique_ptr<Component>> components) {
    if (m_started) {
        throw std::logic_error("HostedRuntime::start() called twice");
    }
    if (components.empty()) {
        throw std::invalid_argument("HostedRuntime::start() needs a host component");
    }
    m_started = true;
    std::vector<ChildProcess> processes = fork_components(components, 1);
    m_children.reserve(processes.size());
    for (std::size_t i = 0; i < processes.size(); ++i) {
        const pid_t pid = processes[i].pid();
        m_children.push_back(
            Child{ExitReport{.name = std::string(components[i + 1]->name()), .pid = pid},
                  std::move(processes[i])});
    }
    m_host = std::move(components.front());
    components.clear(); // the host keeps only its own ends
}

void HostedRuntime::forget_siblings() {
    for (Child& sibling : m_children) {
        sibling.process.forget(); // only the host supervises
    }
}

std::vector<ExitReport> HostedRuntime::join_all() {
    if (!m_host) {
        throw std::logic_error("HostedRuntime::join_all() without a host (start() first)");
    }
    ExitReport host{.name = std::string(m_host->name()), .pid = ::getpid()};
    ::prctl(PR_SET_NAME, task_name(m_host->name()).c_str());
    host.exit_status = run_guarded(*m_host);
    m_host.reset(); // closes the host's ends: the children see end-of-stream and end

    const auto deadline = std::chrono::steady_clock::now() + m_exit_grace;
    for (;;) {
        (void)reap_ended();
        std::vector<const ChildProcess*> running;
        for (const Child& child : m_children) {
            if (child.process.running()) {
                running.push_back(&child.process);
            }
        }
        if (running.empty()) {
            break;
        }
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0 || !wait_for_any_end(running, static_cast<int>(left.count()) + 1)) {
            for (Child& child : m_children) {
                if (child.process.running()) {
                    child.process.signal(SIGKILL); // stuck: nothing waits for it any more
                    child.process.reap(child.report);
                }
            }
        }
    }
    std::vector<ExitReport> reports{host};
    for (const Child& child : m_children) {
        reports.push_back(child.report);
    }
    reports.insert(reports.end(), m_replaced.begin(), m_replaced.end());
    return reports;
}

std::vector<int> HostedRuntime::death_fds() const {
    std::vector<int> fds;
    for (const Child& child : m_children) {
        if (child.process.running()) {
            fds.push_back(child.process.pidfd());
        }
    }
    return fds;
}

std::vector<ExitReport> HostedRuntime::reap_ended() {
    std::vector<ExitReport> ended;
    for (Child& child : m_children) {
        if (has_ended(child.process)) {
            child.process.reap(child.report);
            ended.push_back(child.report);
        }
    }
    return ended;
}

void HostedRuntime::respawn(std::unique_ptr<Component> component,
                            const std::function<void()>& prepare) {
    Child* slot = nullptr;
    for (Child& child : m_children) {
        if (child.report.name == component->name() && !child.process.running()) {
            slot = &child;
        }
    }
    if (slot == nullptr) {
        throw std::logic_error("respawn: no ended child named " + std::string(component->name()));
    }
    ChildProcess process(*component, [this, &prepare] {
        forget_siblings();
        if (prepare) {
            prepare();
        }
    });
    ExitReport replaced = slot->report;
    replaced.restarted = true;
    m_replaced.push_back(replaced);
    slot->report = ExitReport{.name = replaced.name, .pid = process.pid()};
    slot->process = std::move(process);
    ++slot->restarts;
    // `component` is destroyed here, in the host: its ends now live only in the new child.
}

void HostedRuntime::kill(std::string_view name) const {
    for (const Child& child : m_children) {
        if (child.report.name == name) {
            child.process.signal(SIGKILL);
        }
    }
}

std::vector<ChildStatus> HostedRuntime::children() const {
    std::vector<ChildStatus> list;
    for (const Child& child : m_children) {
        list.push_back(ChildStatus{child.report.name, child.report.pid, child.restarts,
                                   child.process.running()});
    }
    return list;
}

} // namespace trio::ipc
