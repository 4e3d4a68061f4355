// Resolves the file a save must replace; see save_target.hpp. Runs in the autosave component.
#include "editor/files/save_target.hpp"

#include "editor/files/file_error.hpp"

#include <cerrno>
#include <system_error>
#include <unistd.h>
#include <vector>

namespace trio::files {

namespace {

constexpr int max_symlink_hops = 40; // Linux's own limit before ELOOP

[[noreturn]] void throw_errno(int error, const char* what) {
    throw std::system_error(error, std::generic_category(), what);
}

std::string read_link(const std::string& path, std::size_t size_hint) {
    std::vector<char> buffer(size_hint + 1);
    for (;;) {
        const ssize_t n = ::readlink(path.c_str(), buffer.data(), buffer.size());
        if (n < 0) {
            throw_errno(errno, "readlink");
        }
        // readlink truncates silently; a full buffer means the link may be longer.
        if (static_cast<std::size_t>(n) < buffer.size()) {
            return std::string(buffer.data(), static_cast<std::size_t>(n));
        }
        buffer.resize(buffer.size() * 2);
    }
}

// "dir/sub/name" → {"dir/sub", "name"}; "name" → {".", "name"}; "/name" → {"/", "name"}.
std::pair<std::string, std::string> split(const std::string& path) {
    const std::size_t slash = path.rfind('/');
    if (slash == std::string::npos) {
        return {".", path};
    }
    return {slash == 0 ? "/" : path.substr(0, slash), path.substr(slash + 1)};
}

} // namespace

SaveTarget resolve_save_target(const std::string& path) {
    std::string current = path;
    for (int hops = 0;; ++hops) {
        struct stat st {};
        const bool found = ::lstat(current.c_str(), &st) == 0;
        if (!found && errno != ENOENT) {
            throw_errno(errno, "lstat");
        }
        if (found && S_ISLNK(st.st_mode)) {
            if (hops == max_symlink_hops) {
                throw_errno(ELOOP, "follow symlink");
            }
            const std::string link = read_link(current, static_cast<std::size_t>(st.st_size));
            // A relative link is relative to the directory holding the link, not to ours.
            current =
                (!link.empty() && link.front() == '/') ? link : split(current).first + "/" + link;
            continue;
        }
        if (found && S_ISDIR(st.st_mode)) {
            throw_errno(EISDIR, "save");
        }
        if (found && !S_ISREG(st.st_mode)) {
            throw FileError("Cannot save '" + path + "': not a regular file");
        }
        auto [directory, name] = split(current);
        if (name.empty()) { // "dir/" that does not exist yet
            throw_errno(EISDIR, "save");
        }
        SaveTarget target{current, std::move(directory), std::move(name), std::nullopt};
        if (found) {
            target.existing = st;
        }
        return target;
    }
}

} // namespace trio::files
