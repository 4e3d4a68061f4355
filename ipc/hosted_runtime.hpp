// trio-proc's runtime: the first component (the host: input, which owns the document) runs in
// the calling process; every other one runs in a forked child that the host supervises while
// it runs. Used by the app layer (launch.cpp) on the main thread.
//
// Supervision is done by the host itself, in its own event loop: it polls death_fds() with its
// other inputs, reaps ended children with reap_ended() (so no zombie stays) and may respawn()
// a replacement with fresh channels. Putting the supervisor in the process that owns the
// document means a restart needs no extra hop: the host creates the new channels, forks, and
// the new child starts from a copy of the host's memory (docs/decisions/0007).
//
// Fork/fd-ownership rule as in process_runtime.hpp: every channel end is owned by a component
// when start() or respawn() is called; each child destroys what is not its own, so a dead
// process closes the only copy of its ends and its peers see end-of-stream. Children die with
// the host (child_process.hpp: end-of-stream first, a one-second backstop alarm after).
//
// Not thread-safe: start(), join_all() and the supervision calls run on one thread, and the
// host must not start other threads (fork() copies only the calling thread).
#pragma once

#include "ipc/child_process.hpp"
#include "ipc/runtime.hpp"

#include <chrono>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace trio::ipc {

// A supervised child as the host sees it (the F2 panel shows these).
struct ChildStatus {
    std::string name;
    pid_t pid = 0;         // the current (or last) instance
    unsigned restarts = 0; // how many times respawn() replaced it
    bool running = false;
};

class HostedRuntime final : public Runtime {
public:
    // `exit_grace`: how long join_all() waits for the children after the host ends before it
    // SIGKILLs them (they normally end at once, when the host's channel ends close).
    explicit HostedRuntime(std::chrono::milliseconds exit_grace = std::chrono::seconds(10));
    // SIGKILLs and reaps every child still running.
    ~HostedRuntime() override;

    // Keeps components[0] as the host and forks the others in order. Call once
    // (std::logic_error otherwise); std::invalid_argument if `components` is empty.
    // std::system_error if a fork fails (the children already started are killed).
    void start(std::vector<std::unique_ptr<Component>> components) override;

    // Runs the host here (naming this process "trio-<host name>"), destroys it, then waits for
    // the children. Reports: the host (pid = this process), then each child's last instance in
    // start order, then every instance that respawn() replaced (restarted = true).
    [[nodiscard]] std::vector<ExitReport> join_all() override;

    // ---- for the host, while it runs ----
    // One pidfd per running child: readable once that child has ended.
    [[nodiscard]] std::vector<int> death_fds() const;
    // Reaps every child that has ended; never blocks. Returns their reports.
    [[nodiscard]] std::vector<ExitReport> reap_ended();
    // Forks `component` as the new instance of the ended (reaped) child of the same name:
    // std::logic_error if there is none. `prepare` runs first in the new child: it must drop
    // the host's channel ends there. The parent destroys `component` after the fork.
    void respawn(std::unique_ptr<Component> component, const std::function<void()>& prepare);
    // SIGKILLs the running child of that name, if any (through its pidfd).
    void kill(std::string_view name) const;
    [[nodiscard]] std::vector<ChildStatus> children() const;

private:
    struct Child {
        ExitReport report; // name, pid of the current instance; status once reaped
        ChildProcess process;
        unsigned restarts = 0;
    };
    void forget_siblings();

    std::chrono::milliseconds m_exit_grace;
    std::unique_ptr<Component> m_host;
    std::vector<Child> m_children;
    std::vector<ExitReport> m_replaced;
    bool m_started = false;
};

} // namespace trio::ipc
