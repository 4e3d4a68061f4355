// The undo/redo history of the editing session: which edits form one step, what undoing a
// step means, and which states of the document were equal. Runs in the input component.
#pragma once

#include "editor/document/edit_op.hpp"
#include "editor/document/units.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace trio::history {

using document::ByteOffset;
using EditKind = document::EditOp::Kind;

// How an edit may join the step before it: a run of typed characters, or of Backspace /
// Delete presses, is one step (as in nano and micro); anything else is a step of its own.
enum class Run { Typing, Deleting, Single };

// One edit as the history keeps it. Contiguous typing is merged into one Edit, so a long
// typing run costs its text, not an object per key.
struct Edit {
    EditKind kind = EditKind::Insert;
    ByteOffset offset;
    std::string text;
};

// Identifies the document's content within one history: two moments with the same StateId
// hold the same text (used to clear the modified marker when undo returns to the saved state).
using StateId = std::uint64_t;

struct Step {
    std::vector<Edit> edits; // in the order they were made
    ByteOffset cursor_before;
    ByteOffset cursor_after;
    Run run = Run::Single;
    StateId state = 0; // the state after this step
};

// Contract: unlimited (bounded by memory); not thread-safe (one owner). The history does not
// touch the document: the editor performs what undo()/redo() return, as ordinary edits, so
// autosave receives them like any other.
class UndoHistory {
public:
    // Records an edit just made. It joins the last step when the group is open, `run` is
    // Typing or Deleting and equal to the last step's, and the edit continues it (typing at
    // the cursor the last edit left; Backspace just before, or Delete at, the last erase).
    void record(const Edit& edit, ByteOffset cursor_before, ByteOffset cursor_after, Run run);

    // Records edits just made as one step of their own, whatever came before (recovering a
    // journal: undo then returns to the file as it is on disk). `edits` must not be empty.
    void record_step(std::vector<Edit> edits, ByteOffset cursor_before, ByteOffset cursor_after);

    // The next edit starts a new step (the cursor moved, the file was saved, …).
    void close_group() { m_group_open = false; }

    [[nodiscard]] bool can_undo() const { return !m_done.empty(); }
    [[nodiscard]] bool can_redo() const { return !m_undone.empty(); }

    // The step to revert (its edits must be inverted in reverse order, then the cursor put at
    // cursor_before), moved to the redo stack. Precondition: can_undo(). The reference is valid
    // until the next call that changes the history.
    [[nodiscard]] const Step& undo();
    // The step to perform again (its edits in order, then the cursor at cursor_after), moved
    // back. Precondition: can_redo(). Same validity as undo().
    [[nodiscard]] const Step& redo();

    [[nodiscard]] StateId state() const { return m_done.empty() ? 0 : m_done.back().state; }

private:
    [[nodiscard]] bool joins_last(const Edit& edit, ByteOffset cursor_before, Run run) const;

    std::vector<Step> m_done;
    std::vector<Step> m_undone;
    StateId m_next_state = 1;
    bool m_group_open = false;
};

} // namespace trio::history
