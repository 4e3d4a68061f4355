// An editor trio-bench measures: how to start it on a file, where its screen shows the text,
// and the keys that enter text, go to the end and quit. trio and trio-proc are built in;
// vim, nano and --peer NAME='CMD' are peers (peer_editors.hpp). Runs in trio-bench's main.
#pragma once

#include <string>
#include <vector>

namespace trio::bench {

// Keys are in editor/keys/key.hpp's notation ("<c-q>", "<esc>:qa!<ret>").
struct BenchEditor {
    std::string name;              // "trio", "trio-proc", "vim": the table's and the JSON's name
    std::vector<std::string> argv; // the command; the file's path is appended
    std::string version;           // first line of its --version, for the report ("" if none)
    bool is_trio = true;           // trio's own screen layout, -n and TRIO_JOURNAL_STATS apply
    int first_text_row = 0;        // the screen row that shows the file's first line
    int text_rows = 21;            // rows of file text on the 24-row bench terminal
    // Typing starts on a new empty line above the cursor (vim: "O", which also enters insert
    // mode) and ends with `stop_typing_keys` (vim: "<esc>"), so the next keys are commands.
    std::string open_line_keys = "<ret><up>";
    std::string stop_typing_keys;
    std::string end_of_file_keys = "<c-end>"; // to the last line ("" when unknown: not timed)
    std::string quit_keys = "<c-q>";          // quits the unmodified file
    // Quits a modified file without saving; "" when unknown: the session is killed instead.
    std::string discard_quit_keys = "<c-q>n";
};

} // namespace trio::bench
