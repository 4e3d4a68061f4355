// The list of every key trio understands, with what it does: one table that the F1 help
// screen draws and that docs/keys.md and the README key table are checked against. Pure data;
// used by the input component.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace trio::commands {

struct KeyHelp {
    std::string_view group; // the heading the key is listed under ("Editing", "Search prompt")
    std::string_view keys;  // as the hints row writes them: "^S", "Shift+Arrows", "M-N"
    std::string_view what;
};

// Every key, grouped: entries of one group are adjacent, most used groups first.
[[nodiscard]] std::span<const KeyHelp> key_help();

// The help screen as text rows: a title, then each group's heading and its keys in two
// columns. Plain ASCII apart from the texts themselves; never wider than the longest entry.
[[nodiscard]] std::vector<std::string> help_text_rows();

} // namespace trio::commands
