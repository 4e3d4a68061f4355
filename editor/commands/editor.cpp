// Key handling and the save/quit protocol of the editing session. Runs in the input component.
#include "editor/commands/editor.hpp"

#include "editor/commands/cursor_motion.hpp"
#include "editor/text/utf8.hpp"

#include <algorithm>

namespace trio::commands {

using document::ByteOffset;
using document::ByteRange;
using document::DisplayColumn;
using document::LineIndex;
using keys::KeyCode;
using keys::Modifier;

namespace {

// An insert travels to autosave as one message; keep each under the transport's limit.
constexpr std::size_t max_insert_chunk = 16 * 1024;

constexpr std::string_view autosave_lost_text = "Cannot save: the autosave component has stopped";

// Terminals send a pasted newline as CR; a document line break is LF.
std::string normalise_paste(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r') {
            out += '\n';
            if (i + 1 < text.size() && text[i + 1] == '\n') {
                ++i;
            }
        } else {
            out += text[i];
        }
    }
    return out;
}

std::string lines_note(std::string_view verb, std::uint64_t lines) {
    return std::string(verb) + " " + std::to_string(lines) + (lines == 1 ? " line" : " lines");
}

bool is_ctrl_char(const keys::Key& key, char32_t letter) {
    return key.code == KeyCode::Char && key.codepoint == letter && key.modifiers == Modifier::Ctrl;
}

} // namespace

std::uint64_t counted_lines(const document::Document& doc) {
    const std::uint64_t lines = doc.line_count().value;
    if (doc.size().value == 0) {
        return 0;
    }
    return doc.byte_at(ByteOffset(doc.size().value - 1)) == '\n' ? lines - 1 : lines;
}

Editor::Editor(document::Document doc, EditorConfig config)
    : m_doc(std::move(doc)), m_config(std::move(config)), m_saved_seq(m_doc.last_seq()) {
    if (!m_config.file_existed) {
        set_message("New file");
    } else if (m_config.looks_binary) {
        set_message(lines_note("Read", counted_lines(m_doc)) + " (binary: NUL shown as ^@)");
    } else {
        set_message(lines_note("Read", counted_lines(m_doc)));
    }
}

std::vector<protocol::ToAutosave> Editor::take_outgoing() {
    std::vector<protocol::ToAutosave> out;
    out.swap(m_outgoing);
    return out;
}

void Editor::set_message(std::string text, MessageKind kind) {
    m_message = std::move(text);
    m_message_is_error = kind == MessageKind::Error;
}

void Editor::handle_key(const keys::Key& key) {
    if (m_mode == Mode::ConfirmQuit) {
        handle_confirm_quit_key(key);
    } else {
        handle_editing_key(key);
    }
}

void Editor::handle_editing_key(const keys::Key& key) {
    m_message.clear();
    const bool ctrl = key.modifiers == Modifier::Ctrl;
    switch (key.code) {
    case KeyCode::Char:
        if (is_ctrl_char(key, 's')) {
            request_save();
        } else if (is_ctrl_char(key, 'q')) {
            request_quit();
        } else if (key.modifiers == Modifier::None || key.modifiers == Modifier::Shift) {
            insert_text(text::encode_utf8(key.codepoint));
        } else {
            set_message("Unknown key " + keys::to_string(key), MessageKind::Error);
        }
        return;
    case KeyCode::Paste:
        insert_text(normalise_paste(key.text));
        return;
    case KeyCode::Enter:
        insert_text("\n");
        return;
    case KeyCode::Tab:
        insert_text("\t");
        return;
    case KeyCode::Backspace:
        erase_range(previous_position(m_doc, m_cursor), m_cursor);
        return;
    case KeyCode::Delete:
        erase_range(m_cursor, next_position(m_doc, m_cursor));
        return;
    case KeyCode::Left:
        move_to(previous_position(m_doc, m_cursor));
        return;
    case KeyCode::Right:
        move_to(next_position(m_doc, m_cursor));
        return;
    case KeyCode::Up:
        move_vertically(-1);
        return;
    case KeyCode::Down:
        move_vertically(1);
        return;
    case KeyCode::PageUp:
        move_vertically(-static_cast<std::int64_t>(m_page_rows));
        return;
    case KeyCode::PageDown:
        move_vertically(static_cast<std::int64_t>(m_page_rows));
        return;
    case KeyCode::Home:
        move_to(ctrl ? ByteOffset(0) : m_doc.line_start(m_doc.line_of(m_cursor)));
        return;
    case KeyCode::End:
        move_to(ctrl ? ByteOffset(m_doc.size().value) : m_doc.line_end(m_doc.line_of(m_cursor)));
        return;
    default:
        set_message("Unknown key " + keys::to_string(key), MessageKind::Error);
        return;
    }
}

