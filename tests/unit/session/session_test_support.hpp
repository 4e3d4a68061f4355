// What the session tests share: a scratch directory with a state directory of its own (so
// locks and journals never touch the user's), a session on a first file, and typing keys.
#pragma once

#include "editor/autosave/file_stamp.hpp"
#include "editor/keys/key.hpp"
#include "editor/session/session.hpp"
#include "tests/unit/files/scratch_dir.hpp"

#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace trio::session::testing {

using files::testing::read_file;
using files::testing::ScratchDir;
using files::testing::write_file;

// Sets an environment variable for the test's lifetime (each test runs in its own process).
class ScopedEnv {
public:
    ScopedEnv(const char* name, const std::string& value) : m_name(name) {
        if (const char* old = std::getenv(name)) {
            m_old = old;
        }
        ::setenv(name, value.c_str(), 1);
    }
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;
    ~ScopedEnv() {
        if (m_old) {
            ::setenv(m_name, m_old->c_str(), 1);
        } else {
            ::unsetenv(m_name);
        }
    }

private:
    const char* m_name;
    std::optional<std::string> m_old;
};

struct Scene {
    ScratchDir dir;
    ScopedEnv xdg{"XDG_STATE_HOME", dir / "state"};

    // A session whose buffer 0 is `first` (a file written with `text`; "" as name: unnamed).
    [[nodiscard]] Session session(const std::string& first, const std::string& text = "") {
        commands::EditorConfig config;
        config.tab_width = 8;
        if (!first.empty()) {
            write_file(dir / first, text);
            config.path = dir / first;
            config.disk_stamp = autosave::stamp_of(config.path);
        }
        OpenSettings settings{commands::EditorConfig{}, "trio", false, false};
        return Session(commands::Editor(document::Document(text), std::move(config)), "",
                       std::move(settings));
    }
};

inline void type(Session& session, std::string_view notation) {
    for (const keys::Key& key : keys::parse_keys(notation)) {
        session.handle_key(key);
    }
}

inline std::vector<protocol::ToAutosave> outgoing(Session& session) {
    std::vector<protocol::ToAutosave> out;
    (void)session.take_outgoing(out);
    return out;
}

template <class T> std::vector<T> only(const std::vector<protocol::ToAutosave>& messages) {
    std::vector<T> found;
    for (const auto& msg : messages) {
        if (const T* m = std::get_if<T>(&msg)) {
            found.push_back(*m);
        }
    }
    return found;
}

} // namespace trio::session::testing
