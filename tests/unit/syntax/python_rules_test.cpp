// Tests the Python colouring rules, triple-quoted strings across rows included.
#include "syntax_test_helpers.hpp"

#include <gtest/gtest.h>

namespace trio::syntax {
namespace {

using testing::colour_row;
using testing::colour_rows;
constexpr auto py = protocol::Language::Python;

TEST(PythonRules, ColoursKeywordsTypesNumbersStringsAndComments) {
    EXPECT_EQ(colour_row(py, "def f(n: int) -> str:"), "KKK......TTT.....TTT.");
    EXPECT_EQ(colour_row(py, "    return None  # nothing"), "....KKKKKK.KKKK..CCCCCCCCC");
    EXPECT_EQ(colour_row(py, R"(x = 'it\'s' + "#no")"), "....SSSSSSS...SSSSS");
    EXPECT_EQ(colour_row(py, "y = 3.14 + 1_000"), "....NNNN...NNNNN");
}

TEST(PythonRules, ColoursPrefixedStringsAndDecorators) {
    EXPECT_EQ(colour_row(py, R"(p = rb'\d' + f"{x}")"), "....SSSSSS...SSSSSS");
    EXPECT_EQ(colour_row(py, "  @functools.cache"), "..PPPPPPPPPPPPPPPP");
    EXPECT_EQ(colour_row(py, "format(x)"), ".........");
}

TEST(PythonRules, CarriesTripleQuotedStringsAcrossRows) {
    const auto rows =
        colour_rows(py, {R"(doc = """first)", "second 'x'", R"(end""" + 1)", "if x:"});
    EXPECT_EQ(rows[0], "......SSSSSSSS");
    EXPECT_EQ(rows[1], "SSSSSSSSSS");
    EXPECT_EQ(rows[2], "SSSSSS...N");
    EXPECT_EQ(rows[3], "KK...");
}

TEST(PythonRules, KeepsTheTwoTripleQuotesApart) {
    const auto rows = colour_rows(py, {"'''", R"(""" still)", "'''", "pass"});
    EXPECT_EQ(rows[1], "SSSSSSSSS");
    EXPECT_EQ(rows[3], "KKKK");
}

TEST(PythonRules, OpensAndClosesATripleQuoteOnOneRow) {
    std::vector<Span> spans;
    EXPECT_EQ(highlight(py, R"(x = """a""")", State::Normal, RowStart::LineStart, spans),
              State::Normal);
    EXPECT_EQ(highlight(py, "x = '''a", State::Normal, RowStart::LineStart, spans),
              State::TripleSingleQuote);
}

} // namespace
} // namespace trio::syntax
