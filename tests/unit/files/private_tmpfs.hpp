// Test helper: a small tmpfs of a test's own, for saves onto a full or read-only file system.
// It is mounted in a forked child's private mount namespace, so it vanishes with the child and
// the host never sees it. Needs root (CAP_SYS_ADMIN); a container may forbid it, and the
// tests that use it then skip, saying why.
#pragma once

#include "scratch_dir.hpp"

#include <cerrno>
#include <cstddef>
#include <functional>
#include <optional>
#include <sched.h>
#include <string>
#include <string_view>
#include <sys/mount.h>
#include <system_error>
#include <unistd.h>

namespace trio::files::testing {

// What the child returns instead of the check's result when it cannot mount.
inline constexpr std::string_view cannot_mount = "<cannot mount> ";

// The errno text of a failed mount call, prefixed so that the parent can tell it apart.
inline std::string mount_failure(const char* what) {
    const int error = errno;
    return std::string(cannot_mount) + what + ": " + std::generic_category().message(error) +
           " (needs root and a container that allows mount)";
}

// Runs `check` in a forked child (in_child) that has a mount namespace of its own, where it
// may mount what it likes. Returns what `check` returned, or cannot_mount + the reason.
// `check` must not use gtest assertions (it runs in the child): it returns a description that
// the test compares.
inline std::string in_private_mount_namespace(const std::function<std::string()>& check) {
    return in_child([&check] {
        if (::geteuid() != 0) {
            return std::string(cannot_mount) + "not running as root";
        }
        if (::unshare(CLONE_NEWNS) != 0) {
            return mount_failure("unshare(CLONE_NEWNS)");
        }
        // Without this, a mount below a shared "/" would propagate back to the host's namespace.
        if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
            return mount_failure("mount --make-rprivate /");
        }
        return check();
    });
}

// The same, once `mount_point` (an existing empty directory) holds a fresh tmpfs of
// `size_bytes` (rounded up to pages).
inline std::string on_private_tmpfs(const std::string& mount_point, std::size_t size_bytes,
                                    const std::function<std::string()>& check) {
    return in_private_mount_namespace([&] {
        const std::string options = "size=" + std::to_string(size_bytes) + ",mode=0755";
        if (::mount("tmpfs", mount_point.c_str(), "tmpfs", MS_NOSUID | MS_NODEV, options.c_str()) !=
            0) {
            return mount_failure("mount -t tmpfs");
        }
        return check();
    });
}

// Makes the mount at `mount_point` read-only. Only inside a private namespace's `check`.
// Returns "" or the reason it failed.
[[nodiscard]] inline std::string remount_read_only(const std::string& mount_point) {
    if (::mount(nullptr, mount_point.c_str(), nullptr, MS_REMOUNT | MS_RDONLY, nullptr) != 0) {
        return "<remount read-only failed: " + std::generic_category().message(errno) + ">";
    }
    return {};
}

// Binds `source` to `target` (an existing directory) read-only. Only inside a private
// namespace's `check`. Returns "" or the reason it failed.
[[nodiscard]] inline std::string bind_read_only(const std::string& source,
                                                const std::string& target) {
    // A bind mount takes MS_RDONLY only when remounted: two steps.
    if (::mount(source.c_str(), target.c_str(), nullptr, MS_BIND, nullptr) != 0 ||
        ::mount(nullptr, target.c_str(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, nullptr) != 0) {
        return "<read-only bind mount failed: " + std::generic_category().message(errno) + ">";
    }
    return {};
}

// The reason to skip when `result` says the child could not mount, else nullopt.
[[nodiscard]] inline std::optional<std::string> mount_skip_reason(const std::string& result) {
    if (result.rfind(cannot_mount, 0) == 0) {
        return result.substr(cannot_mount.size());
    }
    return std::nullopt;
}

} // namespace trio::files::testing
