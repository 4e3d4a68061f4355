// The editing session owned by the input component: the document, the cursor, the mode
// (editing or a prompt) and the save/quit protocol with autosave. It turns Keys into
// document edits and into messages for autosave; it does no I/O itself.
#pragma once

#include "editor/document/document.hpp"
#include "editor/keys/key.hpp"
#include "editor/protocol/messages.hpp"

#include <string>
#include <vector>

namespace trio::commands {

struct EditorConfig {
    std::string path; // as given on the command line; SaveRequests carry it
    int tab_width = 8;
    bool file_existed = true;  // false: a new file ("New file" note)
    bool looks_binary = false; // NUL bytes seen: a note in the message line
};

enum class Mode { Editing, ConfirmQuit };
enum class MessageKind { Info, Error };

class Editor {
public:
    Editor(document::Document doc, EditorConfig config);

    void handle_key(const keys::Key& key);
    void handle_save_result(const protocol::SaveResult& result);
    void handle_autosave_problem(const protocol::AutosaveProblem& problem);
    // Autosave has ended: any save on its way will never be answered, and none can be made.
    void handle_autosave_lost();

    // Text rows on screen, for PgUp/PgDn; set by the input component on every resize.
    void set_page_rows(std::uint32_t rows) { m_page_rows = rows == 0 ? 1 : rows; }

    // Messages produced since the last call, oldest first: EditOps then SaveRequests, in
    // the order they must reach autosave.
    [[nodiscard]] std::vector<protocol::ToAutosave> take_outgoing();

    [[nodiscard]] bool wants_quit() const { return m_quit; }

    [[nodiscard]] const document::Document& document() const { return m_doc; }
    [[nodiscard]] document::ByteOffset cursor() const { return m_cursor; }
    [[nodiscard]] const EditorConfig& config() const { return m_config; }
    [[nodiscard]] Mode mode() const { return m_mode; }
    [[nodiscard]] bool modified() const { return m_doc.last_seq() != m_saved_seq; }
    [[nodiscard]] const std::string& message() const { return m_message; }
    [[nodiscard]] bool message_is_error() const { return m_message_is_error; }

private:
    void handle_editing_key(const keys::Key& key);
    void handle_confirm_quit_key(const keys::Key& key);
    void insert_text(std::string_view text);
    void erase_range(document::ByteOffset begin, document::ByteOffset end);
    void move_to(document::ByteOffset pos);   // horizontal move: resets the goal column
    void move_vertically(std::int64_t lines); // keeps the goal column
    void request_save();
    void request_quit();
    void set_message(std::string text, MessageKind kind = MessageKind::Info);

    document::Document m_doc;
    EditorConfig m_config;
    document::ByteOffset m_cursor;
    document::DisplayColumn m_goal_column;
    document::SeqNo m_saved_seq;
    document::SeqNo m_save_seq; // the edit the save in flight covers
    std::uint32_t m_page_rows = 20;
    Mode m_mode = Mode::Editing;
    std::string m_message;
    bool m_message_is_error = false;
    bool m_save_in_flight = false;
    bool m_autosave_lost = false;
    bool m_quit_after_save = false;
    bool m_quit = false;
    std::vector<protocol::ToAutosave> m_outgoing;
};

// Lines as nano counts them: a final '\n' does not start another line.
[[nodiscard]] std::uint64_t counted_lines(const document::Document& doc);

} // namespace trio::commands
