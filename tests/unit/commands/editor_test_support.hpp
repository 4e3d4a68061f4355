// What the Editor tests share: an editor on a text, and typing keys in their notation
// (editor/keys/key.hpp, e.g. "a<c-s>").
#pragma once

#include "editor/commands/editor.hpp"
#include "editor/keys/key.hpp"

#include <string>
#include <string_view>

namespace trio::commands::testing {

// An editor on `text` as the file "file.txt", tab width 8; `existed`: the file was on disk.
inline Editor make_editor(std::string text, bool existed = true) {
    return Editor(document::Document(std::move(text)),
                  EditorConfig{.path = "file.txt", .tab_width = 8, .file_existed = existed});
}

inline void type(Editor& editor, std::string_view notation) {
    for (const keys::Key& key : keys::parse_keys(notation)) {
        editor.handle_key(key);
    }
}

} // namespace trio::commands::testing
