// Find and replace (Ctrl-R): the search field, the replacement field, then a question at each
// match from the cursor to the end and round from the top back to it; every replacement of
// one Ctrl-R is one undo step. Searching runs in bounded slices like Ctrl-F (the question
// waits meanwhile), so a huge file never stalls a key. Runs in the input component.
#include "editor/commands/cursor_motion.hpp"
#include "editor/commands/editor.hpp"

#include <algorithm>

namespace trio::commands {

using document::ByteOffset;
using document::ByteRange;
using EditKind = document::EditOp::Kind;
using keys::KeyCode;
using keys::Modifier;

void Editor::open_replace() {
    open_search();
    m_search.replacing = true;
}

void Editor::handle_replace_with_key(const keys::Key& key) {
    if (m_field.handle_key(key) != FieldEdit::NotAnEdit) {
        return;
    }
    if (key.code == KeyCode::Enter) {
        start_replacing();
    } else if (key.code == KeyCode::Escape || (key.code == KeyCode::Char && key.codepoint == 'c' &&
                                               key.modifiers == Modifier::Ctrl)) {
        m_mode = Mode::Editing;
        move_to(m_search.origin);
        set_message("Cancelled");
    }
}

void Editor::start_replacing() {
    m_replace.replacement = m_field.text();
    m_replace.match.reset();
    m_replace.next = m_search.origin;
    m_replace.stop = m_search.origin;
    m_replace.wrapped = false;
    m_replace.all = false;
    m_replace.count = 0;
    m_replace.edits.clear();
    m_replace.cursor_before = m_search.origin;
    m_mode = Mode::ReplaceThis;
    move_to(m_search.origin);
    find_next_replacement();
}

void Editor::handle_replace_this_key(const keys::Key& key) {
    if (key.code == KeyCode::Escape ||
        (key.code == KeyCode::Char && key.codepoint == 'c' && key.modifiers == Modifier::Ctrl)) {
        finish_replace();
        return;
    }
    if (key.code != KeyCode::Char || key.modifiers != Modifier::None || !m_replace.match) {
        return; // still searching, or not an answer: the question stays
    }
    switch (key.codepoint) {
    case 'y':
    case 'Y':
        replace_match();
        break;
    case 'n':
    case 'N':
        m_replace.next = m_replace.match->end;
        break;
    case 'a':
    case 'A':
        m_replace.all = true;
        replace_match();
        break;
    default:
        return;
    }
    find_next_replacement();
}

void Editor::replace_match() {
    const ByteRange match = *m_replace.match;
    std::string removed = m_doc.text(match);
    perform_erase(match);
    perform_insert(match.begin, m_replace.replacement);
    const std::uint64_t removed_size = removed.size();
    m_replace.edits.push_back(history::Edit{EditKind::Erase, match.begin, std::move(removed)});
    if (!m_replace.replacement.empty()) {
        m_replace.edits.push_back(
            history::Edit{EditKind::Insert, match.begin, m_replace.replacement});
    }
    m_replace.next = ByteOffset(match.begin.value + m_replace.replacement.size());
    if (m_replace.wrapped) {
        m_replace.stop =
            ByteOffset(m_replace.stop.value - removed_size + m_replace.replacement.size());
    }
    ++m_replace.count;
    m_replace.match.reset();
    m_cursor = m_replace.next;
}

void Editor::find_next_replacement() {
    m_replace.match.reset();
    m_anchor.reset();
    m_replace.job.emplace(m_doc,
                          search::SearchQuery{m_search.query, search::Direction::Forward,
                                              m_search.case_mode, search::Wrap::No},
                          ByteOffset(std::min(m_replace.next.value, m_doc.size().value)));
    m_replace.scanned = 0;
    (void)advance_replace(background_slice_bytes);
}

bool Editor::advance_replace(std::uint64_t budget_bytes) {
    std::uint64_t used = 0;
    while (m_replace.job && used < budget_bytes) {
        const search::StepResult result = m_replace.job->step(m_doc, budget_bytes - used);
        // At least 1: a slice always counts, so this loop ends whatever the job reports.
        used += std::max<std::uint64_t>(1, result.progress.scanned - m_replace.scanned);
        m_replace.scanned = result.progress.scanned;
        if (result.status == search::StepStatus::Running) {
            continue;
        }
        m_replace.job.reset();
        const bool found = result.status == search::StepStatus::Found &&
                           (!m_replace.wrapped || result.match.end <= m_replace.stop);
        if (!found) {
            if (m_replace.wrapped || m_replace.stop.value == 0) {
                finish_replace();
                return true;
            }
            m_replace.wrapped = true; // round from the top to where it began
            m_replace.next = ByteOffset(0);
            find_next_replacement();
            return true;
        }
        m_replace.match = result.match;
        if (!m_replace.all) {
            // The match asked about is selected, so the view shows it highlighted.
            m_cursor = result.match.begin;
            m_goal_column = column_of(m_doc, m_cursor, m_config.tab_width);
            m_anchor = result.match.end;
            return true;
        }
        replace_match();
        m_replace.job.emplace(m_doc,
                              search::SearchQuery{m_search.query, search::Direction::Forward,
                                                  m_search.case_mode, search::Wrap::No},
                              ByteOffset(std::min(m_replace.next.value, m_doc.size().value)));
        m_replace.scanned = 0;
    }
    return false; // still searching: the next slice comes from do_background_work
}

void Editor::finish_replace() {
    m_replace.job.reset();
    m_replace.match.reset();
    m_anchor.reset();
    m_mode = Mode::Editing;
    if (!m_replace.edits.empty()) {
        m_history.record_step(std::move(m_replace.edits), m_replace.cursor_before, m_cursor);
        m_replace.edits.clear();
    }
    move_to(m_cursor);
    set_message("Replaced " + std::to_string(m_replace.count) +
                (m_replace.count == 1 ? " occurrence" : " occurrences"));
}

} // namespace trio::commands
