// Every change of the text: typed edits recorded for undo, their transport to autosave in
// bounded chunks, and undo/redo. Runs in the input component.
#include "editor/commands/cursor_motion.hpp"
#include "editor/commands/editor.hpp"

#include <algorithm>

namespace trio::commands {

using document::ByteOffset;
using document::ByteRange;
using EditKind = document::EditOp::Kind;

namespace {

// An edit travels to autosave as one message; keep each under the transport's limit. Both
// inserts and erases carry their text, so both are cut.
constexpr std::uint64_t max_edit_chunk = 16 * 1024;

} // namespace

void Editor::perform_insert(ByteOffset at, std::string_view text) {
    for (std::size_t done = 0; done < text.size();) {
        const std::size_t n = std::min<std::size_t>(max_edit_chunk, text.size() - done);
        m_outgoing.emplace_back(m_doc.insert(ByteOffset(at.value + done), text.substr(done, n)));
        done += n;
    }
}

void Editor::perform_erase(ByteRange range) {
    // From the end backwards, so the offsets of the chunks still to go do not move.
    for (std::uint64_t end = range.end.value; end > range.begin.value;) {
        const std::uint64_t begin =
            std::max(range.begin.value, end - std::min(end, max_edit_chunk));
        m_outgoing.emplace_back(m_doc.erase(ByteRange{ByteOffset(begin), ByteOffset(end)}));
        end = begin;
    }
}

void Editor::insert_typed(std::string_view text, history::Run run) {
    m_anchor.reset();
    const ByteOffset before = m_cursor;
    perform_insert(m_cursor, text);
    m_cursor = ByteOffset(m_cursor.value + text.size());
    m_history.record(history::Edit{EditKind::Insert, before, std::string(text)}, before, m_cursor,
                     run);
    m_goal_column = column_of(m_doc, m_cursor, m_config.tab_width);
}

void Editor::erase_typed(ByteRange range) {
    m_anchor.reset();
    if (range.begin >= range.end) {
        return;
    }
    const ByteOffset before = m_cursor;
    std::string removed = m_doc.text(range);
    perform_erase(range);
    m_cursor = range.begin;
    m_history.record(history::Edit{EditKind::Erase, range.begin, std::move(removed)}, before,
                     m_cursor, history::Run::Deleting);
    m_goal_column = column_of(m_doc, m_cursor, m_config.tab_width);
}

void Editor::insert_replacing_selection(std::string_view text, history::Run run) {
    const std::optional<ByteRange> selected = selection();
    if (!selected && run != history::Run::Single) {
        insert_typed(text, run);
        return;
    }
    m_anchor.reset();
    const ByteOffset before = m_cursor;
    ByteOffset at = m_cursor;
    std::vector<history::Edit> edits;
    if (selected) {
        edits.push_back(history::Edit{EditKind::Erase, selected->begin, m_doc.text(*selected)});
        perform_erase(*selected);
        at = selected->begin;
    }
    if (!text.empty()) {
        perform_insert(at, text);
        edits.push_back(history::Edit{EditKind::Insert, at, std::string(text)});
    }
    m_cursor = ByteOffset(at.value + text.size());
    m_goal_column = column_of(m_doc, m_cursor, m_config.tab_width);
    if (!edits.empty()) {
        m_history.record_step(std::move(edits), before, m_cursor);
    }
}

bool Editor::erase_selection() {
    const std::optional<ByteRange> selected = selection();
    if (!selected) {
        return false;
    }
    insert_replacing_selection("", history::Run::Single);
    return true;
}

void Editor::undo() {
    m_anchor.reset();
    m_history.close_group(); // even when there is nothing to undo: typing on is a new step
    if (!m_history.can_undo()) {
        set_message("Nothing to undo");
        return;
    }
    const history::Step& step = m_history.undo();
    for (auto edit = step.edits.rbegin(); edit != step.edits.rend(); ++edit) {
        if (edit->kind == EditKind::Insert) {
            perform_erase(
                ByteRange{edit->offset, ByteOffset(edit->offset.value + edit->text.size())});
        } else {
            perform_insert(edit->offset, edit->text);
        }
    }
    move_to(step.cursor_before);
}

void Editor::redo() {
    m_anchor.reset();
    m_history.close_group();
    if (!m_history.can_redo()) {
        set_message("Nothing to redo");
        return;
    }
    const history::Step& step = m_history.redo();
    for (const history::Edit& edit : step.edits) {
        if (edit.kind == EditKind::Insert) {
            perform_insert(edit.offset, edit.text);
        } else {
            perform_erase(ByteRange{edit.offset, ByteOffset(edit.offset.value + edit.text.size())});
        }
    }
    move_to(step.cursor_after);
}

} // namespace trio::commands
