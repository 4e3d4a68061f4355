// Colouring rules for Markdown: headings, fenced code blocks (across rows), `code`, *emphasis*
// and list markers. Render component.
#include "editor/syntax/scanner.hpp"

namespace trio::syntax {

namespace {

constexpr std::string_view fence = "```";

// The number of `c` in a row from the cursor.
std::size_t run_of(const Scanner& scan, char c) {
    std::size_t n = 0;
    while (scan.peek(n) == c) {
        ++n;
    }
    return n;
}

// `code` (any number of backticks, closed by as many): Code. Otherwise the run is plain.
void code_span(Scanner& scan) {
    const std::size_t begin = scan.pos();
    const std::size_t n = run_of(scan, '`');
    const std::string_view delimiter = scan.text().substr(begin, n);
    const std::size_t close = scan.text().find(delimiter, begin + n);
    if (close == std::string_view::npos) {
        scan.advance(n);
        return;
    }
    scan.advance(close + n - begin);
    scan.colour_from(begin, Colour::Code);
}

// *em*, **strong**, _em_, __strong__: Emphasis when a matching closing run follows on the
// row. An '_' inside a word (snake_case) opens nothing.
void emphasis(Scanner& scan) {
    const std::size_t begin = scan.pos();
    const char c = scan.peek();
    const std::size_t n = run_of(scan, c);
    const bool opens = n <= 3 && scan.peek(n) != ' ' && scan.peek(n) != '\0' &&
                       !(c == '_' && is_identifier_char(scan.previous()));
    const std::string_view delimiter = scan.text().substr(begin, n);
    std::size_t close = scan.text().find(delimiter, begin + n + 1);
    // The closing run follows text, not a blank ("a * b * c" is no emphasis).
    while (close != std::string_view::npos && scan.text()[close - 1] == ' ') {
        close = scan.text().find(delimiter, close + n);
    }
    if (!opens || close == std::string_view::npos) {
        scan.advance(n);
        return;
    }
    scan.advance(close + n - begin);
    scan.colour_from(begin, Colour::Emphasis);
}

// What only the start of a line can be. Returns true, with the next row's state in `next`,
// when it took the whole row (a heading or a fence line); otherwise at most a list marker
// was coloured and the rest of the row is inline text.
bool line_start(Scanner& scan, State& next) {
    scan.skip_blanks();
    const std::size_t begin = scan.pos();
    if (scan.looking_at(fence)) {
        scan.to_end();
        scan.colour_from(begin, Colour::Code);
        next = State::FencedCode;
        return true;
    }
    const std::size_t hashes = run_of(scan, '#');
    if (hashes >= 1 && hashes <= 6 && (scan.peek(hashes) == ' ' || scan.peek(hashes) == '\0')) {
        scan.to_end();
        scan.colour_from(begin, Colour::Heading);
        next = State::Normal;
        return true;
    }
    const char c = scan.peek();
    if ((c == '-' || c == '*' || c == '+') && scan.peek(1) == ' ') {
        scan.advance();
        scan.colour_from(begin, Colour::Keyword);
    } else if (is_digit(c)) {
        std::size_t digits = 0;
        while (is_digit(scan.peek(digits))) {
            ++digits;
        }
        if ((scan.peek(digits) == '.' || scan.peek(digits) == ')') &&
            scan.peek(digits + 1) == ' ') {
            scan.advance(digits + 1);
            scan.colour_from(begin, Colour::Keyword);
        }
    }
    return false;
}

} // namespace

State highlight_markdown(Scanner& scan, State state, RowStart start) {
    if (state == State::FencedCode) {
        scan.skip_blanks();
        const bool closes = start == RowStart::LineStart && scan.looking_at(fence);
        scan.to_end();
        scan.colour_from(0, Colour::Code);
        return closes ? State::Normal : State::FencedCode;
    }
    if (start == RowStart::LineStart) {
        State next = State::Normal;
        if (line_start(scan, next)) {
            return next;
        }
    }
    while (!scan.done()) {
        const char c = scan.peek();
        if (c == '`') {
            code_span(scan);
        } else if (c == '*' || c == '_') {
            emphasis(scan);
        } else if (c == '\\') {
            scan.advance(2); // \* is a literal star
        } else {
            scan.advance();
        }
    }
    return State::Normal;
}

} // namespace trio::syntax
