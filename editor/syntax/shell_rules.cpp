// Colouring rules for shell scripts: comments, quoted strings, $variables, keywords and
// common builtins, numbers. Render component.
#include "editor/syntax/scanner.hpp"

#include <algorithm>
#include <array>

namespace trio::syntax {

namespace {

// Sorted (is_one_of uses binary search).
constexpr std::array<std::string_view, 34> keywords{
    "alias",    "break", "case",   "cd",    "continue", "declare", "do",       "done",   "echo",
    "elif",     "else",  "esac",   "eval",  "exec",     "exit",    "export",   "fi",     "for",
    "function", "if",    "in",     "local", "printf",   "read",    "readonly", "return", "select",
    "set",      "shift", "source", "then",  "trap",     "until",   "while"};
static_assert(std::is_sorted(keywords.begin(), keywords.end()));

bool is_special_parameter(char c) {
    return std::string_view("@*#?$!-0123456789").find(c) != std::string_view::npos && c != '\0';
}

// $name, ${…}, $1, $?: the cursor is on '$' and moves past the variable. Returns false
// (the cursor just past the '$') for a '$' that starts none of them, such as $( or a lone $.
bool skip_variable(Scanner& scan) {
    const char next = scan.peek(1);
    if (next == '{') {
        scan.skip_past("}");
        return true;
    }
    if (is_special_parameter(next)) {
        scan.advance(2);
        return true;
    }
    scan.advance();
    return !scan.take_identifier().empty();
}

// A "…" string: String, except the variables inside it.
void double_quoted(Scanner& scan) {
    std::size_t begin = scan.pos();
    scan.advance(); // the opening quote
    while (!scan.done()) {
        const char c = scan.peek();
        if (c == '\\') {
            scan.advance(2);
        } else if (c == '$') {
            scan.colour_from(begin, Colour::String);
            const std::size_t variable = scan.pos();
            if (skip_variable(scan)) {
                scan.colour_from(variable, Colour::Variable);
                begin = scan.pos();
            } else {
                begin = variable; // a '$' that names nothing is part of the string
            }
        } else {
            scan.advance();
            if (c == '"') {
                break;
            }
        }
    }
    scan.colour_from(begin, Colour::String);
}

bool starts_word(char previous) {
    return previous == '\0' || previous == ' ' || previous == '\t' || previous == ';' ||
           previous == '(' || previous == '|' || previous == '&';
}

} // namespace

State highlight_shell(Scanner& scan, State /*state: no construct spans rows*/, RowStart /*start*/) {
    while (!scan.done()) {
        const std::size_t begin = scan.pos();
        const char c = scan.peek();
        if (c == '#' && starts_word(scan.previous())) {
            scan.to_end();
            scan.colour_from(begin, Colour::Comment);
        } else if (c == '\'') {
            scan.skip_quoted('\'', Scanner::Escapes::None);
            scan.colour_from(begin, Colour::String);
        } else if (c == '"') {
            double_quoted(scan);
        } else if (c == '\\') {
            scan.advance(2); // an escaped quote or '$' starts nothing
        } else if (c == '$') {
            if (skip_variable(scan)) {
                scan.colour_from(begin, Colour::Variable);
            }
        } else if (is_identifier_char(c) && starts_word(scan.previous())) {
            // A word: a keyword or a number only when the whole word is one (not rm -rf x1).
            while (!scan.done() && (is_identifier_char(scan.peek()) || scan.peek() == '-')) {
                scan.advance();
            }
            const std::string_view word = scan.text().substr(begin, scan.pos() - begin);
            if (is_one_of(keywords, word)) {
                scan.colour_from(begin, Colour::Keyword);
            } else if (std::all_of(word.begin(), word.end(), is_digit)) {
                scan.colour_from(begin, Colour::Number);
            }
        } else {
            scan.advance();
        }
    }
    return State::Normal;
}

} // namespace trio::syntax
