// The search and go-to-line prompts: incremental search in bounded slices, next/previous
// match, and jumping to a line[:column]. Runs in the input component.
#include "editor/commands/cursor_motion.hpp"
#include "editor/commands/editor.hpp"
#include "editor/commands/line_column.hpp"

namespace trio::commands {

using document::ByteOffset;
using document::ByteRange;
using document::DisplayColumn;
using document::LineIndex;
using keys::KeyCode;
using keys::Modifier;

namespace {

bool is_ctrl(const keys::Key& key, char32_t letter) {
    return key.code == KeyCode::Char && key.codepoint == letter && key.modifiers == Modifier::Ctrl;
}

bool is_alt(const keys::Key& key, char32_t letter) {
    return key.code == KeyCode::Char && (key.codepoint == letter || key.codepoint == letter - 32) &&
           key.modifiers == Modifier::Alt;
}

} // namespace

// ---- search ---------------------------------------------------------------------------

void Editor::open_search() {
    m_mode = Mode::Search;
    m_anchor.reset();
    m_search.replacing = false;
    m_search.origin = m_cursor;
    m_search.match.reset();
    m_search.outcome = SearchOutcome::None;
    m_search.close_when_done = false;
    m_field.set(m_search.query); // the last search, ready to repeat or to edit
    if (!m_field.text().empty()) {
        start_search(m_cursor, search::Direction::Forward);
    }
}

void Editor::handle_search_key(const keys::Key& key) {
    switch (m_field.handle_key(key)) {
    case FieldEdit::Changed:
        // Incremental: every change searches again from where the prompt was opened.
        m_search.query = m_field.text();
        m_search.close_when_done = false;
        start_search(m_search.origin, search::Direction::Forward);
        return;
    case FieldEdit::Unchanged:
        return;
    case FieldEdit::NotAnEdit:
        break;
    }
    const ByteOffset here = m_search.match ? m_search.match->begin : m_cursor;
    if (key.code == KeyCode::Enter && m_search.replacing) {
        // Ctrl-R: the replacement is asked next; replacing starts where the prompt opened.
        m_search.job.reset();
        if (m_search.query.empty()) {
            close_search(false);
            return;
        }
        m_mode = Mode::ReplaceWith;
        m_field.set(m_replace.replacement);
        move_to(m_search.origin);
    } else if (key.code == KeyCode::Enter) {
        if (m_search.job) {
            m_search.close_when_done = true; // finish this search first, then close
        } else {
            close_search(true);
        }
    } else if (key.code == KeyCode::Escape || is_ctrl(key, 'c')) {
        close_search(false);
    } else if (is_ctrl(key, 'n') || key.code == KeyCode::Down ||
               (key.code == KeyCode::F3 && key.modifiers == Modifier::None)) {
        start_search(m_search.match ? ByteOffset(here.value + 1) : here,
                     search::Direction::Forward);
    } else if (is_ctrl(key, 'p') || key.code == KeyCode::Up ||
               (key.code == KeyCode::F3 && key.modifiers == Modifier::Shift)) {
        start_search(here, search::Direction::Backward);
    } else if (is_alt(key, 'c')) {
        m_search.case_mode = m_search.case_mode == search::CaseMode::Sensitive
                                 ? search::CaseMode::Insensitive
                                 : search::CaseMode::Sensitive;
        start_search(m_search.origin, search::Direction::Forward);
    }
    // Other keys are ignored while the prompt is open.
}

void Editor::find_again(search::Direction direction) {
    if (m_search.query.empty()) {
        set_message("No previous search: press ^F", MessageKind::Error);
        return;
    }
    m_search.close_when_done = true;
    start_search(direction == search::Direction::Forward ? ByteOffset(m_cursor.value + 1)
                                                         : m_cursor,
                 direction);
}

void Editor::start_search(ByteOffset from, search::Direction direction) {
    m_search.job.reset();
    m_search.percent_done = 0;
    if (m_search.query.empty()) {
        m_search.match.reset();
        m_search.outcome = SearchOutcome::None;
        m_cursor = m_search.origin;
        return;
    }
    from = ByteOffset(std::min(from.value, m_doc.size().value));
    m_search.job.emplace(
        m_doc,
        search::SearchQuery{m_search.query, direction, m_search.case_mode, search::Wrap::Yes},
        from);
    // Small documents answer at once; a huge one continues in background slices.
    (void)advance_search(background_slice_bytes);
}

bool Editor::advance_search(std::uint64_t budget_bytes) {
    const search::StepResult result = m_search.job->step(m_doc, budget_bytes);
    if (result.status == search::StepStatus::Running) {
        const std::uint64_t percent = result.progress.total == 0
                                          ? 100
                                          : result.progress.scanned * 100 / result.progress.total;
        const bool changed = percent != m_search.percent_done;
        m_search.percent_done = percent;
        return changed;
    }
    m_search.job.reset();
    if (result.status == search::StepStatus::Found) {
        m_search.match = result.match;
        m_search.outcome = result.wrapped ? SearchOutcome::Wrapped : SearchOutcome::Found;
        m_cursor = result.match.begin;
        m_goal_column = column_of(m_doc, m_cursor, m_config.tab_width);
    } else {
        m_search.outcome = SearchOutcome::NotFound;
        if (m_mode == Mode::Search) {
            // As vim's incsearch: while the text is not there, the cursor waits where it began.
            m_search.match.reset();
            m_cursor = m_search.origin;
            m_goal_column = column_of(m_doc, m_cursor, m_config.tab_width);
        }
    }
    if (m_mode != Mode::Search || m_search.close_when_done) {
        close_search(true);
    }
    return true;
}

void Editor::close_search(bool keep_position) {
    m_search.job.reset();
    const bool was_prompt = m_mode == Mode::Search;
    m_mode = Mode::Editing;
    m_search.close_when_done = false;
    m_search.replacing = false;
    m_history.close_group();
    if (!keep_position && was_prompt) {
        move_to(m_search.origin);
        set_message("Cancelled");
        return;
    }
    switch (m_search.outcome) {
    case SearchOutcome::NotFound:
        set_message("\"" + m_search.query + "\" not found", MessageKind::Error);
        break;
    case SearchOutcome::Wrapped:
        set_message("Search wrapped");
        break;
    case SearchOutcome::Found:
    case SearchOutcome::None:
        set_message("");
        break;
    }
    move_to(m_cursor);
}

// ---- go to line -----------------------------------------------------------------------

void Editor::open_go_to_line() {
    m_mode = Mode::GoToLine;
    m_anchor.reset();
    m_field.clear();
}

void Editor::handle_go_to_line_key(const keys::Key& key) {
    if (m_field.handle_key(key) != FieldEdit::NotAnEdit) {
        return;
    }
    if (key.code == KeyCode::Enter) {
        m_mode = Mode::Editing;
        go_to_line(m_field.text());
    } else if (key.code == KeyCode::Escape || is_ctrl(key, 'c')) {
        m_mode = Mode::Editing;
        set_message("Cancelled");
    }
}

void Editor::go_to_line(std::string_view answer) {
    const std::optional<LineColumn> target = parse_line_column(answer);
    if (!target) {
        set_message("Not a line number: " + std::string(answer), MessageKind::Error);
        return;
    }
    const LineIndex line = last_line_up_to(m_doc, LineIndex(target->line - 1));
    move_to(position_at_column(m_doc, line,
                               DisplayColumn(static_cast<std::int64_t>(target->column - 1)),
                               m_config.tab_width));
    set_message("");
}

} // namespace trio::commands
