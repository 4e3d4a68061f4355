// Reads process start times from /proc and checks liveness; see process_identity.hpp. Runs
// wherever a lock is acquired (the editor's main, the autosave component).
#include "editor/state/process_identity.hpp"

#include "editor/files/fd_io.hpp"
#include "editor/state/state_error.hpp"
#include "ipc/unique_fd.hpp"

#include <cerrno>
#include <charconv>
#include <csignal>
#include <fcntl.h>
#include <string>
#include <unistd.h>

namespace trio::state {

namespace {

struct StatFields {
    char state = '?';
    std::uint64_t start_time = 0;
};

std::optional<StatFields> read_stat(pid_t pid) {
    const std::string path = "/proc/" + std::to_string(pid) + "/stat";
    ipc::UniqueFd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    std::string text;
    if (!fd.valid() || files::read_to_end(fd.get(), text, 512) != 0) {
        return std::nullopt;
    }
    // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so count fields from
    // the last ')'. Field 3 (state) follows it; field 22 (starttime) is 19 fields later.
    const std::size_t paren = text.rfind(')');
    if (paren == std::string::npos) {
        return std::nullopt;
    }
    StatFields fields;
    std::size_t pos = paren + 1;
    for (int field = 3; field <= 22; ++field) {
        pos = text.find_first_not_of(' ', pos);
        if (pos == std::string::npos) {
            return std::nullopt;
        }
        const std::size_t end = std::min(text.find(' ', pos), text.size());
        if (field == 3) {
            fields.state = text[pos];
        } else if (field == 22) {
            const auto [ptr, ec] =
                std::from_chars(text.data() + pos, text.data() + end, fields.start_time);
            if (ec != std::errc() || ptr != text.data() + end) {
                return std::nullopt;
            }
        }
        pos = end;
    }
    return fields;
}

} // namespace

std::optional<std::uint64_t> process_start_time(pid_t pid) {
    const auto fields = read_stat(pid);
    return fields ? std::optional<std::uint64_t>(fields->start_time) : std::nullopt;
}

ProcessIdentity current_process() {
    const pid_t self = ::getpid();
    const auto start = process_start_time(self);
    if (!start) {
        throw StateError("Cannot read /proc/" + std::to_string(self) + "/stat: is /proc mounted?");
    }
    return ProcessIdentity{self, *start};
}

Liveness liveness(const ProcessIdentity& process) {
    if (process.pid <= 0) {
        return Liveness::Gone; // kill(0 or -n, 0) would ask about process groups
    }
    if (::kill(process.pid, 0) != 0 && errno != EPERM) {
        return Liveness::Gone;
    }
    const auto fields = read_stat(process.pid);
    if (!fields) {
        // It existed a moment ago: it exited since (then /proc/<pid> is gone too), or /proc
        // hides it from us. Look again to tell the two apart.
        return ::kill(process.pid, 0) == 0 || errno == EPERM ? Liveness::Running : Liveness::Gone;
    }
    if (fields->state == 'Z' || fields->state == 'X') {
        return Liveness::Gone;
    }
    return fields->start_time == process.start_time ? Liveness::Running : Liveness::Gone;
}

} // namespace trio::state
