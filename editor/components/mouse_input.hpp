// The input component's side of the mouse and of the view's options: a mouse report applied
// to the Editor through the last view's screen map, and the ViewSource fields that come from
// the Editor (selection, line numbers, soft wrap, language). Runs in the input component.
#pragma once

#include "editor/commands/editor.hpp"
#include "editor/keys/key.hpp"
#include "editor/view/mouse_map.hpp"
#include "editor/view/view_builder.hpp"

#include <string>

namespace trio::components {

// Lines one wheel notch scrolls, as most terminal programs do.
inline constexpr std::int64_t wheel_lines = 3;

// A left press places the cursor (Editor::click_at), a left drag selects (drag_to; a drag
// past the text rows counts as on the last one); other buttons and releases do nothing.
// The wheel scrolls `viewport` by wheel_lines and moves the cursor (scroll_cursor) only as
// far as needed to keep it on screen. Ignored while a prompt is open or a panel covers the
// text; clicks on the status, message and hint rows are ignored.
void apply_mouse(commands::Editor& editor, view::Viewport& viewport, const view::ScreenMap& map,
                 const keys::MouseEvent& event, int tab_width);

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
