// Finds, creates and verifies the per-user state directory; see state_dir.hpp. Runs in the
// editor's main before the components start.
#include "editor/state/state_dir.hpp"

#include "editor/files/fd_io.hpp"
#include "editor/state/state_error.hpp"
#include "editor/state/state_name.hpp"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

namespace trio::state {

namespace {

std::string in_quotes(const std::string& path) {
    return "'" + path + "'";
}

std::optional<std::string> variable(const char* name) {
    const char* value = std::getenv(name);
    return value != nullptr ? std::optional<std::string>(value) : std::nullopt;
}

bool is_absolute(const std::optional<std::string>& path) {
    return path.has_value() && !path->empty() && path->front() == '/';
}

// mkdir that accepts an existing entry; whether it is acceptable is checked afterwards.
void make_directory(const std::string& path, mode_t mode) {
    if (::mkdir(path.c_str(), mode) != 0 && errno != EEXIST) {
        throw StateError("Cannot create state directory " + in_quotes(path) + ": " +
                         files::errno_text(errno));
    }
}

// mkdir -p: every missing component of `path` gets the default mode (0777 less the umask).
void make_parents(const std::string& path) {
    std::string prefix;
    for (const auto& part : std::filesystem::path(path).lexically_normal()) {
        if (part == "/") {
            prefix = "";
            continue;
        }
        if (part.empty()) {
            continue; // the empty last element of a path ending in '/'
        }
        prefix += "/" + part.string();
        make_directory(prefix, 0777);
    }
}

// "/a//b/./c/" -> "/a/b/c"; the root stays "/".
std::string normalised(const std::string& path) {
    std::string result = std::filesystem::path(path).lexically_normal().string();
    while (result.size() > 1 && result.back() == '/') {
        result.pop_back();
    }
    return result;
}

std::string octal(mode_t mode) {
    char text[8];
    std::snprintf(text, sizeof text, "%04o", static_cast<unsigned>(mode & 07777));
    return text;
}

void verify(const std::string& path) {
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0) {
        throw StateError("Cannot use state directory " + in_quotes(path) + ": " +
                         files::errno_text(errno));
    }
    const std::string what = "state directory " + in_quotes(path);
    if (S_ISLNK(st.st_mode)) {
        throw StateError(what + " is a symbolic link; refusing to follow it");
    }
    if (!S_ISDIR(st.st_mode)) {
        throw StateError(what + " is not a directory");
    }
    if (st.st_uid != ::geteuid()) {
        throw StateError(what + " is owned by uid " + std::to_string(st.st_uid) +
                         ", not you (uid " + std::to_string(::geteuid()) + ")");
    }
    if ((st.st_mode & (S_IWGRP | S_IWOTH)) != 0) {
        throw StateError(what + " is writable by others (mode " + octal(st.st_mode) +
                         "); run chmod 700 " + in_quotes(path));
    }
}

} // namespace

StateEnvironment StateEnvironment::from_process() {
    return StateEnvironment{variable("XDG_STATE_HOME"), variable("HOME")};
}

StateDir StateDir::open(const StateEnvironment& environment) {
    std::string path;
    if (is_absolute(environment.xdg_state_home)) {
        path = normalised(*environment.xdg_state_home);
        make_parents(path);
    } else if (is_absolute(environment.home)) {
        const std::string home = normalised(*environment.home);
        make_parents(home + "/.local");
        // The XDG default for this directory is private; create it so if we are first.
        make_directory(home + "/.local/state", 0700);
        path = home + "/.local/state";
    } else {
        throw StateError("Cannot find the state directory: neither XDG_STATE_HOME nor HOME is "
                         "an absolute path");
    }
    path += path == "/" ? "trio" : "/trio";
    make_directory(path, 0700);
    verify(path);
    ipc::UniqueFd fd(::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!fd.valid()) {
        throw StateError("Cannot open state directory " + in_quotes(path) + ": " +
                         files::errno_text(errno));
    }
    // Verify the directory we hold, not only the name we checked a moment ago.
    struct stat held {};
    struct stat named {};
    if (::fstat(fd.get(), &held) != 0 || ::lstat(path.c_str(), &named) != 0 ||
        held.st_ino != named.st_ino || held.st_dev != named.st_dev) {
        throw StateError("state directory " + in_quotes(path) + " changed while it was opened");
    }
    return StateDir(std::move(path), std::move(fd));
}

std::string StateDir::journal_path(const std::string& file) const {
    return m_path + "/" + state_name(file) + ".journal";
}

std::string StateDir::lock_path(const std::string& file) const {
    return m_path + "/" + state_name(file) + ".lock";
}

} // namespace trio::state
