// Tests the Markdown colouring rules: headings, fences, code spans, emphasis, list markers.
#include "syntax_test_helpers.hpp"

#include <gtest/gtest.h>

namespace trio::syntax {
namespace {

using testing::colour_row;
using testing::colour_rows;
constexpr auto md = protocol::Language::Markdown;

TEST(MarkdownRules, ColoursHeadingsButNotHashTags) {
    EXPECT_EQ(colour_row(md, "# Title"), "HHHHHHH");
    EXPECT_EQ(colour_row(md, "### Part `x`"), "HHHHHHHHHHHH");
    EXPECT_EQ(colour_row(md, "#tag"), "....");
    EXPECT_EQ(colour_row(md, "####### seven"), ".............");
}

TEST(MarkdownRules, ColoursCodeSpansAndEmphasis) {
    EXPECT_EQ(colour_row(md, "use `a*b` or ``x`y``"), "....XXXXX....XXXXXXX");
    EXPECT_EQ(colour_row(md, "an *em* and **strong**"), "...EEEE.....EEEEEEEEEE");
    EXPECT_EQ(colour_row(md, "_em_ but snake_case_name"), "EEEE....................");
    EXPECT_EQ(colour_row(md, "2 * 3 * 4 and `open"), "...................");
}

TEST(MarkdownRules, ColoursListMarkers) {
    EXPECT_EQ(colour_row(md, "- item"), "K.....");
    EXPECT_EQ(colour_row(md, "  12. item"), "..KKK.....");
    EXPECT_EQ(colour_row(md, "-not a list"), "...........");
}

TEST(MarkdownRules, CarriesAFencedCodeBlockAcrossRows) {
    const auto rows = colour_rows(md, {"```c", "# not a heading", "```", "# heading"});
    EXPECT_EQ(rows[0], "XXXX");
    EXPECT_EQ(rows[1], "XXXXXXXXXXXXXXX");
    EXPECT_EQ(rows[2], "XXX");
    EXPECT_EQ(rows[3], "HHHHHHHHH");
}

TEST(MarkdownRules, AContinuationRowNeitherOpensNorClosesAFence) {
    std::vector<Span> spans;
    EXPECT_EQ(highlight(md, "```", State::FencedCode, RowStart::Continuation, spans),
              State::FencedCode);
    EXPECT_EQ(highlight(md, "# x", State::Normal, RowStart::Continuation, spans), State::Normal);
    EXPECT_TRUE(spans.empty());
}

} // namespace
} // namespace trio::syntax
