// Makes, finds and sweeps trio's shared-memory names. Runs in the `trio-proc` parent, in both
// executables' launchers at start-up (the sweep) and in tests.
#include "ipc/shm_names.hpp"

#include "ipc/unique_fd.hpp"

#include <algorithm>
#include <array>
#include <cerrno>
#include <charconv>
#include <csignal>
#include <cstddef>
#include <dirent.h>
#include <fcntl.h>
#include <filesystem>
#include <memory>
#include <sys/random.h>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

namespace trio::ipc {

namespace {

constexpr std::size_t random_bytes = 16; // 128 bits: not guessable, not colliding
constexpr std::string_view hex_digits = "0123456789abcdef";
constexpr std::string_view name_head = "trio.";

std::array<unsigned char, random_bytes> random_block() {
    std::array<unsigned char, random_bytes> block{};
    std::size_t filled = 0;
    while (filled < block.size()) {
        const ssize_t n = ::getrandom(block.data() + filled, block.size() - filled, 0);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            throw std::system_error(errno, std::generic_category(), "getrandom");
        }
        filled += static_cast<std::size_t>(n);
    }
    return block;
}

// kill(pid, 0) fails with ESRCH only when no such process exists; EPERM means it exists but
// belongs to another user.
bool process_exists(pid_t pid) {
    return ::kill(pid, 0) == 0 || errno != ESRCH;
}

// The program name of `pid` (its main thread's comm, at most 15 bytes), or nullopt if it
// cannot be read.
std::optional<std::string> process_name(pid_t pid) {
    const std::string path = "/proc/" + std::to_string(pid) + "/comm";
    const UniqueFd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (!fd.valid()) {
        return std::nullopt;
    }
    std::array<char, 64> buffer{};
    ssize_t n = 0;
    do {
        n = ::read(fd.get(), buffer.data(), buffer.size());
    } while (n < 0 && errno == EINTR);
    if (n <= 0) {
        return std::nullopt;
    }
    std::string name(buffer.data(), static_cast<std::size_t>(n));
    if (name.ends_with('\n')) {
        name.pop_back();
    }
    return name;
}

// False only when we know that `pid` is not a running trio process. Each executable is named
// trio*, and ProcessRuntime names its children "trio-<component>".
bool may_be_live_trio(pid_t pid) {
    if (pid == ::getpid()) {
        return true;
    }
    if (!process_exists(pid)) {
        return false;
    }
    const std::optional<std::string> name = process_name(pid);
    if (!name) {
        // Unreadable: either the process exited since kill() (proof that it is gone), or /proc
        // is hidden or absent here (no proof of anything).
        return process_exists(pid);
    }
    return name->starts_with("trio");
}

struct DirCloser {
    void operator()(DIR* dir) const { ::closedir(dir); }
};

} // namespace

std::string shm_name_prefix(pid_t creator) {
    return std::string(name_head) + std::to_string(creator) + ".";
}

std::string make_shm_name() {
    std::string name = shm_name_prefix(::getpid());
    for (const unsigned char byte : random_block()) {
        name += hex_digits[byte >> 4U];
        name += hex_digits[byte & 0x0fU];
    }
    return name;
}

std::optional<pid_t> shm_name_creator(std::string_view name) {
    if (!name.starts_with(name_head)) {
        return std::nullopt;
    }
    name.remove_prefix(name_head.size());
    const std::size_t dot = name.find('.');
    if (dot == std::string_view::npos) {
        return std::nullopt;
    }
    const std::string_view digits = name.substr(0, dot);
    const std::string_view random = name.substr(dot + 1);
    if (random.size() != 2 * random_bytes ||
        random.find_first_not_of(hex_digits) != std::string_view::npos) {
        return std::nullopt;
    }
    // from_chars alone would accept a sign; leading zeros would give one pid several names.
    if (digits.empty() || digits.front() == '0' ||
        digits.find_first_not_of("0123456789") != std::string_view::npos) {
        return std::nullopt;
    }
    pid_t pid = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), pid);
    if (error != std::errc{} || end != digits.data() + digits.size()) {
        return std::nullopt; // out of pid_t's range
    }
    return pid;
}

std::vector<std::string> shm_objects_of(pid_t creator) {
    const std::string prefix = shm_name_prefix(creator);
    std::vector<std::string> found;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(shm_directory, ec)) {
        std::string name = entry.path().filename().string();
        if (name.starts_with(prefix)) {
            found.push_back(std::move(name));
        }
    }
    std::sort(found.begin(), found.end());
    return found;
}

std::vector<std::string> remove_stale_shm_objects(const std::string& directory) {
    std::vector<std::string> removed;
    const std::unique_ptr<DIR, DirCloser> dir(::opendir(directory.c_str()));
    if (!dir) {
        return removed;
    }
    // Candidates are collected first: readdir() after an unlink in the same directory may
    // skip or repeat entries on some file systems.
    std::vector<std::string> candidates;
    while (const dirent* entry = ::readdir(dir.get())) {
        if (shm_name_creator(entry->d_name)) {
            candidates.emplace_back(entry->d_name);
        }
    }
    // Names are resolved relative to the open directory, never through a path that could be
    // swapped under us.
    const int dir_fd = ::dirfd(dir.get());
    const uid_t owner = ::geteuid();
    for (std::string& name : candidates) {
        struct stat info {};
        if (::fstatat(dir_fd, name.c_str(), &info, AT_SYMLINK_NOFOLLOW) != 0 ||
            !S_ISREG(info.st_mode) || info.st_uid != owner) {
            continue;
        }
        if (may_be_live_trio(*shm_name_creator(name))) {
            continue;
        }
        if (::unlinkat(dir_fd, name.c_str(), 0) == 0) {
            removed.push_back(std::move(name));
        }
    }
    std::sort(removed.begin(), removed.end());
    return removed;
}

} // namespace trio::ipc
