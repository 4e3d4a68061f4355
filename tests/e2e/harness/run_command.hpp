// Runs a short helper command of an e2e case (`setup`, `enabled`) and captures its output.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace trio::e2e {

struct CommandResult {
    int status = 0;     // exit status, or 128 + signal number
    std::string output; // stdout and stderr, interleaved
};

// Runs argv (argv[0] looked up in PATH) in `working_dir` with stdin from /dev/null and the
// harness's environment plus `extra_env` ("NAME=value"); blocks until it exits and its output
// is closed. Throws std::runtime_error when it cannot be started at all.
[[nodiscard]] CommandResult run_command(const std::vector<std::string>& argv,
                                        const std::filesystem::path& working_dir,
                                        const std::vector<std::string>& extra_env);

} // namespace trio::e2e
