// The fields of a ViewSource that come from the Editor besides its text and panel: the
// selection, the toggles, the file's language and colours. Runs in the input component.
#pragma once

#include "editor/commands/editor.hpp"
#include "editor/view/view_builder.hpp"

#include <optional>
#include <string>

namespace trio::components {

// The syntax of the file the Editor shows, judged from its name and first line once per file
// name (not per key): a new name (another buffer, a save-as) is judged again.
class LanguageCache {
public:
    [[nodiscard]] protocol::Language language_of(const commands::Editor& editor);

private:
    std::optional<std::string> m_path;
    protocol::Language m_language = protocol::Language::None;
};

// Fills the fields of `source` that come from the Editor besides the text and the panel:
// selection, toggles, language and colours.
void add_editor_view_options(view::ViewSource& source, const commands::Editor& editor,
                             LanguageCache& languages);

} // namespace trio::components
