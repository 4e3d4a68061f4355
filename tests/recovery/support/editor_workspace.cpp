// Prepares and names the files of one recovery or crash scenario. Runs in the test process.
#include "tests/recovery/support/editor_workspace.hpp"

#include "editor/state/state_name.hpp"
#include "tests/e2e/harness/editor_home.hpp"
#include "tests/e2e/harness/pty_session.hpp"

#include <array>
#include <fstream>
#include <pwd.h>
#include <sstream>
#include <stdexcept>
#include <unistd.h>

namespace trio::recovery {
namespace fs = std::filesystem;
namespace {

std::pair<uid_t, gid_t> ids_of(const std::string& user) {
    std::array<char, 4096> buffer{};
    passwd entry{};
    passwd* found = nullptr;
    if (getpwnam_r(user.c_str(), &entry, buffer.data(), buffer.size(), &found) != 0 || !found) {
        throw std::runtime_error("unknown user '" + user + "'");
    }
    return {found->pw_uid, found->pw_gid};
}

} // namespace

EditorWorkspace::EditorWorkspace(std::string file_name, const std::optional<std::string>& initial,
                                 RunAs run_as)
    : m_file_name(std::move(file_name)) {
    m_home = e2e::make_editor_home(dir());
    m_environment = e2e::editor_environment(m_home);
    fs::create_directories(file().parent_path());
    if (initial) {
        write(file(), *initial);
    }
    if (run_as == RunAs::Nobody && geteuid() == 0) {
        m_user = "nobody";
        m_ids = ids_of(*m_user);
        // The editor must be able to reach everything below the temp dir, and own its HOME.
        fs::permissions(dir(), fs::perms::owner_all | fs::perms::group_read |
                                   fs::perms::group_exec | fs::perms::others_read |
                                   fs::perms::others_exec);
        give_to_editor_user(m_home);
        for (const auto& entry : fs::recursive_directory_iterator(m_home)) {
            give_to_editor_user(entry.path());
        }
        for (auto path = file(); path != dir(); path = path.parent_path()) {
            if (exists(path)) {
                give_to_editor_user(path);
            }
        }
    }
}

void EditorWorkspace::give_to_editor_user(const fs::path& path) const {
    if (m_ids && lchown(path.c_str(), m_ids->first, m_ids->second) != 0) {
        throw std::runtime_error("cannot chown " + path.string());
    }
}

fs::path EditorWorkspace::state_dir() const {
    return m_home / ".local/state/trio";
}

fs::path EditorWorkspace::journal_path() const {
    return state_dir() / (state::state_name(file().string()) + ".journal");
}

fs::path EditorWorkspace::lock_path() const {
    return state_dir() / (state::state_name(file().string()) + ".lock");
}

void EditorWorkspace::make_state_dir() const {
    if (fs::create_directories(state_dir())) {
        fs::permissions(state_dir(), fs::perms::owner_all);
        give_to_editor_user(state_dir());
    }
}

bool EditorWorkspace::exists(const fs::path& path) {
    std::error_code error;
    return fs::exists(fs::symlink_status(path, error));
}

std::optional<std::string> EditorWorkspace::read(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return std::nullopt;
    }
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

void EditorWorkspace::write(const fs::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
    if (!out.flush()) {
        throw std::runtime_error("cannot write " + path.string());
    }
}

std::string shown(const std::optional<std::string>& bytes) {
    if (!bytes) {
        return "<missing>";
    }
    std::string text = "\"";
    for (const char c : *bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x20 && u < 0x7F && c != '\\' && c != '"') {
            text += c;
        } else {
            static constexpr char hex[] = "0123456789abcdef";
            text += std::string("\\x") + hex[u >> 4] + hex[u & 0xF];
        }
    }
    return text + "\"";
}

} // namespace trio::recovery
