// Cursor movement of the editing session (the geometry is in cursor_motion). Runs in the
// input component.
#include "editor/commands/cursor_motion.hpp"
#include "editor/commands/editor.hpp"

namespace trio::commands {

using document::ByteOffset;
using document::LineIndex;

void Editor::move_to(ByteOffset pos) {
    m_cursor = pos;
    m_goal_column = column_of(m_doc, m_cursor, m_config.tab_width);
    m_history.close_group();
}

void Editor::move_vertically(std::int64_t lines) {
    m_history.close_group();
    const std::uint64_t current = m_doc.line_of(m_cursor).value;
    std::uint64_t target = current;
    if (lines < 0) {
        const auto up = static_cast<std::uint64_t>(-lines);
        target = current >= up ? current - up : 0;
    } else {
        // Asks only as far as needed: a huge file's lines need not all be counted to go down.
        target =
            last_line_up_to(m_doc, LineIndex(current + static_cast<std::uint64_t>(lines))).value;
    }
    if (target == current) {
        // Like nano and micro: moving past the first/last line goes to its start/end.
        move_to(lines < 0 ? m_doc.line_start(LineIndex(0)) : m_doc.line_end(LineIndex(current)));
        return;
    }
    m_cursor = position_at_column(m_doc, LineIndex(target), m_goal_column, m_config.tab_width);
}

} // namespace trio::commands
