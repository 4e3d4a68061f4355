// The buffers of a session, and the order of their messages to autosave. Runs in the input
// component.
#include "editor/session/session.hpp"

#include "editor/autosave/file_stamp.hpp"

#include <algorithm>
#include <exception>

namespace trio::session {

Session::Session(commands::Editor first, std::string first_journal_path, OpenSettings settings)
    : m_settings(std::move(settings)) {
    Buffer buffer{0, std::move(first)};
    buffer.journal_path = std::move(first_journal_path);
    buffer.loaded = buffer.editor.disk_stamp();
    buffer.editor.share_clipboard(m_clipboard);
    m_buffers.push_back(std::move(buffer));
}

void Session::open_later(const std::vector<FileToOpen>& files) {
    for (const FileToOpen& file : files) {
        (void)open_one(file);
    }
}

std::string Session::display_name() const {
    std::string name = current().editor.config().path;
    if (m_buffers.size() > 1) {
        name += (name.empty() ? "[" : " [") + std::to_string(m_current + 1) + "/" +
                std::to_string(m_buffers.size()) + "]";
    }
    return name;
}

commands::Editor* Session::editor_of(protocol::BufferId id) {
    for (Buffer& buffer : m_buffers) {
        if (buffer.id == id) {
            return &buffer.editor;
        }
    }
    return nullptr;
}

void Session::handle_key(const keys::Key& key) {
    editor().handle_key(key);
    after_event();
}

void Session::handle_save_result(const protocol::SaveResult& result) {
    if (commands::Editor* editor = editor_of(result.buffer)) {
        editor->handle_save_result(result);
    }
    close_quitting(); // a save that was to end its buffer (Ctrl-S, Ctrl-Q)
}

void Session::handle_autosave_problem(const protocol::AutosaveProblem& problem) {
    if (commands::Editor* editor = editor_of(problem.buffer)) {
        editor->handle_autosave_problem(problem);
    }
}

void Session::set_page_rows(std::uint32_t rows) {
    for (Buffer& buffer : m_buffers) {
        buffer.editor.set_page_rows(rows);
    }
}

void Session::handle_autosave_lost() {
    for (Buffer& buffer : m_buffers) {
        buffer.editor.handle_autosave_lost();
    }
}

void Session::handle_autosave_restarted() {
    for (Buffer& buffer : m_buffers) {
        buffer.editor.handle_autosave_restarted();
        buffer.announced = true; // the new autosave starts with every buffer open now
    }
    // The buffers closed meanwhile are not in the new autosave (their journals stay).
    m_closed_outgoing.clear();
    m_autosave_selected = 0;
}

void Session::end_by_signal() {
    for (Buffer& buffer : m_buffers) {
        buffer.editor.end_by_signal();
    }
    close_quitting();
}

std::vector<SentEdits> Session::take_outgoing(std::vector<protocol::ToAutosave>& out) {
    std::move(m_closed_outgoing.begin(), m_closed_outgoing.end(), std::back_inserter(out));
    m_closed_outgoing.clear();
    std::vector<SentEdits> sent;
    for (Buffer& buffer : m_buffers) {
        if (!buffer.announced) {
            out.emplace_back(open_message(buffer));
            buffer.announced = true;
        }
        std::vector<protocol::ToAutosave> messages = buffer.editor.take_outgoing();
        if (messages.empty()) {
            continue;
        }
        select_for_autosave(buffer.id, out);
        bool edits = false;
        for (protocol::ToAutosave& msg : messages) {
            edits = edits || std::holds_alternative<document::EditOp>(msg);
            out.push_back(std::move(msg));
        }
        if (edits) {
            sent.push_back(SentEdits{buffer.id, buffer.editor.document().last_seq(),
                                     buffer.editor.journaled()});
        }
    }
    return sent;
}

void Session::after_event() {
    commands::Editor& now = editor();
    if (auto path = now.take_open_request()) {
        open_and_show(*path);
    } else if (const commands::BufferSwitch to = now.take_buffer_switch();
               to != commands::BufferSwitch::None) {
        switch_by(to);
    }
    close_quitting();
}

void Session::switch_by(commands::BufferSwitch direction) {
    const std::size_t n = m_buffers.size();
    if (n == 1) {
        editor().show_message("No other buffer is open (Ctrl-O opens a file)",
                              commands::MessageKind::Info);
        return;
    }
    m_current =
        direction == commands::BufferSwitch::Next ? (m_current + 1) % n : (m_current + n - 1) % n;
}

void Session::open_and_show(const std::string& path) {
    if (const auto open = find_open(path)) {
        m_current = *open;
        editor().show_message("'" + path + "' is already open", commands::MessageKind::Info);
        return;
    }
    if (open_one(FileToOpen{path})) {
        m_current = m_buffers.size() - 1;
    }
}

bool Session::open_one(const FileToOpen& file) {
    try {
        Buffer buffer = open_buffer(file, m_settings);
        buffer.id = m_next_id++;
        buffer.editor.share_clipboard(m_clipboard);
        m_buffers.push_back(std::move(buffer));
        return true;
    } catch (const std::exception& e) {
        editor().show_message(e.what(), commands::MessageKind::Error);
        return false;
    }
}

std::optional<std::size_t> Session::find_open(const std::string& path) const {
    // The same file under another name (./a.txt, a link) is the same buffer.
    const protocol::FileStamp stamp = autosave::stamp_of(path);
    for (std::size_t i = 0; i < m_buffers.size(); ++i) {
        const commands::Editor& editor = m_buffers[i].editor;
        const protocol::FileStamp& known = editor.disk_stamp();
        const bool same_file =
            stamp.inode != 0 && stamp.inode == known.inode && stamp.device == known.device;
        if (editor.config().path == path || same_file) {
            return i;
        }
    }
    return std::nullopt;
}

void Session::close_quitting() {
    for (std::size_t i = 0; i < m_buffers.size();) {
        Buffer& buffer = m_buffers[i];
        if (!buffer.editor.wants_quit()) {
            ++i;
            continue;
        }
        // Its last messages (DropJournal, or edits a signal interrupted) go before the close.
        std::vector<protocol::ToAutosave> messages = buffer.editor.take_outgoing();
        if (!buffer.announced && !messages.empty()) {
            // Edits typed since it opened must reach a journal (a signal ends the session).
            m_closed_outgoing.emplace_back(open_message(buffer));
            buffer.announced = true;
        }
        if (buffer.announced) {
            if (!messages.empty()) {
                select_for_autosave(buffer.id, m_closed_outgoing);
                std::move(messages.begin(), messages.end(), std::back_inserter(m_closed_outgoing));
            }
            m_closed_outgoing.emplace_back(protocol::CloseBuffer{buffer.id});
        }
        m_buffers.erase(m_buffers.begin() + static_cast<std::ptrdiff_t>(i));
        if (i < m_current || (i == m_current && m_current == m_buffers.size() && i > 0)) {
            --m_current; // the one after the closed buffer shows, or the last
        }
    }
}

protocol::OpenBuffer Session::open_message(const Buffer& buffer) {
    return protocol::OpenBuffer{buffer.id, buffer.editor.config().path, buffer.loaded,
                                buffer.journal_path};
}

void Session::select_for_autosave(protocol::BufferId id, std::vector<protocol::ToAutosave>& out) {
    if (m_autosave_selected != id) {
        out.emplace_back(protocol::SelectBuffer{id});
        m_autosave_selected = id;
    }
}

} // namespace trio::session
