// The editing session owned by the input component: the document, the cursor, undo history,
// the mode (editing or a prompt) and the save/quit protocol with autosave. It turns Keys into
// document edits and into messages for autosave; it does no I/O itself.
#pragma once

#include "editor/commands/prompt_field.hpp"
#include "editor/commands/search_state.hpp"
#include "editor/commands/startup_question.hpp"
#include "editor/document/document.hpp"
#include "editor/history/undo_history.hpp"
#include "editor/keys/key.hpp"
#include "editor/protocol/messages.hpp"

#include <string>
#include <utility>
#include <vector>

namespace trio::commands {

struct EditorConfig {
    std::string path; // as given on the command line; SaveRequests carry it
    int tab_width = 8;
    bool spaces_for_tabs = false; // Tab inserts spaces up to the next tab stop
    bool line_numbers = false;    // initial state of the gutter (Alt-N toggles)
    bool soft_wrap = false;       // initial state of soft wrap (Alt-W toggles)
    bool syntax_colours = true;   // config `colours`; render colours by language when set
    // `+LINE[:COL]` on the command line: 1-based; 0 = not given (start at the top).
    std::uint64_t start_line = 0;
    std::uint64_t start_column = 0;
    bool file_existed = true;      // false: a new file ("New file" note)
    bool looks_binary = false;     // NUL bytes seen: a note in the message line
    bool read_only = false;        // -R: view only; every key that would change the file says so
    bool journal = true;           // the session keeps a recovery journal (not with -n)
    StartupQuestion question{};    // asked before any editing (a leftover journal, a held lock)
    std::string startup_warning{}; // shown first when there is no question (e.g. no journal)
};

enum class Mode { Editing, ConfirmQuit, Search, GoToLine, Startup };
enum class MessageKind { Info, Error };

// Documents up to this size have their lines counted before the first screen (a few ms);
// larger ones are counted in background slices, so opening never waits for the whole file.
inline constexpr std::uint64_t count_lines_at_open_limit = 8 * 1024 * 1024;
// How much a search or the line count scans per slice: about a millisecond, so a key typed
// meanwhile waits at most that long.
inline constexpr std::uint64_t background_slice_bytes = 4 * 1024 * 1024;

// Said when the mapped original file lost pages because another program truncated it.
inline constexpr std::string_view original_truncated_text =
    "Another program truncated this file while it was open: the lost part reads as ^@";

class Editor {
public:
    Editor(document::Document doc, EditorConfig config);

    void handle_key(const keys::Key& key);
    void handle_save_result(const protocol::SaveResult& result);
    void handle_autosave_problem(const protocol::AutosaveProblem& problem);
    // The original file shrank under its mapping (terminal::mapped_file_lost_pages()).
    // Line counts of the old bytes are dropped; the text and the cursor stay (same length).
    void handle_original_truncated();
    // Autosave has ended: any save on its way will never be answered, and none can be made.
    void handle_autosave_lost();
    // A new autosave process replaced one that died (trio-proc): it starts from the current
    // text. Saves the dead one never answered are asked again, as one save of that text.
    void handle_autosave_restarted();
    // What the supervisor did (trio-proc restarted a component), shown on the message row.
    void show_supervisor_event(std::string text, MessageKind kind);
    // The session ends because of SIGTERM/SIGHUP or a closed terminal: without unsaved
    // changes the journal goes; with them it stays for recovery.
    void end_by_signal();

    // Work that must not run on the keystroke path all at once (a search through a huge file,
    // counting its lines): the input component calls do_background_work() while no input is
    // waiting, each call scanning at most `budget_bytes`. Returns true if the screen changed.
    [[nodiscard]] bool has_background_work() const;
    bool do_background_work(std::uint64_t budget_bytes);

    // Text rows on screen, for PgUp/PgDn; set by the input component on every resize.
    void set_page_rows(std::uint32_t rows) { m_page_rows = rows == 0 ? 1 : rows; }

    // Messages produced since the last call, oldest first: EditOps then SaveRequests, in
    // the order they must reach autosave.
    [[nodiscard]] std::vector<protocol::ToAutosave> take_outgoing();

