// Waits on pidfds for the end of processes the fault tests did not start. Runs in the test.
#include "tests/fault/process_end_watch.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <poll.h>
#include <stdexcept>
#include <string>
#include <sys/syscall.h>
#include <unistd.h>

namespace trio::fault {

ProcessEndWatch::ProcessEndWatch(const std::vector<pid_t>& pids) {
    for (const pid_t pid : pids) {
        // glibc 2.36's <sys/pidfd.h> cannot be used from C++ (no extern "C"): raw system call.
        const int pidfd = static_cast<int>(::syscall(SYS_pidfd_open, pid, 0U));
        if (pidfd < 0 && errno != ESRCH) {
            for (const auto& watched : m_watched) {
                ::close(watched.pidfd);
            }
            throw std::runtime_error("pidfd_open(" + std::to_string(pid) +
                                     "): " + std::strerror(errno));
        }
        m_watched.push_back({pid, pidfd});
    }
}

ProcessEndWatch::~ProcessEndWatch() {
    for (const auto& watched : m_watched) {
        if (watched.pidfd >= 0) {
            ::close(watched.pidfd);
        }
    }
}

std::vector<pid_t> ProcessEndWatch::wait_all_ended(e2e::Deadline deadline) {
    for (;;) {
        std::vector<pollfd> fds;
        std::vector<Watched*> owners;
        for (auto& watched : m_watched) {
            if (watched.pidfd >= 0) {
                fds.push_back({watched.pidfd, POLLIN, 0});
                owners.push_back(&watched);
            }
        }
        if (fds.empty()) {
            return {};
        }
        const auto left =
            std::chrono::ceil<std::chrono::milliseconds>(deadline - e2e::Clock::now());
        if (left.count() <= 0) {
            std::vector<pid_t> running;
            for (const auto* watched : owners) {
                running.push_back(watched->pid);
            }
            return running;
        }
        const int ready = ::poll(fds.data(), fds.size(), static_cast<int>(left.count()));
        if (ready < 0 && errno != EINTR) {
            throw std::runtime_error(std::string("poll on pidfds: ") + std::strerror(errno));
        }
        for (std::size_t i = 0; i < fds.size(); ++i) {
            if (fds[i].revents != 0) {
                ::close(owners[i]->pidfd);
                owners[i]->pidfd = -1;
            }
        }
    }
}

} // namespace trio::fault
