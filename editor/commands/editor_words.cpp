// Word deletion (Ctrl-Backspace, Ctrl-Delete) and the keys that insert whitespace: Enter with
// auto-indent and Tab (spaces when configured). Runs in the input component.
#include "editor/commands/cursor_motion.hpp"
#include "editor/commands/editor.hpp"
#include "editor/commands/word_motion.hpp"

#include <algorithm>

namespace trio::commands {

using document::ByteOffset;
using document::ByteRange;
using keys::KeyCode;
using keys::Modifier;

namespace {

// Indentation longer than this is not copied whole: a key never reads a huge line.
constexpr std::uint64_t max_indent = 4096;

// The spaces and tabs that start `pos`'s line, up to `pos`.
std::string indentation_before(const document::Document& doc, ByteOffset pos) {
    const ByteOffset start = doc.line_start(doc.line_of(pos));
    const std::string head =
        doc.text(ByteRange{start, ByteOffset(std::min(pos.value, start.value + max_indent))});
    return head.substr(0, head.find_first_not_of(" \t"));
}

} // namespace

bool Editor::handle_word_key(const keys::Key& key) {
    if (key.modifiers != Modifier::Ctrl ||
        (key.code != KeyCode::Backspace && key.code != KeyCode::Delete)) {
        return false;
    }
    if (erase_selection()) {
        return true;
    }
    if (key.code == KeyCode::Backspace) {
        erase_typed(ByteRange{previous_word_start(m_doc, m_cursor), m_cursor});
    } else {
        erase_typed(ByteRange{m_cursor, next_word_end(m_doc, m_cursor)});
    }
    return true;
}

void Editor::insert_line_break() {
    const std::optional<ByteRange> selected = selection();
    const ByteOffset at = selected ? selected->begin : m_cursor;
    insert_replacing_selection(m_line_break + indentation_before(m_doc, at), history::Run::Typing);
}

void Editor::insert_tab() {
    if (!m_config.spaces_for_tabs) {
        insert_replacing_selection("\t", history::Run::Typing);
        return;
    }
    const std::optional<ByteRange> selected = selection();
    const ByteOffset at = selected ? selected->begin : m_cursor;
    const std::int64_t width = std::max(1, m_config.tab_width);
    const std::int64_t column = column_of(m_doc, at, m_config.tab_width).value;
    insert_replacing_selection(std::string(static_cast<std::size_t>(width - column % width), ' '),
                               history::Run::Typing);
}

} // namespace trio::commands
