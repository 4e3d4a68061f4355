// The Editor's side of files and buffers: Ctrl-O's "Open file:" prompt, the name a new buffer
// is saved under, the changed-on-disk question, and the keys that switch buffers (the session
// acts on them). Runs in the input component.
#include "editor/commands/editor.hpp"

namespace trio::commands {

using keys::KeyCode;
using keys::Modifier;

namespace {

bool is_ctrl_letter(const keys::Key& key, char32_t letter) {
    return key.code == KeyCode::Char && key.codepoint == letter && key.modifiers == Modifier::Ctrl;
}

// The lower-case letter of a plain letter key, or 0.
char32_t plain_letter(const keys::Key& key) {
    if (key.code != KeyCode::Char || key.modifiers != Modifier::None) {
        return 0;
    }
    const char32_t c = key.codepoint;
    return (c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c;
}

constexpr protocol::FileStamp no_file{};

} // namespace

bool Editor::handle_file_key(const keys::Key& key) {
    if (is_ctrl_letter(key, 'o')) {
        m_mode = Mode::OpenFile;
        m_field.clear();
        return true;
    }
    const bool alt = key.modifiers == Modifier::Alt;
    const bool ctrl = key.modifiers == Modifier::Ctrl;
    if ((alt && key.code == KeyCode::Left) || (ctrl && key.code == KeyCode::PageUp)) {
        m_buffer_switch = BufferSwitch::Previous;
        return true;
    }
    if ((alt && key.code == KeyCode::Right) || (ctrl && key.code == KeyCode::PageDown)) {
        m_buffer_switch = BufferSwitch::Next;
        return true;
    }
    return false;
}

void Editor::open_file_name_prompt() {
    m_mode = Mode::FileName;
    m_field.clear();
}

void Editor::handle_file_prompt_key(const keys::Key& key) {
    if (m_field.handle_key(key) != FieldEdit::NotAnEdit) {
        return;
    }
    if (key.code == KeyCode::Escape || is_ctrl_letter(key, 'c')) {
        m_mode = Mode::Editing;
        m_quit_after_save = false;
        set_message("Cancelled");
        return;
    }
    if (key.code != KeyCode::Enter) {
        return; // other keys leave the prompt open
    }
    const Mode asked = m_mode;
    m_mode = Mode::Editing;
    const std::string name = m_field.text();
    if (name.empty()) {
        m_quit_after_save = false;
        set_message("Cancelled: no file name");
        return;
    }
    if (asked == Mode::OpenFile) {
        m_open_request = name;
        return;
    }
    // The buffer is named now; nothing is expected at the new name. A file already there
    // answers changed_on_disk and is not replaced unless the user says so.
    m_config.path = name;
    m_disk_stamp = no_file;
    send_save(Overwrite::No);
}

void Editor::handle_changed_on_disk_key(const keys::Key& key) {
    const char32_t answer = plain_letter(key);
    if (answer == 'y') {
        m_mode = Mode::Editing;
        send_save(Overwrite::Yes);
    } else if (answer == 'n' || key.code == KeyCode::Escape || is_ctrl_letter(key, 'c')) {
        m_mode = Mode::Editing;
        m_quit_after_save = false;
        set_message("Not saved: the file on disk keeps the other program's version");
    }
    // Any other key leaves the question on screen.
}

void Editor::send_save(Overwrite overwrite) {
    if (m_config.path.empty()) {
        open_file_name_prompt(); // a new buffer: ask its name first
        return;
    }
    m_history.close_group(); // typing after a save is a new undo step
    protocol::SaveRequest request{m_doc.last_seq(), m_config.path};
    request.expected = m_disk_stamp;
    request.overwrite = overwrite == Overwrite::Yes;
    m_outgoing.emplace_back(std::move(request));
    m_pending_saves.emplace_back(m_doc.last_seq(), m_history.state());
    set_message("Saving…");
}

bool Editor::handle_changed_on_disk(const protocol::SaveResult& result) {
    if (result.ok) {
        m_disk_stamp = result.saved;
        return false;
    }
    if (!result.changed_on_disk) {
        return false;
    }
    if (m_mode == Mode::Editing) {
        m_mode = Mode::ChangedOnDisk;
    } else {
        m_quit_after_save = false;
        set_message(result.error, MessageKind::Error);
    }
    return true;
}

std::string Editor::file_prompt_message() const {
    switch (m_mode) {
    case Mode::OpenFile:
        return "Open file: " + m_field.text();
    case Mode::FileName:
        return "File name: " + m_field.text();
    case Mode::ChangedOnDisk:
        return m_disk_stamp == no_file ? "A file of that name exists. Save over it? (y/n)"
                                       : "File changed on disk since it was read. Save over it? "
                                         "(y/n)";
    default:
        return {};
    }
}

std::optional<std::string> Editor::take_open_request() {
    return std::exchange(m_open_request, std::nullopt);
}

BufferSwitch Editor::take_buffer_switch() {
    return std::exchange(m_buffer_switch, BufferSwitch::None);
}

void Editor::show_message(std::string text, MessageKind kind) {
    if (m_mode == Mode::Editing) {
        set_message(std::move(text), kind);
    }
}

} // namespace trio::commands
