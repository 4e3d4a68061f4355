// Runs a program without a terminal (`trio --recover FILE -o OUT`) in exactly the environment
// the scenario's editors get, capturing its stdout and stderr apart. Runs in the test process.
#pragma once

#include "tests/e2e/harness/terminal_size.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace trio::recovery {

struct ProgramResult {
    int status = -1;        // exit status; 128 + signal number when killed by one
    std::string out;        // everything written to stdout
    std::string err;        // everything written to stderr
    bool timed_out = false; // still running at the deadline: it was SIGKILLed
};

// Runs argv (argv[0] is a path) in `working_dir` with `env` as its whole environment, stdin
// from /dev/null, as `user` when set (the tests must then run as root). Blocks until the
// program has exited and closed its output, or until `deadline`, when it is SIGKILLed. Throws
// std::runtime_error when it cannot be started.
[[nodiscard]] ProgramResult run_program(const std::vector<std::string>& argv,
                                        const std::filesystem::path& working_dir,
                                        const std::vector<std::string>& env,
                                        const std::optional<std::string>& user,
                                        e2e::Deadline deadline);

// "exit status 3, stderr: ..." for failure messages.
[[nodiscard]] std::string describe(const ProgramResult& result);

} // namespace trio::recovery
