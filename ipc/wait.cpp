// Bounded waiting on one file descriptor: the single place where channel calls sleep.
// Runs in any component blocked in send()/receive().
#include "ipc/channel.hpp"

#include <cerrno>
#include <ctime>
#include <poll.h>
#include <system_error>

namespace trio::ipc {

namespace {

// The time left until `deadline`, never negative. ppoll() takes it to the nanosecond;
// poll()'s whole milliseconds would round a short remainder down to 0 and busy-loop.
timespec time_left(Deadline deadline) {
    const Deadline now = Clock::now();
    if (deadline <= now) {
        return timespec{0, 0}; // also keeps Deadline::min() from overflowing the subtraction
    }
    const auto left = deadline - now;
    const auto secs = std::chrono::duration_cast<std::chrono::seconds>(left);
    const auto nanos = std::chrono::duration_cast<std::chrono::nanoseconds>(left - secs);
    return timespec{static_cast<time_t>(secs.count()), static_cast<long>(nanos.count())};
}

} // namespace

bool wait_readable(int fd, Deadline deadline) {
    pollfd entry{fd, POLLIN, 0};
    for (;;) {
        const timespec left = time_left(deadline);
        const bool forever = deadline == Deadline::max();
        const int n = ::ppoll(&entry, 1, forever ? nullptr : &left, nullptr);
        if (n > 0) {
            if ((entry.revents & POLLNVAL) != 0) {
                throw std::system_error(EBADF, std::generic_category(), "wait_readable");
            }
            return true; // POLLIN, POLLHUP or POLLERR: the caller's next call finds out which
        }
        if (n == 0) {
            return false;
        }
        if (errno != EINTR) {
            throw std::system_error(errno, std::generic_category(), "wait_readable: ppoll");
        }
        // EINTR: the time left is recomputed from the absolute deadline.
    }
}

} // namespace trio::ipc
