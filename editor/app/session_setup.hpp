// Before the components start: take the file's lock, find a journal a crash left behind and
// prepare the question about it, and decide where this session's journal goes. Runs in the
// launcher (the main thread of trio, the input process of trio-proc).
#pragma once

#include "editor/autosave/journal_keeper.hpp"
#include "editor/commands/startup_question.hpp"
#include "editor/files/file_reader.hpp"
#include "editor/state/file_lock.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace trio::app {

struct SessionSetup {
    std::optional<state::FileLock> lock; // held until the editor ends; none: read-only, or held
    autosave::JournalSettings journal;   // journal_path empty: no journal this session
    commands::StartupQuestion question;
    std::string warning; // e.g. the state directory is unusable: editing works, unjournaled
};

// The file a session edits and how.
struct SessionFile {
    std::string path;        // "": a new unnamed buffer, neither locked nor journaled
    bool read_only = false;  // -R, or not writable: a viewer neither locks nor journals
    bool no_journal = false; // -n: locked, not journaled
};

// Never throws for state-directory problems (they become `warning`); blocks on the disk
// (reads a leftover journal whole).
[[nodiscard]] SessionSetup prepare_session(const SessionFile& options, std::string_view program,
                                           const files::LoadedFile& file);

} // namespace trio::app
