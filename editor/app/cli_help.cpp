// The --help text of both executables. Runs in the launcher.
#include "editor/app/cli.hpp"

namespace trio::app {

namespace {
std::string_view design_words(protocol::Design design) {
    return design == protocol::Design::Threads
               ? "input, render and autosave run as three threads of one process"
               : "input, render and autosave run as three processes joined by\n"
                 "Boost.Interprocess message queues";
}
} // namespace

std::string help_text(std::string_view program, protocol::Design design) {
    std::string text;
    text.append("Usage: ").append(program).append(" [OPTIONS] [+LINE[:COL]] [FILE]...\n");
    text.append("       ").append(program).append(" --recover FILE -o OUT\n\n");
    text.append("A terminal text editor. In this build,\n").append(design_words(design));
    text.append(".\nEach FILE is opened if it exists and created on the first save if not;\n"
                "several FILEs open as buffers (Alt-Left/Alt-Right switch). Without a FILE,\n"
                "an unnamed buffer: saving asks for its name. +LINE[:COL] puts the cursor\n"
                "there in the FILE that follows it (past the end: the last line).\n\n");
    text.append("Options:\n"
                "  -R, --readonly  view the FILEs without changing them\n"
                "  -n, --no-journal  keep no recovery journal (a crash then loses unsaved\n"
                "                  edits)\n"
                "  -T, --tab-width N  display tabs N columns wide (1-16, default 8)\n"
                "  -E, --spaces-for-tabs / --tabs  Tab inserts spaces / a tab character\n"
                "  -l, --line-numbers / --no-line-numbers  show line numbers (Alt-N toggles)\n"
                "  --soft-wrap / --no-soft-wrap  wrap long lines (Alt-W toggles)\n"
                "  --colours / --no-colours  syntax colours (also --colors / --no-colors)\n"
                "  --recover FILE -o OUT  write FILE with the unsaved edits its journal holds\n"
                "                  to OUT (- = standard output); no terminal needed. Exit\n"
                "                  status: 0 recovered, 3 journal damaged (its readable part\n"
                "                  recovered), 4 nothing to recover, 1 error (nothing written)\n"
                "  -h, --help      show this help and exit\n"
                "  -V, --version   show the version and exit\n\n"
                "Settings: $XDG_CONFIG_HOME/trio/config (default ~/.config/trio/config) holds\n"
                "`setting = value` lines and # comments; the options above override it:\n"
                "  tab_width = 4         spaces_for_tabs = off    line_numbers = on\n"
                "  soft_wrap = off       colours = on\n"
                "(booleans: on/off, yes/no, true/false, 1/0).\n\n"
                "Keys:\n"
                "  Ctrl-S  save            Ctrl-Q  quit (asks if there are unsaved changes)\n"
                "  Ctrl-F  find (F3 / Shift-F3 next / previous)   Ctrl-G  go to line[:column]\n"
                "  Ctrl-Z  undo            Ctrl-Y  redo           F1  all the keys\n"
                "  Arrows, Home/End, PgUp/PgDn, Ctrl-Home/Ctrl-End  move\n"
                "  Enter, Backspace, Delete, Tab  edit; typing inserts (UTF-8, CJK)\n\n"
                "Unsaved edits are journaled in $XDG_STATE_HOME/trio (default\n"
                "~/.local/state/trio) as you type; after a crash, opening FILE again offers\n"
                "to recover them.\n\n"
                "trio and trio-proc are the same editor: compare them side by side.\n");
    return text;
}

} // namespace trio::app
