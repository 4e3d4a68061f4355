// Mouse reports and the Editor's view options in the input component; see mouse_input.hpp.
#include "editor/components/mouse_input.hpp"

#include "editor/syntax/language.hpp"

#include <algorithm>

namespace trio::components {

namespace {

// The first line is read no further than this to recognise a "#!" line.
constexpr std::uint64_t first_line_bytes = 256;

} // namespace

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

protocol::Language LanguageCache::language_of(const commands::Editor& editor) {
    const std::string& path = editor.config().path;
    if (!m_path || *m_path != path) {
        const document::Document& doc = editor.document();
        const document::ByteOffset end(
            std::min(doc.line_end(document::LineIndex(0)).value, first_line_bytes));
        m_language = syntax::detect_language(path, doc.text({document::ByteOffset(0), end}));
        m_path = path;
    }
    return m_language;
}

void add_editor_view_options(view::ViewSource& source, const commands::Editor& editor,
                             LanguageCache& languages) {
    source.selection = editor.selection();
    source.line_numbers = editor.line_numbers();
    source.soft_wrap = editor.soft_wrap();
    source.language = languages.language_of(editor);
    source.syntax_colours = editor.config().syntax_colours;
}

} // namespace trio::components
