// What a session opens and with which settings; see opening.hpp. Runs in the launcher.
#include "editor/app/opening.hpp"

#include "editor/files/file_error.hpp"
#include "editor/files/save_target.hpp"

#include <cerrno>
#include <unistd.h>

namespace trio::app {

namespace {

// Defaults, then the config file, then the flags.
void resolve_settings(Opening& opening, const Options& options,
                      const settings::ConfigEnvironment& env) {
    settings::SettingOverrides from_file;
    if (const auto location = settings::config_location(env)) {
        settings::ConfigValues config = settings::load_config(*location);
        from_file = config.values;
        opening.config_problems = std::move(config.problems);
    }
    opening.settings = settings::apply(settings::apply({}, from_file), options.settings);
}

bool denied(int error) {
    return error == EACCES || error == EPERM || error == EROFS;
}

// The note saying why an existing file opens read-only, or "" when it may be saved.
std::string_view read_only_reason(const std::string& path) {
    if (::access(path.c_str(), W_OK) != 0) {
        return denied(errno) ? no_write_permission_note : std::string_view{};
    }
    try {
        const files::SaveTarget target = files::resolve_save_target(path);
        if (::access(target.directory.c_str(), W_OK) != 0 && denied(errno)) {
            return unwritable_directory_note;
        }
    } catch (const std::exception&) {
        // Not knowable now (e.g. a symlink loop): the save will say what is wrong.
    }
    return {};
}

} // namespace

Opening plan_opening(const Options& options, const settings::ConfigEnvironment& env) {
    Opening opening;
    resolve_settings(opening, options, env);
    opening.read_only = options.read_only;
    std::size_t next = 0;
    for (; next < options.paths.size(); ++next) {
        try {
            opening.file = files::load_file(options.paths[next]);
        } catch (const files::FileError& e) {
            opening.notes.emplace_back(e.what()); // "'x' is a directory"
            continue;
        }
        opening.path = options.paths[next];
        opening.start = options.starts[next];
        ++next;
        break;
    }
    for (; next < options.paths.size(); ++next) {
        opening.later.push_back(LaterFile{options.paths[next], options.starts[next]});
    }
    if (opening.file.exists && !opening.read_only) {
        const std::string_view reason = read_only_reason(opening.path);
        if (!reason.empty()) {
            opening.read_only = true;
            opening.notes.emplace_back(reason);
        }
    }
    // One row shows little: the first problem and how many more (all are printed on exit).
    if (const std::size_t problems = opening.config_problems.size(); problems != 0) {
        std::string note = opening.config_problems.front();
        if (problems > 1) {
            note += " (+" + std::to_string(problems - 1) + " more)";
        }
        opening.notes.push_back(std::move(note));
    }
    return opening;
}

std::string joined_notes(const std::vector<std::string>& notes) {
    std::string text;
    for (const std::string& note : notes) {
        text += (text.empty() ? "" : "; ") + note;
    }
    return text;
}

} // namespace trio::app
