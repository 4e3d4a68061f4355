// Reads a row's colours as one letter per byte, so a test shows them under the text.
#pragma once

#include "editor/syntax/highlight.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace trio::syntax::testing {

// One letter per byte of `text`: . plain, K keyword, T type, S string, C comment, N number,
// P preprocessor, H heading, E emphasis, X code, V variable.
inline std::string letters(std::string_view text, const std::vector<Span>& spans) {
    std::string out(text.size(), '.');
    for (const Span& span : spans) {
        for (std::uint32_t i = span.begin; i < span.end && i < out.size(); ++i) {
            out[i] = ".KTSCNPHEXV"[static_cast<int>(span.colour)];
        }
    }
    return out;
}

// Colours the rows of `lines` in turn, each starting in the state the one before left.
// Returns the letters of every row.
inline std::vector<std::string> colour_rows(protocol::Language language,
                                            const std::vector<std::string>& lines,
                                            State state = State::Normal) {
    std::vector<std::string> out;
    std::vector<Span> spans;
    for (const std::string& line : lines) {
        state = highlight(language, line, state, RowStart::LineStart, spans);
        out.push_back(letters(line, spans));
    }
    return out;
}

inline std::string colour_row(protocol::Language language, std::string_view line) {
    return colour_rows(language, {std::string(line)}).front();
}

} // namespace trio::syntax::testing