    [[nodiscard]] bool wants_quit() const { return m_quit; }
    [[nodiscard]] bool read_only() const { return m_read_only; }
    // False after "Continue anyway" while another editor has the file: nothing is journaled.
    [[nodiscard]] bool journaled() const { return m_config.journal && m_journaled && !m_read_only; }

    [[nodiscard]] const document::Document& document() const { return m_doc; }
    [[nodiscard]] document::ByteOffset cursor() const { return m_cursor; }
    [[nodiscard]] const EditorConfig& config() const { return m_config; }
    [[nodiscard]] Mode mode() const { return m_mode; }
    [[nodiscard]] protocol::Prompt prompt() const;
    // True when the text differs from the last saved (or opened) state; undoing back to that
    // state clears it.
    [[nodiscard]] bool modified() const { return m_history.state() != m_saved_state; }
    // The message row: a prompt with its answer so far, or a transient message.
    [[nodiscard]] std::string message() const;
    [[nodiscard]] bool message_is_error() const { return m_message_is_error; }
    // Progress shown at the right of the message row ("Searching… 42%"), or empty.
    [[nodiscard]] std::string note() const;
    // The F2 runtime panel (component ids, restarts, queues, rates) is drawn over the text.
    // F2 shows and hides it in every mode; Esc hides it and, when it does, does nothing else.
    // Every other key acts as usual meanwhile, so the rates can be watched while typing.
    [[nodiscard]] bool panel_shown() const { return m_panel_shown; }

private:
    // editor.cpp: dispatch, saving and quitting.
    [[nodiscard]] bool handle_panel_key(const keys::Key& key); // true: the key was the panel's
    void handle_editing_key(const keys::Key& key);
    void handle_confirm_quit_key(const keys::Key& key);
    void request_save();
    void request_quit();
    void set_message(std::string text, MessageKind kind = MessageKind::Info);
    void note_lines_read();

    // editor_edits.cpp: every change of the text, and undo/redo.
    void insert_typed(std::string_view text, history::Run run);
    void erase_typed(document::ByteRange range);
    void perform_insert(document::ByteOffset at, std::string_view text);
    void perform_erase(document::ByteRange range);
    void undo();
    void redo();

    // editor_motion.cpp: cursor movement.
    void move_to(document::ByteOffset pos);   // horizontal move: resets the goal column
    void move_vertically(std::int64_t lines); // keeps the goal column

    // editor_startup.cpp: the startup question, recovery and read-only mode.
    void handle_startup_key(const keys::Key& key);
    void recover();
    void open_read_only(std::string why);
    void quit_session(); // the user chose to quit: the journal goes (unless read-only)
    [[nodiscard]] bool refused_in_read_only(const keys::Key& key);

    // editor_prompts.cpp: search and go-to-line.
    void open_search();
    void handle_search_key(const keys::Key& key);
    void find_again(search::Direction direction); // F3 / Shift-F3 while editing
    void start_search(document::ByteOffset from, search::Direction direction);
    bool advance_search(std::uint64_t budget_bytes);
    void close_search(bool keep_position);
    void open_go_to_line();
    void handle_go_to_line_key(const keys::Key& key);
    void go_to_line(std::string_view answer);

    document::Document m_doc;
    EditorConfig m_config;
    std::string m_line_break; // what Enter inserts: the file's own convention
    document::ByteOffset m_cursor;
    document::DisplayColumn m_goal_column;
    history::UndoHistory m_history;
    history::StateId m_saved_state = 0;
    // Saves sent and not yet answered: the edit each covers and the history state it saves.
    std::vector<std::pair<document::SeqNo, history::StateId>> m_pending_saves;
    std::uint32_t m_page_rows = 20;
    Mode m_mode = Mode::Editing;
    PromptField m_field; // the answer typed into an open prompt
    SearchState m_search;
    std::string m_message;
    bool m_message_is_error = false;
    bool m_message_is_lines_read = false; // replaced by the line count once counted
    bool m_autosave_lost = false;
    bool m_read_only = false;
    bool m_journaled = true;
    bool m_quit_after_save = false;
    bool m_quit = false;
    bool m_panel_shown = false;
    std::vector<protocol::ToAutosave> m_outgoing;
};

// Lines as nano counts them: a final '\n' does not start another line.
[[nodiscard]] std::uint64_t counted_lines(const document::Document& doc);

} // namespace trio::commands
