// Tests what highlight() promises for every language: spans sorted, disjoint, in range.
#include "syntax_test_helpers.hpp"

#include <gtest/gtest.h>

namespace trio::syntax {
namespace {

using protocol::Language;

TEST(Highlight, NoLanguageColoursNothing) {
    std::vector<Span> spans{Span{0, 1, Colour::Keyword}};
    EXPECT_EQ(
        highlight(Language::None, "int x; /* a", State::BlockComment, RowStart::LineStart, spans),
        State::Normal);
    EXPECT_TRUE(spans.empty());
}

TEST(Highlight, SpansAreSortedDisjointAndWithinTheRowForAnyBytes) {
    // Ragged input: cut constructs, lone quotes, escapes at the end, invalid UTF-8.
    const std::vector<std::string> rows{
        "\"", "'",   "\\",       "/*", "*/", "#",      "$",          "${",      "`",
        "**", "```", "\xff\xfe", "r'", "1e", "a\"b\\", "#include <", "x = '''", "*a",
        "_",  "0x",  "$(",       "# ", "- ", "1.",     "@",
    };
    std::vector<Span> spans;
    for (const Language language :
         {Language::C, Language::Python, Language::Markdown, Language::Shell}) {
        for (const std::string& row : rows) {
            for (const State state : {State::Normal, State::BlockComment, State::TripleDoubleQuote,
                                      State::FencedCode}) {
                (void)highlight(language, row, state, RowStart::LineStart, spans);
                std::uint32_t last_end = 0;
                for (const Span& span : spans) {
                    EXPECT_LT(span.begin, span.end) << row;
                    EXPECT_GE(span.begin, last_end) << row;
                    EXPECT_LE(span.end, row.size()) << row;
                    EXPECT_NE(span.colour, Colour::Plain) << row;
                    last_end = span.end;
                }
            }
        }
    }
}

TEST(Highlight, MergesAdjacentSpansOfOneColour) {
    std::vector<Span> spans;
    (void)highlight(Language::C, R"("a""b")", State::Normal, RowStart::LineStart, spans);
    EXPECT_EQ(spans, (std::vector<Span>{Span{0, 6, Colour::String}}));
}

} // namespace
} // namespace trio::syntax
