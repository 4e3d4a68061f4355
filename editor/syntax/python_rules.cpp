// Colouring rules for Python: comments, strings (triple-quoted ones across rows), numbers,
// keywords, builtin types, decorators. Render component.
#include "editor/syntax/scanner.hpp"

#include <algorithm>
#include <array>

namespace trio::syntax {

namespace {

// Sorted (is_one_of uses binary search).
constexpr std::array<std::string_view, 38> keywords{
    "False",  "None",     "True",   "and",  "as",   "assert", "async",  "await",    "break", "case",
    "class",  "continue", "def",    "del",  "elif", "else",   "except", "finally",  "for",   "from",
    "global", "if",       "import", "in",   "is",   "lambda", "match",  "nonlocal", "not",   "or",
    "pass",   "raise",    "return", "self", "try",  "while",  "with",   "yield"};
static_assert(std::is_sorted(keywords.begin(), keywords.end()));

constexpr std::array<std::string_view, 14> types{
    "BaseException", "Exception", "bool", "bytearray", "bytes",  "complex", "dict",
    "float",         "frozenset", "int",  "list",      "object", "set",     "str"};
static_assert(std::is_sorted(types.begin(), types.end()));

Colour word_colour(std::string_view word) {
    if (is_one_of(keywords, word)) {
        return Colour::Keyword;
    }
    return is_one_of(types, word) ? Colour::Type : Colour::Plain;
}

// r"…", b'…', f"…", rb"…": a short word of prefix letters right before a quote.
bool is_string_prefix(std::string_view word) {
    return word.size() <= 2 && std::all_of(word.begin(), word.end(), [](char c) {
               return std::string_view("rRbBfFuU").find(c) != std::string_view::npos;
           });
}

State triple_state(char quote) {
    return quote == '"' ? State::TripleDoubleQuote : State::TripleSingleQuote;
}

// A string whose opening quote (or prefix) starts at `begin`, the quote under the cursor.
// Returns the state a triple-quoted one left open, else Normal.
State string_literal(Scanner& scan, std::size_t begin) {
    const char quote = scan.peek();
    const std::string_view triple = quote == '"' ? R"(""")" : "'''";
    if (scan.looking_at(triple)) {
        scan.advance(3);
        const bool closed = scan.skip_past(triple);
        scan.colour_from(begin, Colour::String);
        return closed ? State::Normal : triple_state(quote);
    }
    scan.skip_quoted(quote, Scanner::Escapes::Backslash);
    scan.colour_from(begin, Colour::String);
    return State::Normal;
}

} // namespace

State highlight_python(Scanner& scan, State state, RowStart start) {
    if (state == State::TripleDoubleQuote || state == State::TripleSingleQuote) {
        const bool closed = scan.skip_past(state == State::TripleDoubleQuote ? R"(""")" : "'''");
        scan.colour_from(0, Colour::String);
        if (!closed) {
            return state;
        }
    } else if (start == RowStart::LineStart) {
        scan.skip_blanks();
        if (scan.peek() == '@') {
            const std::size_t begin = scan.pos();
            scan.advance();
            while (!scan.take_identifier().empty() && scan.peek() == '.') {
                scan.advance();
            }
            scan.colour_from(begin, Colour::Preprocessor);
        }
    }
    while (!scan.done()) {
        const std::size_t begin = scan.pos();
        const char c = scan.peek();
        if (c == '#') {
            scan.to_end();
            scan.colour_from(begin, Colour::Comment);
        } else if (c == '"' || c == '\'') {
            if (const State open = string_literal(scan, begin); open != State::Normal) {
                return open;
            }
        } else if (scan.skip_number()) {
            scan.colour_from(begin, Colour::Number);
        } else if (const std::string_view word = scan.take_identifier(); !word.empty()) {
            if ((scan.peek() == '"' || scan.peek() == '\'') && is_string_prefix(word)) {
                if (const State open = string_literal(scan, begin); open != State::Normal) {
                    return open;
                }
            } else {
                scan.colour_from(begin, word_colour(word));
            }
        } else {
            scan.advance();
        }
    }
    return State::Normal;
}

} // namespace trio::syntax
