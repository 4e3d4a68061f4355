// Key dispatch and the save/quit protocol of the editing session. Runs in the input component.
#include "editor/commands/editor.hpp"

#include "editor/commands/cursor_motion.hpp"
#include "editor/text/utf8.hpp"

#include <algorithm>

namespace trio::commands {

using document::ByteOffset;
using document::ByteRange;
using keys::KeyCode;
using keys::Modifier;

namespace {

constexpr std::string_view autosave_lost_text = "Cannot save: the autosave component has stopped";

// Terminals send a pasted line break as CR (or CR LF); the document gets its own convention.
std::string normalise_paste(std::string_view text, std::string_view line_break) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r' || text[i] == '\n') {
            out += line_break;
            if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
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

bool is_ctrl(const keys::Key& key, char32_t letter) {
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
    : m_doc(std::move(doc)), m_config(std::move(config)),
      m_line_break(m_doc.first_line_break() == document::LineBreak::CrLf ? "\r\n" : "\n") {
    if (m_doc.unindexed_bytes() <= count_lines_at_open_limit) {
        (void)m_doc.index_lines(count_lines_at_open_limit);
    }
    m_read_only = m_config.read_only;
    m_disk_stamp = m_config.disk_stamp;
    m_line_numbers = m_config.line_numbers;
    m_soft_wrap = m_config.soft_wrap;
    place_at_start();
    if (!m_config.file_existed) {
        set_message("New file");
    } else {
        note_lines_read();
    }
    if (!m_config.startup_warning.empty()) {
        set_message(m_config.startup_warning, MessageKind::Error);
    }
    if (m_config.question.prompt != protocol::Prompt::None) {
        m_mode = Mode::Startup;
        set_message(m_config.question.text);
    }
}

void Editor::note_lines_read() {
    if (!m_doc.lines_indexed()) {
        set_message("Reading…"); // replaced once the lines are counted
        m_message_is_lines_read = true;
        return;
    }
    std::string text = lines_note("Read", counted_lines(m_doc));
    if (m_config.looks_binary) {
        text += " (binary: NUL shown as ^@)";
    }
    if (m_line_break == "\r\n") {
        text += " (DOS line endings)";
    }
    set_message(std::move(text));
}

std::vector<protocol::ToAutosave> Editor::take_outgoing() {
    std::vector<protocol::ToAutosave> out;
    out.swap(m_outgoing);
    return out;
}

void Editor::set_message(std::string text, MessageKind kind) {
    m_message = std::move(text);
    m_message_is_error = kind == MessageKind::Error;
    m_message_is_lines_read = false;
}

protocol::Prompt Editor::prompt() const {
    switch (m_mode) {
    case Mode::ConfirmQuit:
        return protocol::Prompt::Question;
    case Mode::Search:
        return protocol::Prompt::Search;
    case Mode::GoToLine:
        return protocol::Prompt::GoToLine;
    case Mode::Startup:
        return m_config.question.prompt;
    case Mode::ReplaceWith:
        return protocol::Prompt::Replace;
    case Mode::ReplaceThis:
        return protocol::Prompt::ReplaceThis;
    case Mode::OpenFile:
        return protocol::Prompt::OpenFile;
    case Mode::FileName:
        return protocol::Prompt::FileName;
    case Mode::ChangedOnDisk:
        return protocol::Prompt::ChangedOnDisk;
    case Mode::Editing:
        break;
    }
    return protocol::Prompt::None;
}

std::string Editor::message() const {
    switch (m_mode) {
    case Mode::Search:
        return std::string(m_search.replacing ? "Replace" : "Search") +
               (m_search.case_mode == search::CaseMode::Insensitive ? " (any case): " : ": ") +
               m_field.text();
    case Mode::GoToLine:
        return "Go to line: " + m_field.text();
    case Mode::ReplaceWith:
        return "Replace with: " + m_field.text();
    case Mode::ReplaceThis:
        return m_replace.match ? "Replace this match? (y)es (n)o (a)ll" : "Replacing…";
    case Mode::OpenFile:
    case Mode::FileName:
    case Mode::ChangedOnDisk:
        return file_prompt_message();
    case Mode::ConfirmQuit:
    case Mode::Startup:
    case Mode::Editing:
        break;
    }
    return m_message;
}

bool Editor::has_background_work() const {
    return m_search.job.has_value() || m_replace.job.has_value() || !m_doc.lines_indexed();
}

bool Editor::do_background_work(std::uint64_t budget_bytes) {
    if (m_replace.job) {
        return advance_replace(budget_bytes);
    }
    if (m_search.job) {
        return advance_search(budget_bytes);
    }
    if (m_doc.lines_indexed()) {
        return false;
    }
    const std::uint64_t before = m_doc.unindexed_bytes();
    (void)m_doc.index_lines(budget_bytes);
    if (m_doc.lines_indexed()) {
        if (m_message_is_lines_read) {
            note_lines_read();
        }
        return true;
    }
    // Redraw only when the percentage shown changes.
    const std::uint64_t total = m_doc.size().value;
    return total > 0 &&
           (total - before) * 100 / total != (total - m_doc.unindexed_bytes()) * 100 / total;
}

std::string Editor::note() const {
    if (m_search.job) {
        return "Searching… " + std::to_string(m_search.percent_done) + "%";
    }
    if (m_mode == Mode::Search) {
        switch (m_search.outcome) {
        case SearchOutcome::NotFound:
            return "Not found";
        case SearchOutcome::Wrapped:
            return "Wrapped";
        case SearchOutcome::Found:
        case SearchOutcome::None:
            break;
        }
    }
    if (!m_doc.lines_indexed() && m_doc.size().value > 0) {
        const std::uint64_t total = m_doc.size().value;
        return "Counting lines… " +
               std::to_string((total - m_doc.unindexed_bytes()) * 100 / total) + "%";
    }
    return {};
}

void Editor::handle_key(const keys::Key& key) {
    if (handle_help_key(key) || handle_panel_key(key)) {
        return;
    }
    switch (m_mode) {
    case Mode::ConfirmQuit:
        handle_confirm_quit_key(key);
        return;
    case Mode::Search:
        handle_search_key(key);
        return;
    case Mode::GoToLine:
        handle_go_to_line_key(key);
        return;
    case Mode::Startup:
        handle_startup_key(key);
        return;
    case Mode::ReplaceWith:
        handle_replace_with_key(key);
        return;
    case Mode::ReplaceThis:
        handle_replace_this_key(key);
        return;
    case Mode::OpenFile:
    case Mode::FileName:
        handle_file_prompt_key(key);
        return;
    case Mode::ChangedOnDisk:
        handle_changed_on_disk_key(key);
        return;
    case Mode::Editing:
        handle_editing_key(key);
        return;
    }
}

bool Editor::handle_panel_key(const keys::Key& key) {
    if (key.modifiers != Modifier::None) {
        return false;
    }
    if (key.code == KeyCode::F2) {
        m_panel_shown = !m_panel_shown;
        return true;
    }
    // Esc closes the panel before it may cancel a prompt: one key, one visible effect.
    if (key.code == KeyCode::Escape && m_panel_shown) {
        m_panel_shown = false;
        return true;
    }
    return false;
}

void Editor::handle_editing_key(const keys::Key& key) {
    m_message.clear();
    m_message_is_lines_read = false;
    m_search.job.reset(); // a key while F3 still searches: the key wins
    if (!is_ctrl(key, 'k')) {
        m_collecting_lines = false; // only consecutive Ctrl-K presses collect lines
    }
    if (handle_file_key(key)) {
        return; // Ctrl-O and switching buffers work in read-only buffers too
    }
    if (m_read_only && refused_in_read_only(key)) {
        return;
    }
    if (handle_motion_key(key) || handle_word_key(key) || handle_clipboard_key(key) ||
        handle_view_toggle_key(key)) {
        return;
    }
    switch (key.code) {
    case KeyCode::Char:
        if (is_ctrl(key, 's')) {
            request_save();
        } else if (is_ctrl(key, 'q')) {
            request_quit();
        } else if (is_ctrl(key, 'z')) {
            undo();
        } else if (is_ctrl(key, 'y')) {
            redo();
        } else if (is_ctrl(key, 'f')) {
            open_search();
        } else if (is_ctrl(key, 'r')) {
            open_replace();
        } else if (is_ctrl(key, 'g')) {
            open_go_to_line();
        } else if (is_ctrl(key, 'a')) {
            select_all();
        } else if (key.modifiers == Modifier::None || key.modifiers == Modifier::Shift) {
            insert_replacing_selection(text::encode_utf8(key.codepoint), history::Run::Typing);
        } else {
            set_message("Unknown key " + keys::to_string(key), MessageKind::Error);
        }
        return;
    case KeyCode::Paste:
        // Verbatim: a pasted block is never auto-indented.
        insert_replacing_selection(normalise_paste(key.text, m_line_break), history::Run::Single);
        return;
    case KeyCode::Enter:
        insert_line_break();
        return;
    case KeyCode::Tab:
        insert_tab();
        return;
    case KeyCode::Backspace:
        if (!erase_selection()) {
            erase_typed(ByteRange{previous_position(m_doc, m_cursor), m_cursor});
        }
        return;
    case KeyCode::Delete:
        if (!erase_selection()) {
            erase_typed(ByteRange{m_cursor, next_position(m_doc, m_cursor)});
        }
        return;
    case KeyCode::F3:
        find_again(key.modifiers == Modifier::Shift ? search::Direction::Backward
                                                    : search::Direction::Forward);
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
        quit_session();
    } else if (key.code == KeyCode::Escape || is_ctrl(key, 'c') ||
               (plain && (key.codepoint == 'c' || key.codepoint == 'C'))) {
        m_mode = Mode::Editing;
        set_message("Cancelled");
    }
    // Any other key leaves the question on screen: nothing is thrown away by accident.
}

void Editor::request_save() {
    if (m_autosave_lost) {
        m_quit_after_save = false;
        set_message(std::string(autosave_lost_text), MessageKind::Error);
        return;
    }
    send_save(Overwrite::No);
}

void Editor::request_quit() {
    const bool save_in_flight = !m_pending_saves.empty();
    if (!modified() && !save_in_flight) {
        quit_session();
    } else if (save_in_flight && m_pending_saves.back().first == m_doc.last_seq()) {
        // Everything typed is in the save on its way (Ctrl-S then Ctrl-Q): quit once it lands.
        m_quit_after_save = true;
    } else {
        m_mode = Mode::ConfirmQuit;
        set_message("Save modified buffer? (y)es, (n)o, (c)ancel");
    }
}

void Editor::handle_save_result(const protocol::SaveResult& result) {
    const auto answered = std::find_if(m_pending_saves.begin(), m_pending_saves.end(),
                                       [&](const auto& save) { return save.first == result.seq; });
    const bool asking = m_mode == Mode::ConfirmQuit; // keep the question on screen
    if (answered == m_pending_saves.end()) {
        return; // not a save of ours (cannot happen with one autosave), nothing to update
    }
    const history::StateId saved = answered->second;
    m_pending_saves.erase(m_pending_saves.begin(), answered + 1);
    if (handle_changed_on_disk(result)) {
        return; // asks whether to save over the other program's file
    }
    if (!result.ok) {
        m_quit_after_save = false;
        if (!asking) {
            set_message(result.error, MessageKind::Error);
        }
        return;
    }
    m_saved_state = saved;
    if (m_quit_after_save && !modified()) {
        quit_session();
    }
    m_quit_after_save = false;
    if (!asking) {
        set_message(lines_note("Wrote", result.lines_written));
    }
}

void Editor::handle_autosave_lost() {
    m_autosave_lost = true;
    m_pending_saves.clear();
    m_quit_after_save = false;
    if (m_mode == Mode::Editing) {
        set_message(std::string(autosave_lost_text), MessageKind::Error);
    }
}

void Editor::handle_autosave_restarted() {
    // Edits not yet taken are in the new replica already; so is the text of any save.
    std::erase_if(m_outgoing, [](const protocol::ToAutosave& msg) {
        return !std::holds_alternative<protocol::DropJournal>(msg);
    });
    if (m_pending_saves.empty()) {
        return;
    }
    // Only the newest save matters: the new replica holds the current text, and a save must
    // name the replica's own edit.
    m_pending_saves.clear();
    send_save(Overwrite::No);
}

void Editor::show_supervisor_event(std::string text, MessageKind kind) {
    if (m_mode == Mode::Editing) {
        set_message(std::move(text), kind);
    }
}

void Editor::handle_original_truncated() {
    m_doc.forget_original_lines();
    m_search.job.reset(); // it counted positions in the old bytes
    set_message(std::string(original_truncated_text), MessageKind::Error);
}

void Editor::handle_autosave_problem(const protocol::AutosaveProblem& problem) {
    set_message(problem.error, MessageKind::Error);
}

} // namespace trio::commands
