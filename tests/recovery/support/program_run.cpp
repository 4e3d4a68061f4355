// fork/exec with two captured pipes and a deadline, for `--recover` runs. Runs in the test
// process.
#include "tests/recovery/support/program_run.hpp"

#include <array>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <grp.h>
#include <poll.h>
#include <pwd.h>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

namespace trio::recovery {
namespace {

std::vector<char*> c_strings(const std::vector<std::string>& strings) {
    std::vector<char*> pointers;
    for (const auto& s : strings) {
        pointers.push_back(const_cast<char*>(s.c_str()));
    }
    pointers.push_back(nullptr);
    return pointers;
}

struct Ids {
    uid_t uid;
    gid_t gid;
};

std::optional<Ids> lookup(const std::optional<std::string>& user) {
    if (!user) {
        return std::nullopt;
    }
    std::array<char, 4096> buffer{};
    passwd entry{};
    passwd* found = nullptr;
    if (getpwnam_r(user->c_str(), &entry, buffer.data(), buffer.size(), &found) != 0 || !found) {
        throw std::runtime_error("run_program: unknown user '" + *user + "'");
    }
    return Ids{found->pw_uid, found->pw_gid};
}

// In the forked child: only async-signal-safe calls from here to exec.
[[noreturn]] void exec_child(char* const* argv, char* const* envp, const char* dir, int out_fd,
                             int err_fd, const std::optional<Ids>& ids) {
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, nullptr);
    const int null_fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (null_fd < 0 || dup2(null_fd, STDIN_FILENO) < 0 || dup2(out_fd, STDOUT_FILENO) < 0 ||
        dup2(err_fd, STDERR_FILENO) < 0) {
        _exit(126);
    }
    if (ids && (setgroups(0, nullptr) != 0 || setgid(ids->gid) != 0 || setuid(ids->uid) != 0)) {
        _exit(126);
    }
    if (chdir(dir) != 0) {
        _exit(126);
    }
    execve(argv[0], argv, envp);
    const char message[] = "run_program: exec failed\n";
    (void)!write(STDERR_FILENO, message, sizeof message - 1);
    _exit(127);
}

} // namespace

ProgramResult run_program(const std::vector<std::string>& argv,
                          const std::filesystem::path& working_dir,
                          const std::vector<std::string>& env,
                          const std::optional<std::string>& user, e2e::Deadline deadline) {
    const auto ids = lookup(user);
    const auto args = c_strings(argv);
    const auto envp = c_strings(env);
    const std::string dir = working_dir.string();
    std::array<int, 2> out_pipe{};
    std::array<int, 2> err_pipe{};
    if (pipe2(out_pipe.data(), O_CLOEXEC) != 0) {
        throw std::runtime_error(std::string("pipe: ") + std::strerror(errno));
    }
    if (pipe2(err_pipe.data(), O_CLOEXEC) != 0) {
        close(out_pipe[0]);
        close(out_pipe[1]);
        throw std::runtime_error(std::string("pipe: ") + std::strerror(errno));
    }
    const pid_t pid = fork();
    if (pid == 0) {
        exec_child(args.data(), envp.data(), dir.c_str(), out_pipe[1], err_pipe[1], ids);
    }
    close(out_pipe[1]);
    close(err_pipe[1]);
    if (pid < 0) {
        close(out_pipe[0]);
        close(err_pipe[0]);
        throw std::runtime_error(std::string("fork: ") + std::strerror(errno));
    }

    ProgramResult result;
    std::array<pollfd, 2> fds{pollfd{out_pipe[0], POLLIN, 0}, pollfd{err_pipe[0], POLLIN, 0}};
    std::array<std::string*, 2> sinks{&result.out, &result.err};
    std::array<char, 4096> buffer{};
    while (fds[0].fd >= 0 || fds[1].fd >= 0) {
        const auto left =
            std::chrono::ceil<std::chrono::milliseconds>(deadline - e2e::Clock::now());
        if (left.count() <= 0) {
            result.timed_out = true;
            break;
        }
        if (poll(fds.data(), fds.size(), static_cast<int>(left.count())) < 0 && errno != EINTR) {
            break;
        }
        for (std::size_t i = 0; i < fds.size(); ++i) {
            if (fds[i].fd < 0 || fds[i].revents == 0) {
                continue;
            }
            const auto got = read(fds[i].fd, buffer.data(), buffer.size());
            if (got > 0) {
                sinks[i]->append(buffer.data(), static_cast<std::size_t>(got));
            } else if (got == 0 || errno != EINTR) {
                close(fds[i].fd);
                fds[i].fd = -1; // poll() ignores negative descriptors
            }
        }
    }
    for (const auto& fd : fds) {
        if (fd.fd >= 0) {
            close(fd.fd);
        }
    }
    if (result.timed_out) {
        kill(pid, SIGKILL);
    }
    int raw = 0;
    while (waitpid(pid, &raw, 0) < 0 && errno == EINTR) {
    }
    result.status = WIFSIGNALED(raw) ? 128 + WTERMSIG(raw) : WEXITSTATUS(raw);
    return result;
}

std::string describe(const ProgramResult& result) {
    std::string text = result.timed_out ? "did not finish before the deadline (killed)"
                                        : "exit status " + std::to_string(result.status);
    return text + ", stderr: \"" + result.err + "\"";
}

} // namespace trio::recovery
