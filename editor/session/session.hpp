// The editing session's open files: one Buffer (Editor, viewport, lock, journal) per file,
// the current one, switching (Alt-Left/Right, Ctrl-PgUp/PgDn), opening (Ctrl-O, the 2nd+
// file of the command line) and closing (Ctrl-Q closes the current buffer; the session ends
// with the last). Turns the buffers' messages for autosave into one ordered stream with
// OpenBuffer / SelectBuffer / CloseBuffer between them. Runs in the input component.
#pragma once

#include "editor/session/buffer.hpp"
#include "editor/session/buffer_opener.hpp"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace trio::session {

// Edits a buffer handed to autosave in one take_outgoing(): for the journal's status.
struct SentEdits {
    protocol::BufferId buffer = 0;
    document::SeqNo last;   // its last edit now
    bool journaled = false; // the buffer keeps a journal
};

// Contract: one owner, the input component's thread. The Editor and viewport references it
// hands out are valid until the next call that may switch, open or close a buffer
// (handle_key, handle_save_result, open_later, end_by_signal): never keep them across keys.
// Error style: opening a file that cannot be opened is a message on the message row.
class Session {
public:
    // `first`: buffer 0, opened by the launcher (its lock is the launcher's); its journal
    // is at `first_journal_path` (empty: none).
    Session(commands::Editor first, std::string first_journal_path, OpenSettings settings);

    // Opens each file in a buffer of its own, after the open ones, staying on the current
    // one. A file that cannot be opened is skipped with a message.
    void open_later(const std::vector<FileToOpen>& files);

    [[nodiscard]] commands::Editor& editor() { return current().editor; }
    [[nodiscard]] const commands::Editor& editor() const { return current().editor; }
    [[nodiscard]] view::Viewport& viewport() { return current().viewport; }
    [[nodiscard]] protocol::BufferId current_id() const { return current().id; }
    [[nodiscard]] std::size_t count() const { return m_buffers.size(); }
    [[nodiscard]] std::size_t current_index() const { return m_current; }
    // The status line's file name: the current buffer's, followed by "[2/3]" when several
    // are open.
    [[nodiscard]] std::string display_name() const;
    // The buffer with this id, or null (closed).
    [[nodiscard]] commands::Editor* editor_of(protocol::BufferId id);
    [[nodiscard]] const std::vector<Buffer>& buffers() const { return m_buffers; }

    // A key for the current buffer, then what it asked of the session.
    void handle_key(const keys::Key& key);
    // Routed to the buffer the result or problem names (ignored when it is closed).
    void handle_save_result(const protocol::SaveResult& result);
    void handle_autosave_problem(const protocol::AutosaveProblem& problem);
    // For every buffer.
    void set_page_rows(std::uint32_t rows);
    void handle_autosave_lost();
    // A new autosave replaced one that died (trio-proc): it starts with every open buffer as
    // it is now, buffer 0 selected. Saves never answered are asked again.
    void handle_autosave_restarted();
    // SIGTERM/SIGHUP or a closed terminal: every buffer ends (journals kept if unsaved).
    void end_by_signal();
    // Every buffer is closed: the editor exits.
    [[nodiscard]] bool finished() const { return m_buffers.empty(); }

    // Appends the messages for autosave produced since the last call, in order, to `out`.
    // Returns which buffers' edits went out.
    [[nodiscard]] std::vector<SentEdits> take_outgoing(std::vector<protocol::ToAutosave>& out);

private:
    [[nodiscard]] Buffer& current() { return m_buffers[m_current]; }
    [[nodiscard]] const Buffer& current() const { return m_buffers[m_current]; }
    void after_event();
    void switch_by(commands::BufferSwitch direction);
    void open_and_show(const std::string& path);
    // Opens the file in a new buffer at the end; false (and a message) if it cannot be.
    bool open_one(const FileToOpen& file);
    [[nodiscard]] std::optional<std::size_t> find_open(const std::string& path) const;
    void close_quitting();
    void select_for_autosave(protocol::BufferId id, std::vector<protocol::ToAutosave>& out);
    [[nodiscard]] static protocol::OpenBuffer open_message(const Buffer& buffer);
    void show_opened();

    OpenSettings m_settings;
    std::vector<Buffer> m_buffers;
    // One clipboard for every buffer, as in micro and nano: cut in one file, paste in another.
    std::shared_ptr<std::string> m_clipboard = std::make_shared<std::string>();
    std::size_t m_current = 0;
    protocol::BufferId m_next_id = 1;
    protocol::BufferId m_autosave_selected = 0; // the buffer autosave applies messages to
    // Messages of buffers closed since the last take_outgoing(), already in order.
    std::vector<protocol::ToAutosave> m_closed_outgoing;
};

} // namespace trio::session
