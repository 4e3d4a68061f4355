// The editing session owned by the input component: the document, the cursor, undo history,
// the mode (editing or a prompt) and the save/quit protocol with autosave. It turns Keys into
// document edits and into messages for autosave; it does no I/O itself.
#pragma once

#include "editor/commands/prompt_field.hpp"
#include "editor/commands/replace_state.hpp"
#include "editor/commands/search_state.hpp"
#include "editor/commands/startup_question.hpp"
#include "editor/document/document.hpp"
#include "editor/history/undo_history.hpp"
#include "editor/keys/key.hpp"
#include "editor/protocol/messages.hpp"

#include <memory>
#include <optional>
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
    bool file_existed = true; // false: a new file ("New file" note)
    // The file as it was read (protocol::FileStamp; all zero: none). A save expects it on
    // disk and asks before replacing anything else (another program wrote the file).
    protocol::FileStamp disk_stamp{};
    bool looks_binary = false;     // NUL bytes seen: a note in the message line
    bool read_only = false;        // -R: view only; every key that would change the file says so
    bool journal = true;           // the session keeps a recovery journal (not with -n)
    StartupQuestion question{};    // asked before any editing (a leftover journal, a held lock)
    std::string startup_warning{}; // shown first when there is no question (e.g. no journal)
};

// Search also serves the first field of find and replace (SearchState::replacing); then
// ReplaceWith asks for the replacement and ReplaceThis asks at each match.
enum class Mode {
    Editing,
    ConfirmQuit,
    Search,
    GoToLine,
    Startup,
    ReplaceWith,
    ReplaceThis,
    OpenFile,      // Ctrl-O: "Open file: " (editor_files.cpp)
    FileName,      // saving a buffer without a name: "File name: "
    ChangedOnDisk, // the file changed on disk since read: save over it? (y/n)
};
enum class MessageKind { Info, Error };
// A key asked the session to show another buffer (Alt-Left/Right, Ctrl-PgUp/PgDn).
enum class BufferSwitch { None, Previous, Next };
// A save that replaces whatever is on disk (the user answered "save over it").
enum class Overwrite { No, Yes };

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

    // The selected bytes (begin < end), or nullopt. Shift+motion keys, Ctrl-A and a mouse
    // drag select; a plain motion clears it; typing, Enter, Tab and pastes replace it (one
    // undo step), Backspace and Delete delete it. During find and replace it is the match
    // being asked about.
    [[nodiscard]] std::optional<document::ByteRange> selection() const;

    // Mouse (the input component maps screen cells to offsets). Ignored outside Mode::Editing
    // and while the help is shown.
    // click_at clears the selection, moves the cursor and anchors a following drag there;
    // drag_to selects from that anchor (or the cursor, without a click) to `pos`, the cursor
    // at `pos`; scroll_cursor moves the cursor by `lines` keeping its goal column (the wheel),
    // clearing the selection.
    void click_at(document::ByteOffset pos);
    void drag_to(document::ByteOffset pos);
    void scroll_cursor(std::int64_t lines);

    // The view's toggles: Alt-N and Alt-W flip them; they start from EditorConfig.
    [[nodiscard]] bool line_numbers() const { return m_line_numbers; }
    [[nodiscard]] bool soft_wrap() const { return m_soft_wrap; }

    // The text of the latest copy or cut, for the terminal's clipboard (OSC 52): returned once,
    // then nullopt until the next copy. A copy larger than protocol::max_osc52_bytes stays in
    // the internal clipboard only (nullopt).
    [[nodiscard]] std::optional<std::string> take_clipboard_copy();
    // Makes this Editor use `clipboard` (the session's, shared with its other buffers) in place
    // of its own, which starts empty.
    void share_clipboard(std::shared_ptr<std::string> clipboard) {
        m_clipboard = std::move(clipboard);
    }

    // The F1 help screen, drawn as a panel over the text (like F2's, and instead of it while
    // shown). F1 and Esc close it; Up/Down/PgUp/PgDn scroll it; every other key is ignored
    // meanwhile. help_rows() are the rows to draw from the top, already scrolled.
    [[nodiscard]] bool help_shown() const { return m_help_shown; }
    [[nodiscard]] std::vector<std::string> help_rows() const;

    // Buffers and files (editor_files.cpp). The session (editor/session) owns the buffers and
    // acts on these after each key: the name typed at Ctrl-O's prompt (open it in a buffer,
    // or switch to the buffer that has it), and a request to show another buffer. Each
    // returns its request once.
    [[nodiscard]] std::optional<std::string> take_open_request();
    [[nodiscard]] BufferSwitch take_buffer_switch();
    // A message from the session (a buffer opened, a file that cannot be), shown on the
    // message row unless a prompt is open.
    void show_message(std::string text, MessageKind kind);
    // The file as read or last saved: what the next save expects to find on disk.
    [[nodiscard]] const protocol::FileStamp& disk_stamp() const { return m_disk_stamp; }

