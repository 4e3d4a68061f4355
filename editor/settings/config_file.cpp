// Locates and reads the config file; see config_file.hpp. Runs in the launcher.
#include "editor/settings/config_file.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace trio::settings {

namespace {

std::optional<std::string> variable(const char* name) {
    const char* value = std::getenv(name);
    if (value == nullptr || *value == '\0') {
        return std::nullopt;
    }
    return std::string(value);
}

std::string shown_below_home(const std::string& path, const std::optional<std::string>& home) {
    if (home && !home->empty() && home->front() == '/') {
        std::string prefix = *home;
        if (prefix.back() != '/') {
            prefix += '/';
        }
        if (path.starts_with(prefix)) {
            return "~/" + path.substr(prefix.size());
        }
    }
    return path;
}

ConfigValues problem(const ConfigLocation& location, const std::string& text) {
    return ConfigValues{{}, {location.shown_name + ": " + text}};
}

} // namespace

ConfigEnvironment ConfigEnvironment::from_process() {
    return {variable("XDG_CONFIG_HOME"), variable("HOME")};
}

std::optional<ConfigLocation> config_location(const ConfigEnvironment& env) {
    std::string path;
    if (env.xdg_config_home && !env.xdg_config_home->empty() &&
        env.xdg_config_home->front() == '/') {
        path = *env.xdg_config_home + "/trio/config";
    } else if (env.home && !env.home->empty()) {
        path = *env.home + "/.config/trio/config";
    } else {
        return std::nullopt;
    }
    std::string shown = shown_below_home(path, env.home);
    return ConfigLocation{std::move(path), std::move(shown)};
}

ConfigValues load_config(const ConfigLocation& location) {
    // stat before open: a FIFO put there must not make the editor wait for a writer.
    struct stat st {};
    if (::stat(location.path.c_str(), &st) != 0) {
        if (errno == ENOENT || errno == ENOTDIR) {
            return {}; // no config: the defaults, silently
        }
        return problem(location, std::string("cannot read: ") + std::strerror(errno));
    }
    if (S_ISDIR(st.st_mode)) {
        return problem(location, "is a directory, not a config file");
    }
    if (!S_ISREG(st.st_mode)) {
        return problem(location, "is not a regular file");
    }
    const int fd = ::open(location.path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) {
        return problem(location, std::string("cannot read: ") + std::strerror(errno));
    }
    std::string text;
    char buffer[4096];
    int error = 0;
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n > 0) {
            text.append(buffer, static_cast<std::size_t>(n));
            if (text.size() > max_config_bytes) {
                ::close(fd);
                return problem(location, "is larger than 64 KiB: not read");
            }
        } else if (n == 0) {
            break;
        } else if (errno != EINTR) {
            error = errno;
            break;
        }
    }
    ::close(fd);
    if (error != 0) {
        return problem(location, std::string("cannot read: ") + std::strerror(error));
    }
    return parse_config(text, location.shown_name);
}

} // namespace trio::settings
