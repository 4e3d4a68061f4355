// Mouse reports in the input component; see mouse_input.hpp.
#include "editor/components/mouse_input.hpp"

#include <algorithm>

namespace trio::components {

void apply_mouse(commands::Editor& editor, view::Viewport& viewport, const view::ScreenMap& map,
                 const keys::MouseEvent& event, int tab_width) {
    if (editor.prompt() != protocol::Prompt::None || map.panel || map.text_rows == 0) {
        return;
    }
    switch (event.button) {
    case keys::MouseButton::Left: {
        if (event.action == keys::MouseAction::Release) {
            return;
        }
        const bool drag = event.action == keys::MouseAction::Drag;
        // A drag onto the status rows keeps selecting along the last text row.
        const std::uint32_t row =
            drag ? std::min<std::uint32_t>(event.row, map.text_rows - 1) : event.row;
        const auto pos = view::offset_at_cell(editor.document(), map, row, event.column, tab_width);
        if (!pos) {
            return;
        }
        if (drag) {
            editor.drag_to(*pos);
        } else {
            editor.click_at(*pos);
        }
        return;
    }
    case keys::MouseButton::WheelUp:
    case keys::MouseButton::WheelDown: {
        const std::int64_t lines =
            event.button == keys::MouseButton::WheelUp ? -wheel_lines : wheel_lines;
        const std::int64_t move = view::scroll_by_wheel(viewport, editor.document(),
                                                        editor.cursor(), lines, map.text_rows);
        if (move != 0) {
            editor.scroll_cursor(move);
        }
        return;
    }
    case keys::MouseButton::Middle:
    case keys::MouseButton::Right:
        return;
    }
}

} // namespace trio::components
