// Runs each component on its own std::jthread and joins them all: the `trio` build.
// Used by the app layer (main_threads.cpp).
//
// A component's thread is named "trio-<name>" (truncated to 15 characters) and the component
// is destroyed on that thread as soon as run() returns, so its channel ends close at once and
// its peers see end-of-stream, exactly as they would if its process had exited.
//
// Threads share the process: a component that crashes takes the whole editor with it. An
// exception escaping run() is caught (see guarded_run.hpp) and reported as exit status 70.
#pragma once

#include "ipc/runtime.hpp"

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <thread>

namespace trio::ipc {

class ThreadRuntime final : public Runtime {
public:
    ThreadRuntime() = default;
    // Joins any thread join_all() has not joined: blocks until those components end.
    ~ThreadRuntime() override;

    // Starts one thread per component. Call once (std::logic_error otherwise); throws
    // std::system_error if a thread cannot be started (those already started keep running
    // and are joined by the destructor).
    void start(std::vector<std::unique_ptr<Component>> components) override;

    // Blocks until every component has ended. ExitReport::pid is the thread's kernel id
    // (gettid). on_abnormal_exit runs on the calling thread, in the order components end.
    [[nodiscard]] std::vector<ExitReport> join_all() override;

private:
    void run_on_thread(std::size_t index, std::unique_ptr<Component> component);

    std::mutex m_mutex;
    std::condition_variable m_ended;
    std::vector<ExitReport> m_reports; // guarded by m_mutex while threads run
    std::deque<std::size_t> m_unseen;  // indices that ended, not yet seen by join_all()
    std::size_t m_seen = 0;            // ends join_all() has seen (a second call returns at once)
    std::vector<std::jthread> m_threads;
};

} // namespace trio::ipc
