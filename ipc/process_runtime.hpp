// Forks one supervised child process per component and reaps them all: the `trio-proc`
// build. Used by the app layer (main_processes.cpp), on its main thread.
//
// Fork/fd-ownership rule: every channel is created before start(). Each child destroys the
// components it does not run, so it keeps only its own channel ends; the parent destroys all
// of them. A process that dies therefore closes the only copy of its ends, and its peers see
// end-of-stream instead of waiting forever. Two consequences for callers:
//  - every channel end must be owned by a component when start() is called: a copy left
//    anywhere else in the parent (a local, a temporary) is inherited by every child and keeps
//    the stream open;
//  - a component's constructor and destructor must only hold and release its channel ends
//    and plain data; anything with a process-wide effect (terminal mode, file locks) belongs
//    in run(), because every process destroys the components it does not run.
//
// Children cannot outlive the runtime's process by more than parent_death_grace_seconds
// (child_process.hpp: PR_SET_PDEATHSIG, then a backstop alarm). Note that the signal fires when
// the *thread* that called start() ends, so call start() from the thread that owns the runtime.
//
// Children are reaped as soon as they end, while join_all() runs (pidfd + poll(), so no
// signal mask or SIGCHLD handler is touched). SIGCHLD must not be set to SIG_IGN (the kernel
// would then reap children itself). Call start() before the process starts other threads:
// fork() copies only the calling thread.
//
// A component's exit status must fit in 0..255; anything else is reported as 70.
#pragma once

#include "ipc/child_process.hpp"
#include "ipc/runtime.hpp"

namespace trio::ipc {

class ProcessRuntime final : public Runtime {
public:
    ProcessRuntime() = default;
    // Kills (SIGKILL) and reaps any child join_all() has not reaped: none is left behind.
    ~ProcessRuntime() override;

    // Forks the children in order and destroys every component in the parent. Call once
    // (std::logic_error otherwise). If a fork fails, the children already started are killed
    // and reaped, and std::system_error is thrown.
    void start(std::vector<std::unique_ptr<Component>> components) override;

    // Blocks until every child has ended; reaps each one as soon as it ends and calls
    // on_abnormal_exit at once for a child that exited non-zero or was killed. ExitReport::pid
    // is the child's process id.
    [[nodiscard]] std::vector<ExitReport> join_all() override;

    // The children's process ids, in start order (empty before start()).
    [[nodiscard]] std::vector<pid_t> pids() const;

    // Sends `sig` to every child not yet reaped (through its pidfd, so a recycled pid is never
    // hit). Call from the thread that calls join_all(), e.g. from on_abnormal_exit.
    void terminate_all(int sig);

    // While join_all() waits, these signals (which the caller must have blocked, so they stay
    // pending instead of killing the supervisor) are read from a signalfd and passed on to
    // every child: `kill <supervisor>` reaches the component that knows how to shut down.
    void forward_signals(std::vector<int> signals) { m_forwarded = std::move(signals); }

private:
    struct Child {
        ExitReport report;
        ChildProcess process;
    };

    std::vector<Child> m_children;
    std::vector<int> m_forwarded;
};

} // namespace trio::ipc
