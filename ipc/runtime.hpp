// Starts trio's components and waits for all of them: as threads (ThreadRuntime) or as
// forked, supervised processes (ProcessRuntime). Used by the app layer only.
#pragma once

#include "ipc/component.hpp"

#include <functional>
#include <memory>
#include <string>
#include <sys/types.h>
#include <vector>

namespace trio::ipc {

// How a component ended, as its runtime saw it.
struct ExitReport {
    std::string name;
    pid_t pid = 0;          // process id (ProcessRuntime) or kernel thread id (ThreadRuntime)
    int exit_status = 0;    // run()'s return value, or exit() code of the child
    int term_signal = 0;    // non-zero if a process was killed by a signal
    bool restarted = false; // this instance ended and a supervisor started a new one
    [[nodiscard]] bool clean() const { return exit_status == 0 && term_signal == 0; }
};

class Runtime {
public:
    Runtime() = default;
    Runtime(const Runtime&) = delete;
    Runtime& operator=(const Runtime&) = delete;
    virtual ~Runtime() = default;

    // Starts every component at once and takes ownership of them. For ProcessRuntime each
    // child destroys the components that are not its own before running, so it keeps only
    // its own channel ends (and a dead peer shows up as end-of-stream); the parent destroys
    // all of them after forking.
    virtual void start(std::vector<std::unique_ptr<Component>> components) = 0;

    // Waits for every started component; returns one report per component, in start order.
    // ProcessRuntime reaps every child with waitpid (no zombie remains). If a child dies
    // abnormally, `on_abnormal_exit` (if set) is called at once, before waiting for the rest.
    [[nodiscard]] virtual std::vector<ExitReport> join_all() = 0;

    // Called from join_all() as soon as a component ends uncleanly.
    std::function<void(const ExitReport&)> on_abnormal_exit;
};

} // namespace trio::ipc
