// The selection (Shift+motion, Ctrl-A, the mouse), word motion and the view toggles (Alt-N,
// Alt-W) of the editing session. Runs in the input component.
#include "editor/commands/cursor_motion.hpp"
#include "editor/commands/editor.hpp"
#include "editor/commands/word_motion.hpp"

#include <algorithm>

namespace trio::commands {

using document::ByteOffset;
using document::ByteRange;
using keys::KeyCode;
using keys::Modifier;

std::optional<ByteRange> Editor::selection() const {
    if (!m_anchor || *m_anchor == m_cursor) {
        return std::nullopt;
    }
    return ByteRange{std::min(*m_anchor, m_cursor), std::max(*m_anchor, m_cursor)};
}

void Editor::select_all() {
    m_anchor = ByteOffset(0);
    move_to(ByteOffset(m_doc.size().value));
}

bool Editor::handle_motion_key(const keys::Key& key) {
    const bool shift = has(key.modifiers, Modifier::Shift);
    const bool ctrl = has(key.modifiers, Modifier::Ctrl);
    const bool page = key.code == KeyCode::PageUp || key.code == KeyCode::PageDown;
    // Alt+arrows and Ctrl+PgUp/PgDn switch buffers: not motions of this one.
    if (has(key.modifiers, Modifier::Alt) || (page && ctrl)) {
        return false;
    }
    switch (key.code) {
    case KeyCode::Left:
    case KeyCode::Right:
    case KeyCode::Up:
    case KeyCode::Down:
    case KeyCode::Home:
    case KeyCode::End:
    case KeyCode::PageUp:
    case KeyCode::PageDown:
        break;
    default:
        return false;
    }
    const std::optional<ByteRange> selected = selection();
    if (shift) {
        if (!m_anchor) {
            m_anchor = m_cursor;
        }
    } else {
        m_anchor.reset();
        // As micro: a plain Left/Right leaves a selection at its edge, moving no further.
        if (selected && !ctrl && (key.code == KeyCode::Left || key.code == KeyCode::Right)) {
            move_to(key.code == KeyCode::Left ? selected->begin : selected->end);
            return true;
        }
    }
    const auto page_rows = static_cast<std::int64_t>(m_page_rows);
    const document::LineIndex line = m_doc.line_of(m_cursor);
    switch (key.code) {
    case KeyCode::Left:
        move_to(ctrl ? previous_word_start(m_doc, m_cursor) : previous_position(m_doc, m_cursor));
        break;
    case KeyCode::Right:
        move_to(ctrl ? next_word_end(m_doc, m_cursor) : next_position(m_doc, m_cursor));
        break;
    case KeyCode::Up:
        move_vertically(-1);
        break;
    case KeyCode::Down:
        move_vertically(1);
        break;
    case KeyCode::PageUp:
        move_vertically(-page_rows);
        break;
    case KeyCode::PageDown:
        move_vertically(page_rows);
        break;
    case KeyCode::Home:
        move_to(ctrl ? ByteOffset(0) : m_doc.line_start(line));
        break;
    case KeyCode::End:
        move_to(ctrl ? ByteOffset(m_doc.size().value) : m_doc.line_end(line));
        break;
    default:
        break;
    }
    return true;
}

bool Editor::handle_view_toggle_key(const keys::Key& key) {
    if (key.code != KeyCode::Char || key.modifiers != Modifier::Alt) {
        return false;
    }
    if (key.codepoint == 'n' || key.codepoint == 'N') {
        m_line_numbers = !m_line_numbers;
        set_message(m_line_numbers ? "Line numbers on" : "Line numbers off");
        return true;
    }
    if (key.codepoint == 'w' || key.codepoint == 'W') {
        m_soft_wrap = !m_soft_wrap;
        set_message(m_soft_wrap ? "Soft wrap on" : "Soft wrap off");
        return true;
    }
    return false;
}

void Editor::click_at(ByteOffset pos) {
    if (m_mode != Mode::Editing || m_help_shown) {
        return;
    }
    m_anchor.reset();
    m_collecting_lines = false;
    move_to(ByteOffset(std::min(pos.value, m_doc.size().value)));
    m_drag_anchor = m_cursor;
}

void Editor::drag_to(ByteOffset pos) {
    if (m_mode != Mode::Editing || m_help_shown) {
        return;
    }
    m_anchor = m_drag_anchor.value_or(m_cursor);
    move_to(ByteOffset(std::min(pos.value, m_doc.size().value)));
}

void Editor::scroll_cursor(std::int64_t lines) {
    if (m_mode != Mode::Editing || m_help_shown) {
        return;
    }
    m_anchor.reset();
    move_vertically(lines);
}

} // namespace trio::commands
