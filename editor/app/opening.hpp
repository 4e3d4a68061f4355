// Decides, before the terminal is touched, what a session opens and how: the first FILE that
// can be opened, the settings (config file, then flags) and whether the file is read-only.
// Runs in the launcher (the main thread of trio, the input process of trio-proc).
#pragma once

#include "editor/app/cli.hpp"
#include "editor/files/file_reader.hpp"
#include "editor/settings/config_file.hpp"
#include "editor/settings/settings.hpp"

#include <string>
#include <vector>

namespace trio::app {

inline constexpr std::string_view no_write_permission_note =
    "No write permission: opened read-only";
inline constexpr std::string_view unwritable_directory_note =
    "No write permission in its directory: opened read-only";

struct Opening {
    std::string path; // the file edited first; "": a new unnamed buffer
    StartPosition start;
    files::LoadedFile file;
    std::vector<LaterFile> later; // the FILEs given after `path`, to open as more buffers
    bool read_only = false;       // -R, or the file (or its directory) is not writable
    settings::Settings settings;
    // For the message row, in this order: FILEs skipped, the read-only reason, the first
    // config problem (with how many more there are).
    std::vector<std::string> notes;
    std::vector<std::string> config_problems; // also printed in full once the terminal is back
};

// As nano does, a FILE that cannot be edited (a directory, a device, a FIFO, no read
// permission) is skipped with a note naming it; the first one that can becomes `path`. If
// none can (or none was given), the session is a new unnamed buffer. A FILE that does not
// exist is a new file, not skipped. An existing file the user may not write (access(2), so
// root writes anyway), or whose directory the user may not write (saves replace the file
// through a temporary beside it), opens read-only with a note.
// Blocks on the disk (reads or maps the file, reads the config); throws only what
// files::load_file throws for something else than those (e.g. std::bad_alloc).
[[nodiscard]] Opening plan_opening(const Options& options, const settings::ConfigEnvironment& env);

// The notes as one message row: "" when there are none.
[[nodiscard]] std::string joined_notes(const std::vector<std::string>& notes);

} // namespace trio::app
