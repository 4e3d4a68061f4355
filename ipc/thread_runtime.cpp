// Starts, names and joins component threads for the `trio` build. Runs on the main thread;
// run_on_thread() runs on each component's thread.
#include "ipc/thread_runtime.hpp"

#include "ipc/guarded_run.hpp"

#include <pthread.h>
#include <stdexcept>
#include <unistd.h>

namespace trio::ipc {

ThreadRuntime::~ThreadRuntime() {
    for (std::jthread& thread : m_threads) {
        if (thread.joinable()) {
            thread.join();
        }
    }
}

void ThreadRuntime::start(std::vector<std::unique_ptr<Component>> components) {
    if (!m_threads.empty()) {
        throw std::logic_error("ThreadRuntime::start() called twice");
    }
    {
        std::lock_guard lock(m_mutex);
        for (const auto& component : components) {
            m_reports.push_back(ExitReport{.name = std::string(component->name())});
        }
    }
    m_threads.reserve(components.size());
    try {
        for (std::size_t i = 0; i < components.size(); ++i) {
            m_threads.emplace_back([this, i, component = std::move(components[i])]() mutable {
                run_on_thread(i, std::move(component));
            });
        }
    } catch (...) {
        // Report (and later join) only the threads that exist.
        std::lock_guard lock(m_mutex);
        m_reports.resize(m_threads.size());
        throw;
    }
}

void ThreadRuntime::run_on_thread(std::size_t index, std::unique_ptr<Component> component) {
    ::pthread_setname_np(::pthread_self(), task_name(component->name()).c_str());
    const pid_t tid = ::gettid();
    const int status = run_guarded(*component);
    component.reset(); // closes its channel ends now, as a process's exit would
    {
        std::lock_guard lock(m_mutex);
        m_reports[index].pid = tid;
        m_reports[index].exit_status = status;
        m_unseen.push_back(index);
    }
    m_ended.notify_one();
}

std::vector<ExitReport> ThreadRuntime::join_all() {
    std::unique_lock lock(m_mutex);
    for (; m_seen < m_reports.size(); ++m_seen) {
        m_ended.wait(lock, [this] { return !m_unseen.empty(); });
        const ExitReport report = m_reports[m_unseen.front()];
        m_unseen.pop_front();
        if (!report.clean() && on_abnormal_exit) {
            // Unlocked: the callback may take its time (or stop other components).
            lock.unlock();
            on_abnormal_exit(report);
            lock.lock();
        }
    }
    lock.unlock();
    for (std::jthread& thread : m_threads) {
        if (thread.joinable()) {
            thread.join();
        }
    }
    return m_reports;
}

} // namespace trio::ipc
