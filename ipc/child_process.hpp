// One forked component process seen from its parent: fork it, watch it through a pidfd, signal
// it and reap it. Shared by ProcessRuntime and HostedRuntime; runs in the parent, except the
// code after fork() in the constructor, which is the child's whole life.
#pragma once

#include "ipc/component.hpp"
#include "ipc/runtime.hpp"
#include "ipc/unique_fd.hpp"

#include <functional>
#include <memory>
#include <sys/types.h>
#include <vector>

namespace trio::ipc {

// How a child copes with its parent's death: the parent's end of every channel closes, so a
// component normally sees end-of-stream and ends on its own (render restores the terminal,
// autosave fsyncs the journal). In case it is stuck instead, the death also arms a one-second
// SIGALRM (default action: terminate), so no child outlives its parent by more than that.
inline constexpr unsigned parent_death_grace_seconds = 1;

class ChildProcess {
public:
    ChildProcess() = default;
    // Forks. In the child: arms the parent-death handling above, names the process after the
    // component (prctl PR_SET_NAME "trio-<name>"), calls `prepare` (drop what the child must
    // not hold: other components, the parent's channel ends), runs `component` through
    // run_guarded() and _exits with its status (70 if out of 0..255). Throws
    // std::system_error if fork or pidfd_open fails (a forked child is then killed and reaped).
    ChildProcess(Component& component, const std::function<void()>& prepare);
    // SIGKILLs and reaps the child if it was never reaped: none is left behind.
    ~ChildProcess();
    ChildProcess(ChildProcess&&) noexcept = default;
    ChildProcess& operator=(ChildProcess&&) noexcept;
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    [[nodiscard]] pid_t pid() const { return m_pid; }
    // Readable (POLLIN) once the child has ended; invalid once reaped.
    [[nodiscard]] int pidfd() const { return m_pidfd.get(); }
    [[nodiscard]] bool running() const { return m_pidfd.valid(); }

    // Sends `sig` through the pidfd (never to a recycled pid). No-op once reaped.
    void signal(int sig) const;
    // waitpid() for the child (blocks until it ends: call when pidfd() is readable, or after
    // SIGKILL) and fills `report` with its pid and exit status or signal. Throws
    // std::system_error (ECHILD) if the child was not ours to reap (SIGCHLD set to SIG_IGN).
    void reap(ExitReport& report);

    // Called in a freshly forked sibling: closes this copy of the pidfd, kills nothing.
    void forget() { m_pidfd.reset(); }

private:
    pid_t m_pid = 0;
    UniqueFd m_pidfd;
};

// Forks components[first], components[first + 1], … in order, each as a ChildProcess whose child
// keeps only its own component: it destroys every other one in `components` (so it holds no
// other channel end) and forgets its elder siblings' pidfds (only the parent supervises).
// If a fork fails, the children already started are killed and reaped, and the error thrown.
[[nodiscard]] std::vector<ChildProcess>
fork_components(std::vector<std::unique_ptr<Component>>& components, std::size_t first);

// Waits until one of `children`' pidfds is readable, for at most `timeout_ms` (-1: forever;
// restarted in full after EINTR). Returns false on a time-out.
[[nodiscard]] bool wait_for_any_end(const std::vector<const ChildProcess*>& children,
                                    int timeout_ms);

} // namespace trio::ipc
