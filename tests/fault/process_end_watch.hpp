// Waits, without sleeping, for processes the test did not start (an editor's children) to end.
// Runs in the test process.
#pragma once

#include "tests/e2e/harness/terminal_size.hpp"

#include <sys/types.h>
#include <vector>

namespace trio::fault {

// Holds a pidfd per process, opened at construction: create it while the processes are known
// to run (before killing their parent), so that a recycled pid can never be mistaken for one of
// them. A pidfd becomes readable once its process has ended, zombie or reaped, whoever its
// parent is. Single-threaded; non-copyable, non-movable.
class ProcessEndWatch {
public:
    // A pid that is already gone is counted as ended.
    explicit ProcessEndWatch(const std::vector<pid_t>& pids);
    ~ProcessEndWatch();
    ProcessEndWatch(const ProcessEndWatch&) = delete;
    ProcessEndWatch& operator=(const ProcessEndWatch&) = delete;

    // Blocks in poll() until every watched process has ended or the deadline passes; returns
    // the pids still running then (empty: all ended).
    [[nodiscard]] std::vector<pid_t> wait_all_ended(e2e::Deadline deadline);

private:
    struct Watched {
        pid_t pid;
        int pidfd; // -1 once the process is known to have ended
    };
    std::vector<Watched> m_watched;
};

} // namespace trio::fault
