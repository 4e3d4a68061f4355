// Opening a file in a buffer after start-up (the 2nd+ file of the command line, Ctrl-O): load
// it, take its lock, look for a journal a crash left. Runs in the input component (the first
// file is opened by the launcher, app/launch.cpp, which can ask the recovery question).
#pragma once

#include "editor/commands/editor.hpp"
#include "editor/session/buffer.hpp"

#include <cstdint>
#include <string>

namespace trio::session {

// What opening a later file needs besides its name.
struct OpenSettings {
    // Settings every buffer shares (tab width, toggles, …). Its per-file fields (path,
    // start position, question, warning, stamp) are ignored.
    commands::EditorConfig defaults;
    std::string program;     // "trio" or "trio-proc", for the lock record
    bool read_only = false;  // -R: every buffer is read-only, takes no lock, keeps no journal
    bool no_journal = false; // -n
};

struct FileToOpen {
    std::string path;
    std::uint64_t start_line = 0; // `+LINE[:COL]`, 1-based; 0: the top
    std::uint64_t start_column = 0;
};

// Loads `file` into a new buffer (id left 0: the session numbers it). A file that does not
// exist is a new, empty buffer ("New file"). The buffer opens read-only, with a message on
// its message row, when another editor holds its lock, when a crash left a journal of it
// ("run trio FILE to recover"), or without write permission. A state directory that cannot
// be used costs only the journal (message too).
// Error style: throws files::FileError (a directory, a device, no permission to read) for
// the caller to show; nothing is opened then. Blocks on the disk (small files are read
// whole, a leftover journal is read).
[[nodiscard]] Buffer open_buffer(const FileToOpen& file, const OpenSettings& settings);

// The message for a later buffer that a journal left by a crash makes read-only.
[[nodiscard]] std::string leftover_journal_note(const std::string& path);

} // namespace trio::session
