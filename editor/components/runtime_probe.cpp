// Fills RuntimeStatus from the supervisor (or /proc for threads), the channel ends and the
// meters. Runs in the input component when the F2 panel is shown (twice a second at most).
#include "editor/components/runtime_probe.hpp"

#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace trio::components {

namespace {

// The kernel id of this process's thread called `name` (ThreadRuntime names them
// "trio-<component>"), or 0.
pid_t thread_named(const std::string& name) {
    std::error_code ec;
    for (const auto& task : std::filesystem::directory_iterator("/proc/self/task", ec)) {
        std::ifstream comm(task.path() / "comm");
        std::string line;
        if (std::getline(comm, line) && line == name) {
            try {
                return static_cast<pid_t>(std::stol(task.path().filename().string()));
            } catch (const std::exception&) {
                return 0;
            }
        }
    }
    return 0;
}

template <class End> std::size_t capacity_of(const End& end) {
    return end ? end->capacity() : 0;
}

template <class End> std::optional<std::size_t> depth_of(const End& end) {
    return end ? end->depth() : std::nullopt;
}

} // namespace

RuntimeStatus probe_runtime(protocol::Design design, const PeerSupervisor* peers,
                            const InputEnds& ends, const ChannelMeters& meters,
                            protocol::TimestampNs now) {
    RuntimeStatus status;
    status.design = design;
    status.pid = ::getpid();
    const bool threads = peers == nullptr;
    status.components.push_back(
        ComponentStatus{"input", threads ? ::gettid() : ::getpid(), threads, std::nullopt, true});
    if (threads) {
        for (const char* name : {"render", "autosave"}) {
            const pid_t tid = thread_named(std::string("trio-") + name);
            status.components.push_back(ComponentStatus{name, tid, true, std::nullopt, tid != 0});
        }
    } else {
        for (const ipc::ChildStatus& child : peers->children()) {
            status.components.push_back(
                ComponentStatus{child.name, child.pid, false, child.restarts, child.running});
        }
    }
    status.channels = {
        {"input → render", depth_of(ends.to_render), capacity_of(ends.to_render),
         meters.to_render.per_second(now)},
        {"render → input", depth_of(ends.from_render), capacity_of(ends.from_render),
         meters.from_render.per_second(now)},
        {"input → autosave", depth_of(ends.to_autosave), capacity_of(ends.to_autosave),
         meters.to_autosave.per_second(now)},
        {"autosave → input", depth_of(ends.from_autosave), capacity_of(ends.from_autosave),
         meters.from_autosave.per_second(now)},
    };
    return status;
}

} // namespace trio::components
