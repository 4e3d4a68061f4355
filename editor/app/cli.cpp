// Command-line parsing and the --help / --version texts. Runs in the launcher before any
// component starts.
#include "editor/app/cli.hpp"

#include <charconv>

namespace trio::app {

namespace {
std::string_view design_words(protocol::Design design) {
    return design == protocol::Design::Threads
               ? "input, render and autosave run as three threads of one process"
               : "input, render and autosave run as three processes joined by "
                 "Boost.Interprocess message queues";
}
} // namespace

CliResult parse_command_line(const std::vector<std::string>& args) {
    CliResult result;
    bool options_done = false;
    bool recover = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (!options_done && (arg == "-h" || arg == "--help")) {
            return {CliAction::ShowHelp, {}, {}};
        }
        if (!options_done && (arg == "-V" || arg == "--version")) {
            return {CliAction::ShowVersion, {}, {}};
        }
        if (!options_done && arg == "--") {
            options_done = true;
            continue;
        }
        if (!options_done && (arg == "-R" || arg == "--readonly")) {
            result.options.read_only = true;
            continue;
        }
        if (!options_done && (arg == "-n" || arg == "--no-journal")) {
            result.options.no_journal = true;
            continue;
        }
        if (!options_done && arg == "--recover") {
            recover = true;
            continue;
        }
        if (!options_done && (arg == "-o" || arg == "--output")) {
            if (i + 1 == args.size() || args[i + 1].empty()) {
                return {CliAction::UsageError,
                        {},
                        arg + " needs a file name (or - for standard output)"};
            }
            result.options.recover_to = args[++i];
            continue;
        }
        if (!options_done && arg.starts_with("--tab-width=")) {
            const std::string value = arg.substr(12);
            int width = 0;
            auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), width);
            if (ec != std::errc{} || end != value.data() + value.size() || width < 1 ||
                width > 16) {
                return {CliAction::UsageError, {}, "--tab-width takes a number from 1 to 16"};
            }
            result.options.tab_width = width;
            continue;
        }
        if (!options_done && arg.size() > 1 && arg[0] == '-') {
            return {CliAction::UsageError, {}, "unknown option '" + arg + "'"};
        }
        if (!result.options.path.empty()) {
            return {CliAction::UsageError, {}, "only one FILE can be opened"};
        }
        result.options.path = arg;
    }
    if (result.options.path.empty()) {
        return {CliAction::UsageError, {}, "no FILE given"};
    }
    if (recover != !result.options.recover_to.empty()) {
        return {CliAction::UsageError,
                {},
                recover ? "--recover needs -o OUT (a file, or - for standard output)"
                        : "-o is only for --recover"};
    }
    if (recover) {
        result.action = CliAction::Recover;
    }
    return result;
}

std::string help_text(std::string_view program, protocol::Design design) {
    std::string text;
    text.append("Usage: ").append(program).append(" [OPTIONS] FILE\n");
    text.append("       ").append(program).append(" --recover FILE -o OUT\n\n");
    text.append("A terminal text editor; in this build ").append(design_words(design));
    text.append(".\nFILE is opened if it exists and created on the first save if not.\n\n");
    text.append("Options:\n"
                "  --tab-width=N   display tabs N columns wide (1-16, default 8)\n"
                "  -R, --readonly  view FILE without changing it\n"
                "  -n, --no-journal  keep no recovery journal (a crash then loses unsaved\n"
                "                  edits)\n"
                "  --recover FILE -o OUT  write FILE with the unsaved edits its journal holds\n"
                "                  to OUT (- = standard output); no terminal needed. Exit\n"
                "                  status: 0 recovered, 3 journal damaged (its readable part\n"
                "                  recovered), 4 nothing to recover, 1 error (nothing written)\n"
                "  -h, --help      show this help and exit\n"
                "  -V, --version   show the version and exit\n\n"
                "Keys:\n"
                "  Ctrl-S  save            Ctrl-Q  quit (asks if there are unsaved changes)\n"
                "  Ctrl-F  find (F3 / Shift-F3 next / previous)   Ctrl-G  go to line[:column]\n"
                "  Ctrl-Z  undo            Ctrl-Y  redo\n"
                "  Arrows, Home/End, PgUp/PgDn, Ctrl-Home/Ctrl-End  move\n"
                "  Enter, Backspace, Delete, Tab  edit; typing inserts (UTF-8, CJK)\n\n"
                "Unsaved edits are journaled in $XDG_STATE_HOME/trio (default\n"
                "~/.local/state/trio) as you type; after a crash, opening FILE again offers\n"
                "to recover them.\n\n"
                "trio and trio-proc are the same editor: compare them side by side.\n");
    return text;
}

std::string version_text(std::string_view program, protocol::Design design) {
    std::string text(program);
    text.append(" ").append(TRIO_VERSION).append(" (");
    text.append(design == protocol::Design::Threads ? "threads" : "processes").append(")\n");
    return text;
}

} // namespace trio::app
