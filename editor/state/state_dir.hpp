// The per-user state directory ($XDG_STATE_HOME/trio or ~/.local/state/trio) where journals
// and locks live. Opened once by the editor's main, before the components start.
#pragma once

#include "ipc/unique_fd.hpp"

#include <optional>
#include <string>

namespace trio::state {

// The environment variables the state directory depends on, passed in rather than read with
// getenv inside, so tests can point it at a temporary directory. nullopt = unset.
struct StateEnvironment {
    std::optional<std::string> xdg_state_home;
    std::optional<std::string> home;

    // Reads XDG_STATE_HOME and HOME from this process (the composition root calls this).
    [[nodiscard]] static StateEnvironment from_process();
};

// Error style: throws StateError. Move-only; after open() every method is const and
// thread-safe (the directory is only named, never changed, by this object).
class StateDir {
public:
    // Resolves $XDG_STATE_HOME/trio when XDG_STATE_HOME is an absolute path (the XDG spec says
    // to ignore a relative one), else $HOME/.local/state/trio. Creates what is missing, like
    // mkdir -p, except that ~/.local/state and the trio directory are created 0700. Then
    // verifies (with lstat, never following a symlink) that the trio directory is a real
    // directory owned by the effective uid and writable by nobody else; otherwise throws,
    // e.g. "state directory '/x/trio' is owned by uid 0, not you (uid 1000)".
    [[nodiscard]] static StateDir open(const StateEnvironment& environment);

    StateDir(StateDir&&) noexcept = default;
    StateDir& operator=(StateDir&&) noexcept = default;
    StateDir(const StateDir&) = delete;
    StateDir& operator=(const StateDir&) = delete;
    ~StateDir() = default;

    // The verified directory, e.g. "/home/u/.local/state/trio".
    [[nodiscard]] const std::string& path() const { return m_path; }
    // A descriptor on the directory, kept open so that it can be flock()ed (lock takeover).
    [[nodiscard]] int fd() const { return m_fd.get(); }

    // Where the journal and the lock of the edited file `file` live: "<path>/<state_name>.journal"
    // and ".lock" (see state_name.hpp). Throws StateError if `file` cannot be resolved.
    [[nodiscard]] std::string journal_path(const std::string& file) const;
    [[nodiscard]] std::string lock_path(const std::string& file) const;

private:
    StateDir(std::string path, ipc::UniqueFd fd) : m_path(std::move(path)), m_fd(std::move(fd)) {}

    std::string m_path;
    ipc::UniqueFd m_fd;
};

} // namespace trio::state
