// The question a session may open with (recover a journal? the file is open elsewhere),
// recovery itself, and read-only mode. Runs in the input component.
#include "editor/commands/cursor_motion.hpp"
#include "editor/commands/editor.hpp"

#include <algorithm>
#include <variant>

namespace trio::commands {

using document::ByteOffset;
using document::ByteRange;
using keys::KeyCode;
using keys::Modifier;

namespace {

// The lower-case letter of a plain letter key, or 0.
char32_t answer_of(const keys::Key& key) {
    if (key.code != KeyCode::Char || key.modifiers != Modifier::None) {
        return 0;
    }
    const char32_t c = key.codepoint;
    return (c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c;
}

bool is_ctrl_q(const keys::Key& key) {
    return key.code == KeyCode::Char && key.codepoint == 'q' && key.modifiers == Modifier::Ctrl;
}

std::string edits_text(std::size_t edits) {
    return std::to_string(edits) + (edits == 1 ? " edit" : " edits");
}

} // namespace

void Editor::handle_startup_key(const keys::Key& key) {
    const protocol::Prompt asked = m_config.question.prompt;
    const char32_t answer = answer_of(key);
    if (is_ctrl_q(key)) {
        m_quit = true; // before deciding anything: the journal and the file stay as they are
        return;
    }
    if (asked == protocol::Prompt::LockHeld) {
        if (answer == 'o') {
            open_read_only("Opened read-only: another editor has this file open");
        } else if (answer == 'c') {
            m_mode = Mode::Editing;
            m_journaled = false; // the journal's path belongs to the other editor
            set_message("Editing anyway: not journaled while the other editor has it open",
                        MessageKind::Error);
        }
        return; // any other key leaves the question on screen
    }
    if (answer == 'r' && asked == protocol::Prompt::Recovery) {
        m_mode = Mode::Editing;
        recover();
    } else if (answer == 'd') {
        m_mode = Mode::Editing;
        m_outgoing.emplace_back(protocol::DropJournal{});
        set_message("Discarded the unsaved edits: the file is as it is on disk");
    } else if (answer == 'o') {
        open_read_only("Opened read-only: the journal is kept for later");
    }
    if (m_mode == Mode::Editing) {
        m_config.question.records.clear(); // answered: free them
        m_config.question.records.shrink_to_fit();
    }
}

void Editor::recover() {
    // The journal's records, performed as ordinary edits: autosave's replica follows and the
    // new journal records them (so a crash now loses nothing either), and one undo step
    // returns to the file as it is on disk.
    std::vector<history::Edit> edits;
    ByteOffset cursor(0);
    for (const journal::JournalRecord& record : m_config.question.records) {
        if (const auto* op = std::get_if<document::EditOp>(&record)) {
            const ByteOffset end(op->offset.value + op->text.size());
            if (op->kind == document::EditOp::Kind::Insert) {
                perform_insert(op->offset, op->text);
                cursor = end;
            } else {
                perform_erase(ByteRange{op->offset, end});
                cursor = op->offset;
            }
            edits.push_back(history::Edit{op->kind, op->offset, op->text});
        } else if (const auto* snapshot = std::get_if<journal::SnapshotRecord>(&record)) {
            const ByteRange all{ByteOffset(0), ByteOffset(m_doc.size().value)};
            edits.push_back(
                history::Edit{document::EditOp::Kind::Erase, ByteOffset(0), m_doc.text(all)});
            perform_erase(all);
            perform_insert(ByteOffset(0), snapshot->text);
            edits.push_back(
                history::Edit{document::EditOp::Kind::Insert, ByteOffset(0), snapshot->text});
            cursor = ByteOffset(snapshot->text.size());
        }
    }
    if (!edits.empty()) {
        m_history.record_step(std::move(edits), ByteOffset(0), cursor);
    }
    move_to(cursor);
    std::string text = "Recovered " + edits_text(m_config.question.edits);
    if (m_config.question.damaged) {
        text += " (the journal's damaged end was left out)";
        set_message(std::move(text), MessageKind::Error);
    } else {
        set_message(std::move(text) + ": save to keep them");
    }
}

void Editor::open_read_only(std::string why) {
    m_mode = Mode::Editing;
    m_read_only = true;
    set_message(std::move(why));
}

void Editor::quit_session() {
    m_quit = true;
    if (!m_read_only) {
        m_outgoing.emplace_back(protocol::DropJournal{});
    }
}

void Editor::end_by_signal() {
    m_quit = true;
    if (m_mode == Mode::ReplaceThis) {
        finish_replace(); // its replacements count as changes: the journal must stay
    }
    if (!m_read_only && !modified() && m_mode != Mode::Startup) {
        m_outgoing.emplace_back(protocol::DropJournal{});
    }
}

bool Editor::refused_in_read_only(const keys::Key& key) {
    bool edits = false;
    switch (key.code) {
    case KeyCode::Char:
        edits = key.modifiers == Modifier::None || key.modifiers == Modifier::Shift ||
                (key.modifiers == Modifier::Ctrl &&
                 (key.codepoint == 's' || key.codepoint == 'z' || key.codepoint == 'y' ||
                  key.codepoint == 'x' || key.codepoint == 'v' || key.codepoint == 'k' ||
                  key.codepoint == 'd' || key.codepoint == 'r'));
        break;
    case KeyCode::Paste:
    case KeyCode::Enter:
    case KeyCode::Tab:
    case KeyCode::Backspace:
    case KeyCode::Delete: // Ctrl-Backspace and Ctrl-Delete too
        edits = true;
        break;
    default:
        break;
    }
    if (edits) {
        set_message("Read-only: this file was opened for viewing", MessageKind::Error);
    }
    return edits;
}

void Editor::place_at_start() {
    if (m_config.start_line == 0) {
        return;
    }
    // As nano: a line past the end is the last line, a column past the end of the line its
    // end. A huge file not yet indexed is indexed only as far as that line.
    const document::LineIndex line =
        last_line_up_to(m_doc, document::LineIndex(m_config.start_line - 1));
    constexpr std::uint64_t far_right = std::uint64_t{1} << 40; // past any line's end
    const std::uint64_t column =
        std::min(m_config.start_column == 0 ? 0 : m_config.start_column - 1, far_right);
    move_to(position_at_column(m_doc, line,
                               document::DisplayColumn(static_cast<std::int64_t>(column)),
                               m_config.tab_width));
}

} // namespace trio::commands
