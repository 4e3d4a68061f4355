// The place one recovery or crash scenario runs in: a fresh temp dir holding the edited file and
// a private HOME, the environment every editor and `--recover` run of the scenario gets, and
// where that HOME's state directory keeps the file's journal and lock. Runs in the test process.
#pragma once

#include "tests/e2e/harness/temp_dir.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace trio::recovery {

// Who runs the editors of a scenario. Nobody matters only when the tests run as root, where
// file permissions would not apply otherwise; as another user the editors run as that user.
enum class RunAs { TestUser, Nobody };

// Everything one scenario's editors share. Single-threaded; non-copyable, non-movable. The
// constructor throws std::runtime_error (or a filesystem_error) when it cannot prepare the
// directory; the destructor removes it all (e2e::TempDir).
class EditorWorkspace {
public:
    // `file_name` is relative to the temp dir (its parent directories are created);
    // `initial` nullopt leaves the file missing.
    EditorWorkspace(std::string file_name, const std::optional<std::string>& initial,
                    RunAs run_as = RunAs::TestUser);
    EditorWorkspace(const EditorWorkspace&) = delete;
    EditorWorkspace& operator=(const EditorWorkspace&) = delete;

    [[nodiscard]] const std::filesystem::path& dir() const { return m_dir.path(); }
    [[nodiscard]] const std::filesystem::path& home() const { return m_home; }
    // As given on the editor's command line, relative to dir().
    [[nodiscard]] const std::string& file_name() const { return m_file_name; }
    [[nodiscard]] std::filesystem::path file() const { return dir() / m_file_name; }

    // e2e::editor_environment(home()): the same for every editor and --recover run.
    [[nodiscard]] const std::vector<std::string>& environment() const { return m_environment; }
    // "nobody" when the editors must switch to that user (RunAs::Nobody as root).
    [[nodiscard]] const std::optional<std::string>& user() const { return m_user; }
    // Makes `path` (already created) belong to the editors' user; nothing when that is us.
    void give_to_editor_user(const std::filesystem::path& path) const;

    // $XDG_STATE_HOME/trio of the editors, and the journal and lock of file() in it, as
    // editor/state/state_dir.hpp names them. The directory may not exist yet.
    [[nodiscard]] std::filesystem::path state_dir() const;
    [[nodiscard]] std::filesystem::path journal_path() const;
    [[nodiscard]] std::filesystem::path lock_path() const;
    // Creates state_dir() as the editor would (0700, the editors' user's) if missing.
    void make_state_dir() const;

    // True when something (a symlink included) exists at `path`.
    [[nodiscard]] static bool exists(const std::filesystem::path& path);
    // The bytes of `path`, nullopt when it cannot be opened (missing).
    [[nodiscard]] static std::optional<std::string> read(const std::filesystem::path& path);
    // Replaces the contents of `path`. Throws std::runtime_error.
    static void write(const std::filesystem::path& path, const std::string& bytes);

private:
    e2e::TempDir m_dir{"trio-recovery"};
    std::filesystem::path m_home;
    std::string m_file_name;
    std::vector<std::string> m_environment;
    std::optional<std::string> m_user;
    std::optional<std::pair<uid_t, gid_t>> m_ids; // of m_user
};

// A file's bytes for a failure message: printable ASCII as is, the rest as \xNN, "<missing>"
// for nullopt.
[[nodiscard]] std::string shown(const std::optional<std::string>& bytes);

} // namespace trio::recovery
