// The table of trio's keys and the help screen made from it. Used by the input component.
#include "editor/commands/key_help.hpp"

#include <algorithm>
#include <array>

namespace trio::commands {

namespace {

constexpr std::array table{
    KeyHelp{"File", "^S", "Save"},
    KeyHelp{"File", "^Q", "Quit (asks to save a modified file)"},
    KeyHelp{"File", "^O", "Open another file in a new buffer"},
    KeyHelp{"File", "M-Left / M-Right", "Previous / next buffer"},
    KeyHelp{"File", "^PgUp / ^PgDn", "Previous / next buffer"},
    KeyHelp{"Search", "^F", "Find (incremental)"},
    KeyHelp{"Search", "F3 / Shift+F3", "Next / previous match"},
    KeyHelp{"Search", "^R", "Find and replace: y / n / a(ll) at each match"},
    KeyHelp{"Search", "^G", "Go to line[:column]"},
    KeyHelp{"Editing", "^Z / ^Y", "Undo / redo"},
    KeyHelp{"Editing", "^C", "Copy the selection (or the line)"},
    KeyHelp{"Editing", "^X", "Cut the selection (or the line)"},
    KeyHelp{"Editing", "^V", "Paste"},
    KeyHelp{"Editing", "^K", "Cut the line (repeat: collect lines)"},
    KeyHelp{"Editing", "^D", "Duplicate the line (or the selection)"},
    KeyHelp{"Editing", "^Backspace / ^Del", "Delete the word before / after"},
    KeyHelp{"Editing", "Enter", "New line, keeping the indentation"},
    KeyHelp{"Editing", "Tab", "Tab (spaces when configured)"},
    KeyHelp{"Selection", "Shift+Arrows", "Select while moving"},
    KeyHelp{"Selection", "Shift+Home / End", "Select to the line's start / end"},
    KeyHelp{"Selection", "Shift+PgUp / PgDn", "Select a page up / down"},
    KeyHelp{"Selection", "^Shift+Left / Right", "Select by word"},
    KeyHelp{"Selection", "^Shift+Home / End", "Select to the top / bottom"},
    KeyHelp{"Selection", "^A", "Select all"},
    KeyHelp{"Selection", "Mouse drag", "Select"},
    KeyHelp{"Moving", "Arrows", "Move"},
    KeyHelp{"Moving", "^Left / ^Right", "Previous / next word"},
    KeyHelp{"Moving", "Home / End", "Start / end of the line"},
    KeyHelp{"Moving", "^Home / ^End", "Top / bottom of the file"},
    KeyHelp{"Moving", "PgUp / PgDn", "A page up / down"},
    KeyHelp{"Moving", "Mouse click / wheel", "Place the cursor / scroll"},
    KeyHelp{"View", "M-N", "Line numbers on / off"},
    KeyHelp{"View", "M-W", "Soft wrap on / off"},
    KeyHelp{"View", "F1", "This help (F1 or Esc closes it)"},
    KeyHelp{"View", "F2", "Runtime panel: components, queues, latency"},
    KeyHelp{"View", "Esc", "Close a prompt, the help or the panel"},
    KeyHelp{"Search prompt", "Enter", "Done (^R: go on to the replacement)"},
    KeyHelp{"Search prompt", "^N / Down / F3", "Next match"},
    KeyHelp{"Search prompt", "^P / Up / Shift+F3", "Previous match"},
    KeyHelp{"Search prompt", "M-C", "Case sensitive / any case"},
    KeyHelp{"Search prompt", "Esc / ^C", "Cancel"},
};

// Wide enough for the longest `keys` above plus a gap.
constexpr std::size_t keys_column = 22;

} // namespace

std::span<const KeyHelp> key_help() {
    return table;
}

std::vector<std::string> help_text_rows() {
    std::vector<std::string> rows{"trio keys  (^ is Ctrl, M- is Alt; arrows and PgUp/PgDn "
                                  "scroll, F1 or Esc closes)"};
    std::string_view group;
    for (const KeyHelp& entry : table) {
        if (entry.group != group) {
            group = entry.group;
            rows.emplace_back();
            rows.emplace_back(group);
        }
        std::string row = "  " + std::string(entry.keys);
        row.resize(std::max(keys_column, row.size() + 1), ' ');
        rows.push_back(row + std::string(entry.what));
    }
    return rows;
}

} // namespace trio::commands
