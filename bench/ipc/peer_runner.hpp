// Runs a benchmark's peer the way trio runs a component: on a ThreadRuntime thread, or in a
// forked ChildProcess that first drops what the bench side holds (as fork_components does for
// the components a child does not run). Used on the benchmark thread of trio_ipc_bench.
#pragma once

#include "ipc/child_process.hpp"
#include "ipc/component.hpp"
#include "ipc/thread_runtime.hpp"

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace trio::ipc_bench {

enum class Placement { Thread, Process };

class PeerRunner {
public:
    // Starts `peer`. For Process, the child runs `drop_bench_side` first: it must release
    // every file descriptor and channel end of the bench side, or the peer never sees
    // end-of-stream. The parent destroys `peer` once forked, so its ends live only in the
    // child. Throws std::system_error if the thread or process cannot be started.
    PeerRunner(Placement placement, std::unique_ptr<ipc::Component> peer,
               const std::function<void()>& drop_bench_side);
    // Joins if join() was not called (see join()).
    ~PeerRunner();
    PeerRunner(const PeerRunner&) = delete;
    PeerRunner& operator=(const PeerRunner&) = delete;

    // Blocks until the peer ends; call after telling it to (closing the channel it reads).
    // Returns its exit status, 128 + signal if it was killed. A process still running after
    // `grace` is SIGKILLed and reaped (a thread cannot be killed: it is waited for). Returns
    // the first result again if called twice.
    [[nodiscard]] int join(std::chrono::milliseconds grace = std::chrono::seconds(5));

private:
    std::unique_ptr<ipc::ThreadRuntime> m_threads;
    std::optional<ipc::ChildProcess> m_process;
    std::optional<int> m_status;
};

} // namespace trio::ipc_bench