private:
    // editor.cpp: dispatch, saving and quitting.
    [[nodiscard]] bool handle_panel_key(const keys::Key& key); // true: the key was the panel's
    void handle_editing_key(const keys::Key& key);
    void handle_confirm_quit_key(const keys::Key& key);
    void request_save();
    void request_quit();
    void set_message(std::string text, MessageKind kind = MessageKind::Info);
    void note_lines_read();
    [[nodiscard]] bool handle_help_key(const keys::Key& key); // true: the key was the help's

    // editor_edits.cpp: every change of the text, and undo/redo.
    void insert_typed(std::string_view text, history::Run run);
    void erase_typed(document::ByteRange range);
    void perform_insert(document::ByteOffset at, std::string_view text);
    void perform_erase(document::ByteRange range);
    void undo();
    void redo();
    // Replaces the selection (if any) by `text` at the cursor: one undo step of its own when a
    // selection is replaced or `run` is Single; otherwise a typed edit joining its run.
    void insert_replacing_selection(std::string_view text, history::Run run);
    // Deletes the selection if there is one (true), as one undo step.
    bool erase_selection();

    // editor_selection.cpp: the selection, the toggles and the mouse.
    [[nodiscard]] bool handle_motion_key(const keys::Key& key); // true: it was a motion key
    [[nodiscard]] bool handle_view_toggle_key(const keys::Key& key);
    void select_all();

    // editor_clipboard.cpp: copy, cut, paste, cut line (Ctrl-K) and duplicate (Ctrl-D).
    [[nodiscard]] bool handle_clipboard_key(const keys::Key& key); // true: it was one
    void copy(document::ByteRange range, std::string_view verb);
    void cut_line();
    void duplicate();
    void paste_clipboard();
    void set_clipboard(std::string text);

    // editor_words.cpp: word deletion and auto-indent.
    [[nodiscard]] bool handle_word_key(const keys::Key& key); // true: it was one
    void insert_line_break();
    void insert_tab();

    // editor_motion.cpp: cursor movement.
    void move_to(document::ByteOffset pos);   // horizontal move: resets the goal column
    void move_vertically(std::int64_t lines); // keeps the goal column

    // editor_files.cpp: Ctrl-O, naming a new buffer, the changed-on-disk question.
    [[nodiscard]] bool handle_file_key(const keys::Key& key); // true: Ctrl-O or a switch
    void handle_file_prompt_key(const keys::Key& key);        // Mode::OpenFile, FileName
    void handle_changed_on_disk_key(const keys::Key& key);
    void open_file_name_prompt();
    void send_save(Overwrite overwrite); // asks the name first when the buffer has none
    // Takes the stamp of a saved file; true if the result is a changed-on-disk refusal that
    // it has turned into the question (nothing else to do with it).
    [[nodiscard]] bool handle_changed_on_disk(const protocol::SaveResult& result);
    [[nodiscard]] std::string file_prompt_message() const;

    // editor_startup.cpp: the startup question, recovery and read-only mode.
    void handle_startup_key(const keys::Key& key);
    void recover();
    void open_read_only(std::string why);
    void quit_session(); // the user chose to quit: the journal goes (unless read-only)
    [[nodiscard]] bool refused_in_read_only(const keys::Key& key);
    void place_at_start(); // EditorConfig start_line/start_column (`+LINE[:COL]`)

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

    // editor_replace.cpp: find and replace (Ctrl-R).
    void open_replace();
    void handle_replace_with_key(const keys::Key& key);
    void handle_replace_this_key(const keys::Key& key);
    void start_replacing();
    void find_next_replacement();
    bool advance_replace(std::uint64_t budget_bytes);
    void replace_match();
    void finish_replace();

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
    std::optional<document::ByteOffset> m_anchor;      // the selection's other end
    std::optional<document::ByteOffset> m_drag_anchor; // where the last click was
    // Shared by every buffer of a session (share_clipboard): copy in one, paste in another.
    std::shared_ptr<std::string> m_clipboard = std::make_shared<std::string>();
    std::optional<std::string> m_clipboard_copy; // for take_clipboard_copy()
    bool m_collecting_lines = false;             // the last key was Ctrl-K: the next appends
    bool m_line_numbers = false;
    bool m_soft_wrap = false;
    bool m_help_shown = false;
    std::size_t m_help_top = 0; // the first help row shown
    ReplaceState m_replace;
    protocol::FileStamp m_disk_stamp;          // see disk_stamp()
    std::optional<std::string> m_open_request; // see take_open_request()
    BufferSwitch m_buffer_switch = BufferSwitch::None;
    std::vector<protocol::ToAutosave> m_outgoing;
};

// Lines as nano counts them: a final '\n' does not start another line.
[[nodiscard]] std::uint64_t counted_lines(const document::Document& doc);

} // namespace trio::commands
