// fork/exec with a captured output pipe, for the e2e cases' `setup` and `enabled` scripts.
#include "tests/e2e/harness/run_command.hpp"

#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

namespace trio::e2e {

CommandResult run_command(const std::vector<std::string>& argv,
                          const std::filesystem::path& working_dir,
                          const std::vector<std::string>& extra_env) {
    // Built before fork(): the child may only call async-signal-safe functions.
    std::vector<char*> args;
    for (const auto& arg : argv) {
        args.push_back(const_cast<char*>(arg.c_str()));
    }
    args.push_back(nullptr);
    std::vector<std::string> env_storage;
    for (char** entry = environ; *entry != nullptr; ++entry) {
        env_storage.emplace_back(*entry);
    }
    env_storage.insert(env_storage.end(), extra_env.begin(), extra_env.end());
    std::vector<char*> env;
    for (const auto& entry : env_storage) {
        env.push_back(const_cast<char*>(entry.c_str()));
    }
    env.push_back(nullptr);
    const std::string dir = working_dir.string();

    std::array<int, 2> pipe_fds{};
    if (pipe2(pipe_fds.data(), O_CLOEXEC) != 0) {
        throw std::runtime_error(std::string("pipe: ") + std::strerror(errno));
    }
    const pid_t pid = fork();
    if (pid < 0) {
        close(pipe_fds[0]);
        close(pipe_fds[1]);
        throw std::runtime_error(std::string("fork: ") + std::strerror(errno));
    }
    if (pid == 0) {
        const int null_fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
        if (null_fd < 0 || dup2(null_fd, STDIN_FILENO) < 0 ||
            dup2(pipe_fds[1], STDOUT_FILENO) < 0 || dup2(pipe_fds[1], STDERR_FILENO) < 0 ||
            chdir(dir.c_str()) != 0) {
            _exit(126);
        }
        execvpe(args[0], args.data(), env.data());
        const char message[] = "run_command: exec failed\n";
        (void)!write(STDERR_FILENO, message, sizeof message - 1);
        _exit(127);
    }
    close(pipe_fds[1]);
    CommandResult result;
    std::array<char, 4096> buffer{};
    for (;;) {
        const auto got = read(pipe_fds[0], buffer.data(), buffer.size());
        if (got > 0) {
            result.output.append(buffer.data(), static_cast<std::size_t>(got));
        } else if (got < 0 && errno == EINTR) {
            continue;
        } else {
            break;
        }
    }
    close(pipe_fds[0]);
    int raw = 0;
    while (waitpid(pid, &raw, 0) < 0 && errno == EINTR) {
    }
    result.status = WIFSIGNALED(raw) ? 128 + WTERMSIG(raw) : WEXITSTATUS(raw);
    return result;
}

} // namespace trio::e2e
