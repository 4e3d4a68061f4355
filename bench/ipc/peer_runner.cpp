// Starts and joins a benchmark's peer thread or process (see peer_runner.hpp). Runs on the
// benchmark thread of trio_ipc_bench.
#include "bench/ipc/peer_runner.hpp"

#include <csignal>
#include <utility>
#include <vector>

namespace trio::ipc_bench {

PeerRunner::PeerRunner(Placement placement, std::unique_ptr<ipc::Component> peer,
                       const std::function<void()>& drop_bench_side) {
    if (placement == Placement::Thread) {
        m_threads = std::make_unique<ipc::ThreadRuntime>();
        std::vector<std::unique_ptr<ipc::Component>> components;
        components.push_back(std::move(peer));
        m_threads->start(std::move(components));
        return;
    }
    m_process.emplace(*peer, drop_bench_side);
    // `peer` is destroyed here, in the parent: its ends now live only in the child.
}

PeerRunner::~PeerRunner() {
    (void)join();
}

int PeerRunner::join(std::chrono::milliseconds grace) {
    if (m_status) {
        return *m_status;
    }
    ipc::ExitReport report;
    if (m_threads) {
        const std::vector<ipc::ExitReport> reports = m_threads->join_all();
        report = reports.front();
    } else if (m_process && m_process->running()) {
        if (!ipc::wait_for_any_end({&*m_process}, static_cast<int>(grace.count()))) {
            m_process->signal(SIGKILL);
        }
        m_process->reap(report);
    }
    m_status = report.term_signal != 0 ? 128 + report.term_signal : report.exit_status;
    return *m_status;
}

} // namespace trio::ipc_bench
