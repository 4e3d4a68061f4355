// Runs one program under a pseudo-terminal (forkpty) for the e2e tests: keys in, screen bytes
// out, exit status, and a guarantee that no process of it outlives the session object.
#pragma once

#include "tests/e2e/harness/terminal_size.hpp"

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <sys/types.h>
#include <vector>

namespace trio::e2e {

struct SessionOptions {
    std::vector<std::string> argv;     // argv[0] is looked up in PATH when it has no '/'
    std::filesystem::path working_dir; // the child chdir()s here before exec
    std::vector<std::string> env; // complete environment, "NAME=value" (see editor_environment)
    TerminalSize size;
    std::optional<std::string> user; // run as this user; requires root (see PtySession)
};

struct ExitStatus {
    int code = 0;   // exit() status; meaningful when signal == 0
    int signal = 0; // the signal that killed the process, 0 if it exited normally

    bool operator==(const ExitStatus&) const = default;
    [[nodiscard]] std::string to_string() const; // "exit status 0", "killed by signal 11 (...)"
};

// The environment an editor under test gets: TERM=xterm-256color, LANG=C.UTF-8, no LC_ALL,
// HOME=home and XDG_{CONFIG,DATA,STATE,CACHE}_HOME/XDG_RUNTIME_DIR below it; PATH and the
// sanitizer options (*SAN_OPTIONS) are passed through from the test's own environment.
[[nodiscard]] std::vector<std::string> editor_environment(const std::filesystem::path& home);

// Receives program output as it is read from the pty, in order. Must not call pump().
using OutputSink = std::function<void(std::string_view)>;

// One child process on the slave side of a fresh pty; it is a session leader whose controlling
// terminal is that pty (so its process group gets SIGWINCH and its session id is its pid).
// Single-threaded use only. Non-copyable, non-movable. Errors before exec (forkpty, unknown
// user) throw std::runtime_error; an exec failure is reported by the child on the pty and
// with exit status 127.
class PtySession {
public:
    // Starts the program. With `user`, the child drops to that user's uid/gid (and owns the pty
    // slave) before exec; throws std::runtime_error when the harness is not root.
    explicit PtySession(const SessionOptions& options);
    // Kills (SIGKILL) every process of the session that is still running and reaps the child.
    ~PtySession();
    PtySession(const PtySession&) = delete;
    PtySession& operator=(const PtySession&) = delete;

    // Queues bytes for the program's input and writes as much as the pty accepts now; never
    // blocks. The rest is written by later pump() calls. Safe to call from an OutputSink.
    void write(std::string_view bytes);
    [[nodiscard]] bool input_pending() const { return m_written < m_to_child.size(); }

    // Waits until output is available, queued input can be written, the child exits, or the
    // deadline passes; then reads every byte available into `sink` and writes queued input.
    // Returns the number of bytes read (0 on deadline or end of output).
    std::size_t pump(Deadline deadline, const OutputSink& sink);
    // Reads until end of output (every process holding the pty slave has gone) or the deadline.
    // Returns true when end of output was reached.
    [[nodiscard]] bool drain(Deadline deadline, const OutputSink& sink);
    [[nodiscard]] bool at_end_of_output() const { return m_end_of_output; }

    // Non-blocking: reaps the child if it has exited. Stays set once known.
    [[nodiscard]] std::optional<ExitStatus> try_wait();
    // Pumps output into `sink` until the child has exited (then reaps it) or the deadline passes.
    [[nodiscard]] std::optional<ExitStatus> wait_exit(Deadline deadline, const OutputSink& sink);

    // Sends `sig` to the child (not reaped yet); does nothing once it has been reaped.
    void kill(int sig);
    [[nodiscard]] pid_t pid() const { return m_pid; }

    // True when the program has put the terminal in raw mode (ICANON and ECHO both off): only
    // then do keys reach it unmodified (in cooked mode <c-s> would stop output, <c-c> kill).
    [[nodiscard]] bool input_is_raw() const;

    // Sets the pty window size (TIOCSWINSZ); the kernel sends SIGWINCH to the foreground group.
    void resize(TerminalSize size);

private:
    void flush_input();
    std::size_t read_available(const OutputSink& sink);
    void kill_session();

    pid_t m_pid = -1;
    int m_master = -1;
    int m_pidfd = -1; // readable once the child exits; -1 when pidfd_open is unavailable
    std::string m_to_child;
    // How much of m_to_child the pty took. Erasing from the front on every partial write
    // instead made a 10 MiB paste cost gigabytes of memmove in the harness itself.
    std::size_t m_written = 0;
    bool m_end_of_output = false;
    std::optional<ExitStatus> m_status;
};

} // namespace trio::e2e
