// An editor trio-bench measures: how to start it on a file and where its screen shows what.
// Runs in trio-bench's main. Issue 6 adds peers (vim, nano, --peer NAME='CMD') as more of these.
#pragma once

#include <string>
#include <vector>

namespace trio::bench {

struct BenchEditor {
    std::string name;                // "trio", "trio-proc": the table's and the JSON's name
    std::vector<std::string> argv;   // the command; the file's path is appended
    int first_text_row = 0;          // the screen row that shows the file's first line
    std::string quit_keys = "<c-q>"; // key notation (editor/keys/key.hpp) that quits unedited
};

} // namespace trio::bench
