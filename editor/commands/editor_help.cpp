// The F1 help screen of the editing session: shown as a panel over the text, scrolled by the
// arrows and PgUp/PgDn, closed by F1 or Esc. Runs in the input component.
#include "editor/commands/editor.hpp"
#include "editor/commands/key_help.hpp"

#include <algorithm>

namespace trio::commands {

using keys::KeyCode;
using keys::Modifier;

bool Editor::handle_help_key(const keys::Key& key) {
    const bool plain = key.modifiers == Modifier::None;
    if (plain && key.code == KeyCode::F1) {
        m_help_shown = !m_help_shown;
        m_help_top = 0;
        return true;
    }
    if (!m_help_shown) {
        return false;
    }
    const std::size_t rows = help_text_rows().size();
    const std::size_t last_top = rows > m_page_rows ? rows - m_page_rows : 0;
    switch (key.code) {
    case KeyCode::Escape:
        m_help_shown = false;
        break;
    case KeyCode::Up:
        m_help_top = m_help_top > 0 ? m_help_top - 1 : 0;
        break;
    case KeyCode::Down:
        m_help_top = std::min(last_top, m_help_top + 1);
        break;
    case KeyCode::PageUp:
        m_help_top -= std::min<std::size_t>(m_help_top, m_page_rows);
        break;
    case KeyCode::PageDown:
        m_help_top = std::min<std::size_t>(last_top, m_help_top + m_page_rows);
        break;
    default:
        // Nothing else acts while the help hides the text: no edit is made unseen.
        break;
    }
    return true;
}

std::vector<std::string> Editor::help_rows() const {
    std::vector<std::string> rows = help_text_rows();
    rows.erase(rows.begin(),
               rows.begin() + static_cast<std::ptrdiff_t>(std::min(m_help_top, rows.size())));
    return rows;
}

} // namespace trio::commands
