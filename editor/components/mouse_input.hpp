// The input component's side of the mouse: a mouse report applied to the Editor through the
// last view's screen map. Runs in the input component.
#pragma once

#include "editor/commands/editor.hpp"
#include "editor/keys/key.hpp"
#include "editor/view/mouse_map.hpp"
#include "editor/view/view_builder.hpp"

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

} // namespace trio::components
