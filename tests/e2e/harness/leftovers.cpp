// Scans /proc and /dev/shm for what an editor under test left behind (e2e runner, fault tests).
#include "tests/e2e/harness/leftovers.hpp"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <system_error>

namespace trio::e2e {
namespace {

std::optional<pid_t> parse_pid(std::string_view text) {
    pid_t value = 0;
    const auto* end = text.data() + text.size();
    const auto result = std::from_chars(text.data(), end, value);
    if (result.ec != std::errc{} || result.ptr != end) {
        return std::nullopt;
    }
    return value;
}

// /proc/<pid>/stat is "pid (comm) state ppid pgrp session ..."; comm may itself contain
// spaces and parentheses, so the fields after it are found from the last ')'.
std::optional<std::pair<ProcessInfo, pid_t>> read_stat(pid_t pid) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    if (!std::getline(in, line)) {
        return std::nullopt;
    }
    const auto open = line.find('(');
    const auto close = line.rfind(')');
    if (open == std::string::npos || close == std::string::npos || close < open) {
        return std::nullopt;
    }
    ProcessInfo info;
    info.pid = pid;
    info.name = line.substr(open + 1, close - open - 1);
    std::istringstream rest(line.substr(close + 1));
    pid_t group = 0;
    pid_t session = 0;
    if (!(rest >> info.state >> info.parent >> group >> session)) {
        return std::nullopt;
    }
    return std::pair{info, session};
}

} // namespace

std::string ProcessInfo::to_string() const {
    return std::to_string(pid) + " (" + name + ") state " + state + ", parent " +
           std::to_string(parent);
}

std::vector<ProcessInfo> processes_in_session(pid_t sid) {
    std::vector<ProcessInfo> found;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator("/proc", error)) {
        const auto pid = parse_pid(entry.path().filename().native());
        if (!pid) {
            continue;
        }
        if (const auto stat = read_stat(*pid); stat && stat->second == sid) {
            found.push_back(stat->first);
        }
    }
    std::sort(found.begin(), found.end(),
              [](const ProcessInfo& a, const ProcessInfo& b) { return a.pid < b.pid; });
    return found;
}

std::vector<std::string> names_with_prefix(const std::string& directory,
                                           const std::string& prefix) {
    std::vector<std::string> names;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(directory, error)) {
        auto name = entry.path().filename().string();
        if (name.starts_with(prefix)) {
            names.push_back(std::move(name));
        }
    }
    std::sort(names.begin(), names.end());
    return names;
}

std::string shm_prefix_of(pid_t pid) {
    return "trio." + std::to_string(pid) + ".";
}

} // namespace trio::e2e
