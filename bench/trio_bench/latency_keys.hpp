// The keys trio-bench times in every editor alike, and the text it pastes: pure functions of
// a count, so the same script reaches every editor and is unit-tested. Runs in trio-bench.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace trio::bench {

// `count` keys of typing (key notation): lowercase letters a..z over and over, an Enter
// ("<ret>") after every `line_length` letters. Throws std::invalid_argument when count < 0 or
// line_length < 1.
[[nodiscard]] std::vector<std::string> typing_keys(int count, int line_length);

// `count` arrow keys walking a square of `side` steps from where the cursor starts: down,
// right, up, left, again and again. From the first column of a line with `side` more lines
// below it, each `side` columns long or more, every key moves the cursor in any editor.
// Throws std::invalid_argument when count < 0 or side < 1.
[[nodiscard]] std::vector<std::string> cursor_keys(int count, int side);

// `count` Page Down keys. Throws std::invalid_argument when count < 0.
[[nodiscard]] std::vector<std::string> page_down_keys(int count);

// `bytes` of text to paste (bytes >= 1): lines of 80 bytes ("paste 000001 …" and '\n'),
// the last one shorter if it must be, always ending with '\n'. Each line is unique.
[[nodiscard]] std::string paste_text(std::size_t bytes);

// The last line of paste_text(bytes), without its '\n'.
[[nodiscard]] std::string last_pasted_line(std::size_t bytes);

// `text` as a bracketed paste: ESC [ 200 ~, the text, ESC [ 201 ~ (xterm's paste brackets).
[[nodiscard]] std::string bracketed(const std::string& text);

} // namespace trio::bench
