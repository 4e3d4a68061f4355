// Loading a later file, its lock and its leftover journal. Runs in the input component.
#include "editor/session/buffer_opener.hpp"

#include "editor/autosave/file_stamp.hpp"
#include "editor/files/file_reader.hpp"
#include "editor/recovery/leftover_journal.hpp"
#include "editor/state/state_dir.hpp"
#include "editor/state/state_error.hpp"

#include <sys/stat.h>
#include <unistd.h>
#include <variant>

namespace trio::session {

namespace {

// Lock and journal for a buffer that may be edited. Sets `config` read-only with a warning
// when the file is not ours to journal now.
void protect(Buffer& buffer, commands::EditorConfig& config, const OpenSettings& settings,
             const files::LoadedFile& file) {
    const std::string& path = config.path;
    try {
        const state::StateDir dir = state::StateDir::open(state::StateEnvironment::from_process());
        state::LockAttempt first = state::acquire_lock(dir, path, settings.program);
        state::LockAttempt attempt =
            std::holds_alternative<state::Stale>(first)
                ? state::take_over_stale(dir, std::get<state::Stale>(first), settings.program)
                : std::move(first);
        if (const auto* held = std::get_if<state::HeldBy>(&attempt)) {
            config.read_only = true;
            config.startup_warning = "'" + path + "' is open in " + held->record.program +
                                     " (pid " + std::to_string(held->record.holder.pid) +
                                     "): opened read-only";
            return;
        }
        buffer.lock =
            std::make_unique<state::FileLock>(std::move(std::get<state::FileLock>(attempt)));
        if (settings.no_journal) {
            return;
        }
        const std::string journal_path = dir.journal_path(path);
        if (auto leftover =
                recovery::find_leftover_journal(journal_path, path, file.bytes, file.exists)) {
            if (leftover->verdict != recovery::Verdict::NothingToRecover) {
                // The recovery question belongs to a session of its own: this one must not
                // replace that journal with its own.
                buffer.lock.reset();
                config.read_only = true;
                config.startup_warning = leftover_journal_note(path);
                return;
            }
            ::unlink(journal_path.c_str()); // a crash between a save and the journal's removal
        }
        buffer.journal_path = journal_path;
        config.journal = true;
    } catch (const state::StateError& e) {
        config.startup_warning = std::string("No recovery journal: ") + e.what();
    }
}

} // namespace

std::string leftover_journal_note(const std::string& path) {
    return "'" + path + "' has unsaved edits from a crash: opened read-only (run trio " + path +
           " to recover them)";
}

Buffer open_buffer(const FileToOpen& file_to_open, const OpenSettings& settings) {
    files::LoadedFile file = files::load_file(file_to_open.path);
    commands::EditorConfig config = settings.defaults;
    config.path = file_to_open.path;
    config.start_line = file_to_open.start_line;
    config.start_column = file_to_open.start_column;
    config.file_existed = file.exists;
    config.looks_binary = files::looks_binary(file.bytes);
    config.read_only = settings.read_only;
    config.journal = false;
    config.question = {};
    config.startup_warning.clear();
    struct stat status {};
    config.disk_stamp = file.exists && ::stat(config.path.c_str(), &status) == 0
                            ? autosave::stamp_of(status)
                            : protocol::FileStamp{};

    Buffer buffer{0, commands::Editor(document::Document(), commands::EditorConfig{})};
    if (!config.read_only && file.exists && ::access(config.path.c_str(), W_OK) != 0) {
        config.read_only = true;
        config.startup_warning = "No write permission: opened read-only";
    }
    if (!config.read_only) {
        protect(buffer, config, settings, file);
    }
    buffer.loaded = config.disk_stamp;
    buffer.announced = false;
    buffer.editor = commands::Editor(
        document::Document(document::OriginalBytes::from_view(file.bytes, std::move(file.storage))),
        std::move(config));
    return buffer;
}

} // namespace trio::session
