// One open file of the editing session: its Editor (document, cursor, undo, selection, saves),
// where the screen shows it, and what protects it on disk (lock, journal). Owned by
// session::Session in the input component.
#pragma once

#include "editor/commands/editor.hpp"
#include "editor/protocol/messages.hpp"
#include "editor/state/file_lock.hpp"
#include "editor/view/view_builder.hpp"

#include <memory>
#include <string>

namespace trio::session {

// Move-only (the lock is).
struct Buffer {
    protocol::BufferId id = 0;
    commands::Editor editor;
    view::Viewport viewport{};
    std::string journal_path{}; // empty: this buffer keeps no journal
    // Held while the buffer is open (none: read-only, or buffer 0, whose lock the launcher
    // holds). A pointer: FileLock cannot be move-assigned, and buffers move in their vector.
    std::unique_ptr<state::FileLock> lock{};
    protocol::FileStamp loaded{}; // the file as loaded (for autosave's OpenBuffer)
    bool announced = true;        // autosave knows it (false: OpenBuffer not sent yet)
};

} // namespace trio::session
