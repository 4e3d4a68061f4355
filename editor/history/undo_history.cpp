// Grouping of edits into undo steps and the undo/redo stacks. Runs in the input component.
#include "editor/history/undo_history.hpp"

#include <cassert>

namespace trio::history {

bool UndoHistory::joins_last(const Edit& edit, ByteOffset cursor_before, Run run) const {
    if (!m_group_open || m_done.empty() || run == Run::Single) {
        return false;
    }
    const Step& last = m_done.back();
    if (last.run != run || last.edits.empty() || cursor_before != last.cursor_after) {
        return false;
    }
    const Edit& previous = last.edits.back();
    if (run == Run::Typing) {
        return edit.kind == EditKind::Insert;
    }
    // Deleting: Backspace erases just before the previous erase, Delete at the same place.
    return edit.kind == EditKind::Erase && previous.kind == EditKind::Erase &&
           (edit.offset.value + edit.text.size() == previous.offset.value ||
            edit.offset == previous.offset);
}

void UndoHistory::record(const Edit& edit, ByteOffset cursor_before, ByteOffset cursor_after,
                         Run run) {
    m_undone.clear(); // a new edit after undo starts a new branch; the old one is dropped
    if (joins_last(edit, cursor_before, run)) {
        Step& last = m_done.back();
        Edit& previous = last.edits.back();
        if (edit.kind == EditKind::Insert &&
            edit.offset.value == previous.offset.value + previous.text.size() &&
            previous.kind == EditKind::Insert) {
            previous.text += edit.text; // typing on: one Edit for the whole run
        } else if (edit.kind == EditKind::Erase && previous.kind == EditKind::Erase &&
                   edit.offset.value + edit.text.size() == previous.offset.value) {
            previous.text.insert(0, edit.text); // Backspace on
            previous.offset = edit.offset;
        } else if (edit.kind == EditKind::Erase && previous.kind == EditKind::Erase &&
                   edit.offset == previous.offset) {
            previous.text += edit.text; // Delete on
        } else {
            last.edits.push_back(edit);
        }
        last.cursor_after = cursor_after;
        last.state = m_next_state++; // the content differs from any state seen before
        return;
    }
    m_done.push_back(Step{{edit}, cursor_before, cursor_after, run, m_next_state++});
    m_group_open = true;
}

void UndoHistory::record_step(std::vector<Edit> edits, ByteOffset cursor_before,
                              ByteOffset cursor_after) {
    assert(!edits.empty());
    m_undone.clear();
    m_done.push_back(
        Step{std::move(edits), cursor_before, cursor_after, Run::Single, m_next_state++});
    m_group_open = false;
}

const Step& UndoHistory::undo() {
    assert(can_undo());
    m_undone.push_back(std::move(m_done.back()));
    m_done.pop_back();
    m_group_open = false;
    return m_undone.back();
}

const Step& UndoHistory::redo() {
    assert(can_redo());
    m_done.push_back(std::move(m_undone.back()));
    m_undone.pop_back();
    m_group_open = false;
    return m_done.back();
}

} // namespace trio::history
