// Colouring rules for C and C++: comments, strings, numbers, keywords, types, directives.
// Render component.
#include "editor/syntax/scanner.hpp"

#include <algorithm>
#include <array>

namespace trio::syntax {

namespace {

// Sorted (is_one_of uses binary search).
constexpr std::array<std::string_view, 68> keywords{"NULL",
                                                    "alignas",
                                                    "alignof",
                                                    "auto",
                                                    "break",
                                                    "case",
                                                    "catch",
                                                    "class",
                                                    "co_await",
                                                    "co_return",
                                                    "co_yield",
                                                    "concept",
                                                    "const",
                                                    "const_cast",
                                                    "consteval",
                                                    "constexpr",
                                                    "constinit",
                                                    "continue",
                                                    "decltype",
                                                    "default",
                                                    "delete",
                                                    "do",
                                                    "dynamic_cast",
                                                    "else",
                                                    "enum",
                                                    "explicit",
                                                    "export",
                                                    "extern",
                                                    "false",
                                                    "final",
                                                    "for",
                                                    "friend",
                                                    "goto",
                                                    "if",
                                                    "inline",
                                                    "mutable",
                                                    "namespace",
                                                    "new",
                                                    "noexcept",
                                                    "nullptr",
                                                    "operator",
                                                    "override",
                                                    "private",
                                                    "protected",
                                                    "public",
                                                    "register",
                                                    "reinterpret_cast",
                                                    "requires",
                                                    "return",
                                                    "sizeof",
                                                    "static",
                                                    "static_assert",
                                                    "static_cast",
                                                    "struct",
                                                    "switch",
                                                    "template",
                                                    "this",
                                                    "thread_local",
                                                    "throw",
                                                    "true",
                                                    "try",
                                                    "typedef",
                                                    "typename",
                                                    "union",
                                                    "using",
                                                    "virtual",
                                                    "volatile",
                                                    "while"};
static_assert(std::is_sorted(keywords.begin(), keywords.end()));

constexpr std::array<std::string_view, 16> types{
    "FILE", "bool", "char",  "char16_t", "char32_t", "char8_t", "double", "float",
    "int",  "long", "short", "signed",   "unsigned", "va_list", "void",   "wchar_t"};
static_assert(std::is_sorted(types.begin(), types.end()));

Colour word_colour(std::string_view word) {
    if (is_one_of(keywords, word)) {
        return Colour::Keyword;
    }
    // size_t, uint8_t, pid_t: the C convention for type names.
    if (is_one_of(types, word) || (word.size() > 2 && word.ends_with("_t"))) {
        return Colour::Type;
    }
    return Colour::Plain;
}

// '#' and the directive's name; after #include, a <header> is coloured as a string.
void directive(Scanner& scan) {
    const std::size_t begin = scan.pos();
    scan.advance(); // '#'
    scan.skip_blanks();
    const std::string_view name = scan.take_identifier();
    scan.colour_from(begin, Colour::Preprocessor);
    scan.skip_blanks();
    if ((name == "include" || name == "import") && scan.peek() == '<') {
        const std::size_t header = scan.pos();
        scan.skip_past(">");
        scan.colour_from(header, Colour::String);
    }
}

} // namespace

State highlight_c(Scanner& scan, State state, RowStart start) {
    if (state == State::BlockComment) {
        const bool closed = scan.skip_past("*/");
        scan.colour_from(0, Colour::Comment);
        if (!closed) {
            return State::BlockComment;
        }
    }
    if (start == RowStart::LineStart) {
        scan.skip_blanks();
        if (scan.peek() == '#') {
            directive(scan);
        }
    }
    while (!scan.done()) {
        const std::size_t begin = scan.pos();
        const char c = scan.peek();
        if (scan.looking_at("//")) {
            scan.to_end();
            scan.colour_from(begin, Colour::Comment);
        } else if (scan.looking_at("/*")) {
            scan.advance(2);
            const bool closed = scan.skip_past("*/");
            scan.colour_from(begin, Colour::Comment);
            if (!closed) {
                return State::BlockComment;
            }
        } else if (c == '"' || c == '\'') {
            scan.skip_quoted(c, Scanner::Escapes::Backslash);
            scan.colour_from(begin, Colour::String);
        } else if (scan.skip_number()) {
            scan.colour_from(begin, Colour::Number);
        } else if (const std::string_view word = scan.take_identifier(); !word.empty()) {
            // A prefixed literal: u8"…", L'x'.
            if ((scan.peek() == '"' || scan.peek() == '\'') &&
                (word == "u8" || word == "u" || word == "U" || word == "L")) {
                scan.skip_quoted(scan.peek(), Scanner::Escapes::Backslash);
                scan.colour_from(begin, Colour::String);
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
