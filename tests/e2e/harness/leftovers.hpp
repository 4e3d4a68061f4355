// Finds what a finished editor may have left behind: processes of its session (alive or zombie)
// and named shared-memory objects; used by the e2e runner and the fault tests.
#pragma once

#include <string>
#include <sys/types.h>
#include <vector>

namespace trio::e2e {

struct ProcessInfo {
    pid_t pid = 0;
    pid_t parent = 0;
    char state = '?'; // /proc/<pid>/stat state: 'R', 'S', 'D', 'Z' (zombie), ...
    std::string name; // comm, at most 15 characters

    [[nodiscard]] bool zombie() const { return state == 'Z'; }
    [[nodiscard]] std::string to_string() const; // "1234 (trio-proc) state Z, parent 1"
};

// Every process whose session id is `sid`, read from /proc/*/stat (a process that vanishes
// during the scan is skipped). A forkpty child is a session leader: pass its pid.
[[nodiscard]] std::vector<ProcessInfo> processes_in_session(pid_t sid);

// Names of the entries of `directory` (normally /dev/shm) that start with `prefix`, sorted.
[[nodiscard]] std::vector<std::string> names_with_prefix(const std::string& directory,
                                                         const std::string& prefix);

// The /dev/shm prefix of every queue an editor with main process `pid` creates:
// "trio.<pid>." (queue names are "trio.<creator pid>.<random hex>").
[[nodiscard]] std::string shm_prefix_of(pid_t pid);

} // namespace trio::e2e
