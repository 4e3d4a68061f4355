// Generates the keystroke-latency key script and the screen each key brings. Runs in trio-bench.
#include "bench/trio_bench/typing_script.hpp"

#include <stdexcept>

namespace trio::bench {

std::vector<TypingStep> typing_script(int keys, const TypingLayout& layout) {
    if (keys < 0 || layout.text_rows < 2 || layout.line_length < 1) {
        throw std::invalid_argument("typing script: bad key count or layout");
    }
    constexpr int alphabet = 26;
    const int lowest_row = layout.first_row + layout.text_rows - 2; // above the last text row
    std::vector<TypingStep> steps;
    steps.reserve(static_cast<std::size_t>(keys));
    int row = layout.first_row;
    std::string line; // typed on the cursor's line since the last Enter or <c-home>
    for (int key = 0; key < keys; ++key) {
        if (static_cast<int>(line.size()) < layout.line_length) {
            line += static_cast<char>('a' + key % alphabet);
            steps.push_back(
                {line.substr(line.size() - 1), row, static_cast<int>(line.size()), row, line});
        } else if (row < lowest_row) {
            steps.push_back({"<ret>", row + 1, 0, row, line});
            ++row;
            line.clear();
        } else {
            row = layout.first_row;
            line.clear();
            steps.push_back({"<c-home>", row, 0, row, line});
        }
    }
    return steps;
}

} // namespace trio::bench
