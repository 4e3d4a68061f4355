// The keys trio-bench types to measure keystroke latency, each with the screen it must bring:
// a pure function of the key count and the screen's shape, so it is unit-tested. Runs in
// trio-bench.
#pragma once

#include <string>
#include <vector>

namespace trio::bench {

// Where the typing happens: it starts with the cursor on the first text row, column 0.
struct TypingLayout {
    int first_row = 0;    // the screen row of the file's first line
    int text_rows = 21;   // rows showing text (24-row terminal less status, message, hints)
    int line_length = 59; // characters typed before each Enter; under the width, so no
                          // horizontal scrolling
};

// One key and what the screen shows once the editor has drawn its response.
struct TypingStep {
    std::string notation; // editor/keys/key.hpp notation: "a", "<ret>", "<c-home>"
    int cursor_row = 0;   // where the cursor is then (0-based screen row and column)
    int cursor_col = 0;
    int typed_row = 0;      // the screen row that then starts with `typed_text`
    std::string typed_text; // the characters typed on that line so far ("" after <c-home>)

    bool operator==(const TypingStep&) const = default;
};

// `keys` steps of typing: lowercase letters a..z over and over, an Enter after every
// `line_length` of them. An Enter that would move the cursor onto the last text row (the
// editor might scroll there) is a <c-home> instead: the typing goes on at the top of the file,
// inserting before what was typed first, so the screen never scrolls and every step's screen
// is known. Lines below the cursor are never checked (they shift down as Enters insert lines).
// Throws std::invalid_argument when `keys` < 0 or the layout has fewer than 2 text rows or a
// line_length < 1.
[[nodiscard]] std::vector<TypingStep> typing_script(int keys, const TypingLayout& layout);

} // namespace trio::bench