void Editor::handle_confirm_quit_key(const keys::Key& key) {
    const bool plain = key.code == KeyCode::Char && key.modifiers == Modifier::None;
    if (plain && (key.codepoint == 'y' || key.codepoint == 'Y')) {
        m_mode = Mode::Editing;
        m_quit_after_save = true;
        request_save();
    } else if (plain && (key.codepoint == 'n' || key.codepoint == 'N')) {
        m_quit = true;
    } else if (key.code == KeyCode::Escape || is_ctrl_char(key, 'c') ||
               (plain && (key.codepoint == 'c' || key.codepoint == 'C'))) {
        m_mode = Mode::Editing;
        set_message("Cancelled");
    }
    // Any other key leaves the question on screen: nothing is thrown away by accident.
}

void Editor::insert_text(std::string_view text) {
    for (std::size_t done = 0; done < text.size();) {
        const std::size_t n = std::min(max_insert_chunk, text.size() - done);
        m_outgoing.emplace_back(m_doc.insert(m_cursor, text.substr(done, n)));
        m_cursor = ByteOffset(m_cursor.value + n);
        done += n;
    }
    m_goal_column = column_of(m_doc, m_cursor, m_config.tab_width);
}

void Editor::erase_range(ByteOffset begin, ByteOffset end) {
    if (begin >= end) {
        return;
    }
    m_outgoing.emplace_back(m_doc.erase(ByteRange{begin, end}));
    m_cursor = begin;
    m_goal_column = column_of(m_doc, m_cursor, m_config.tab_width);
}

void Editor::move_to(ByteOffset pos) {
    m_cursor = pos;
    m_goal_column = column_of(m_doc, m_cursor, m_config.tab_width);
}

void Editor::move_vertically(std::int64_t lines) {
    const auto current = static_cast<std::int64_t>(m_doc.line_of(m_cursor).value);
    const auto last = static_cast<std::int64_t>(m_doc.line_count().value) - 1;
    const std::int64_t target = std::clamp(current + lines, std::int64_t{0}, last);
    if (target == current) {
        // Like nano and micro: moving past the first/last line goes to its start/end.
        move_to(lines < 0 ? m_doc.line_start(LineIndex(0))
                          : m_doc.line_end(LineIndex(static_cast<std::uint64_t>(last))));
        return;
    }
    m_cursor = position_at_column(m_doc, LineIndex(static_cast<std::uint64_t>(target)),
                                  m_goal_column, m_config.tab_width);
}

void Editor::request_save() {
    if (m_autosave_lost) {
        m_quit_after_save = false;
        set_message(std::string(autosave_lost_text), MessageKind::Error);
        return;
    }
    m_outgoing.emplace_back(protocol::SaveRequest{m_doc.last_seq(), m_config.path});
    m_save_in_flight = true;
    m_save_seq = m_doc.last_seq();
    set_message("Saving…");
}

void Editor::request_quit() {
    if (!modified() && !m_save_in_flight) {
        m_quit = true;
    } else if (m_save_in_flight && m_save_seq == m_doc.last_seq()) {
        // Everything typed is in the save on its way (Ctrl-S then Ctrl-Q): quit once it lands.
        m_quit_after_save = true;
    } else {
        m_mode = Mode::ConfirmQuit;
        set_message("Save modified buffer? (y)es, (n)o, (c)ancel");
    }
}

void Editor::handle_save_result(const protocol::SaveResult& result) {
    m_save_in_flight = false;
    const bool asking = m_mode == Mode::ConfirmQuit; // keep the question on screen
    if (!result.ok) {
        m_quit_after_save = false;
        if (!asking) {
            set_message(result.error, MessageKind::Error);
        }
        return;
    }
    m_saved_seq = std::max(m_saved_seq, result.seq);
    if (m_quit_after_save && !modified()) {
        m_quit = true;
    }
    m_quit_after_save = false;
    if (!asking) {
        set_message(lines_note("Wrote", result.lines_written));
    }
}

void Editor::handle_autosave_lost() {
    m_autosave_lost = true;
    m_save_in_flight = false;
    m_quit_after_save = false;
    if (m_mode == Mode::Editing) {
        set_message(std::string(autosave_lost_text), MessageKind::Error);
    }
}

void Editor::handle_autosave_problem(const protocol::AutosaveProblem& problem) {
    set_message(problem.error, MessageKind::Error);
}

} // namespace trio::commands
