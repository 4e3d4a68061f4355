// A cursor over one row's text that records coloured spans: the shared toolkit of the
// per-language rules (c_rules.cpp, …). Internal to trio_syntax; runs in render.
#pragma once

#include "editor/syntax/highlight.hpp"

#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

namespace trio::syntax {

class Scanner {
public:
    // Clears `spans` and starts at byte 0 of `text`. Both must outlive the Scanner.
    Scanner(std::string_view text, std::vector<Span>& spans);

    [[nodiscard]] bool done() const { return m_pos >= m_text.size(); }
    [[nodiscard]] std::size_t pos() const { return m_pos; }
    [[nodiscard]] std::string_view text() const { return m_text; }
    // The byte `ahead` bytes from the cursor, or '\0' past the end.
    [[nodiscard]] char peek(std::size_t ahead = 0) const;
    [[nodiscard]] bool looking_at(std::string_view s) const;
    // The byte before the cursor, or '\0' at the start.
    [[nodiscard]] char previous() const;

    void advance(std::size_t bytes = 1);
    void skip_blanks();
    // Moves to the end of the row.
    void to_end() { m_pos = m_text.size(); }

    // Colours [begin, cursor) — the bytes just scanned — merging with an adjacent span of
    // the same colour. Nothing for an empty range or Plain.
    void colour_from(std::size_t begin, Colour colour);

    // Skips an identifier ([A-Za-z_][A-Za-z0-9_]*, bytes >= 0x80 count as letters) and
    // returns it; empty (cursor unmoved) when none starts here.
    std::string_view take_identifier();
    // Skips a number starting here (a digit, or '.' then a digit): digits, letters, '_',
    // '.', '\'' and a sign after an exponent. Returns whether one started here.
    bool skip_number();
    // Skips a quoted string whose opening quote is under the cursor, up to and including
    // the closing `quote` (backslash escapes when `escapes`), or to the end of the row.
    // Returns whether the closing quote was found.
    enum class Escapes : std::uint8_t { None, Backslash };
    bool skip_quoted(char quote, Escapes escapes);
    // Skips to just past `end`, or to the end of the row; returns whether `end` was found.
    bool skip_past(std::string_view end);

private:
    std::string_view m_text;
    std::vector<Span>& m_spans;
    std::size_t m_pos = 0;
};

[[nodiscard]] bool is_identifier_char(char c);
[[nodiscard]] bool is_digit(char c);

// Whether `word` is in `sorted_words` (sorted ascending, as a static table).
[[nodiscard]] bool is_one_of(std::span<const std::string_view> sorted_words, std::string_view word);

// The rules of each language, called by highlight() with a fresh Scanner.
State highlight_c(Scanner& scan, State state, RowStart start);
State highlight_python(Scanner& scan, State state, RowStart start);
State highlight_markdown(Scanner& scan, State state, RowStart start);
State highlight_shell(Scanner& scan, State state, RowStart start);

} // namespace trio::syntax
