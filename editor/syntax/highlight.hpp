// The syntax highlighter: the colour classes of one row of text, given what the rows above
// left open. Pure and allocation-light (spans go into a vector the caller reuses); render
// runs it on the rows it draws, never on the keystroke path.
#pragma once

#include "editor/protocol/messages.hpp"

#include <cstdint>
#include <string_view>
#include <vector>

namespace trio::syntax {

// What a run of bytes is; render maps each class to a colour. Plain is never in a Span.
enum class Colour : std::uint8_t {
    Plain,
    Keyword,      // if, def, done; a Markdown list marker
    Type,         // int, size_t (C), str (Python)
    String,       // "…", '…', <header> after #include
    Comment,      // // /* */ (C), # (Python, shell)
    Number,       // 42, 0x1f, 1.5e3
    Preprocessor, // #include (C), @decorator (Python)
    Heading,      // # Title (Markdown)
    Emphasis,     // *em*, **strong**, _em_ (Markdown)
    Code,         // `code` and fenced code blocks (Markdown)
    Variable,     // $x, ${x}, $1 (shell)
};

// What a row leaves open for the next: constructs that span lines. Only these carry over;
// a string left open at the end of a row ends there.
enum class State : std::uint8_t {
    Normal,
    BlockComment,      // C: inside /* … */
    TripleDoubleQuote, // Python: inside """ … """
    TripleSingleQuote, // Python: inside ''' … '''
    FencedCode,        // Markdown: inside ``` … ```
};

// Where a row's text starts in its line. Rules that hold only at the start of a line
// (Markdown headings, fences and list markers, C's '#' directives) do not apply to a
// Continuation: the rest of a soft-wrapped line, or a line scrolled horizontally.
enum class RowStart : std::uint8_t { LineStart, Continuation };

// A run of bytes [begin, end) of the row's text in one colour.
struct Span {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    Colour colour = Colour::Plain;
    bool operator==(const Span&) const = default;
};

// Colours `text` (one row, without its line break) as `language`, starting in `state`.
// Replaces the contents of `spans` with sorted, non-overlapping, non-empty spans of the
// coloured bytes (bytes in no span are Plain) and returns the state the next row starts
// in. Language::None colours nothing and returns State::Normal. Rows longer than 4 GiB are
// not expected (offsets are 32-bit; the excess stays Plain). Cost: O(text.size()); never
// allocates once `spans` has grown to the row's needs. Pure, thread-safe; never throws
// except std::bad_alloc.
State highlight(protocol::Language language, std::string_view text, State state, RowStart start,
                std::vector<Span>& spans);

} // namespace trio::syntax
