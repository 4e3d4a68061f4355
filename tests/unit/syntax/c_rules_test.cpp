// Tests the C and C++ colouring rules, one construct at a time.
#include "syntax_test_helpers.hpp"

#include <gtest/gtest.h>

namespace trio::syntax {
namespace {

using testing::colour_row;
using testing::colour_rows;
constexpr auto c = protocol::Language::C;

TEST(CRules, ColoursKeywordsTypesNumbersAndStrings) {
    EXPECT_EQ(colour_row(c, R"(return x + 42;)"), "KKKKKK.....NN.");
    EXPECT_EQ(colour_row(c, R"(unsigned int n = 0x1fU;)"), "TTTTTTTT.TTT.....NNNNN.");
    EXPECT_EQ(colour_row(c, R"(size_t s = "a\"b";)"), "TTTTTT.....SSSSSS.");
    EXPECT_EQ(colour_row(c, R"(char q = '\'';)"), "TTTT.....SSSS.");
    EXPECT_EQ(colour_row(c, R"(f(1.5e-3, L"w"))"), "..NNNNNN..SSSS.");
}

TEST(CRules, LeavesIdentifiersThatContainKeywordsPlain) {
    EXPECT_EQ(colour_row(c, "interest = format2 + if_x;"), "..........................");
}

TEST(CRules, ColoursLineAndBlockComments) {
    EXPECT_EQ(colour_row(c, "x = 1; // done"), "....N..CCCCCCC");
    EXPECT_EQ(colour_row(c, "a /* b */ c"), "..CCCCCCC..");
    EXPECT_EQ(colour_row(c, R"("not // a comment")"), "SSSSSSSSSSSSSSSSSS");
}

TEST(CRules, CarriesABlockCommentAcrossRows) {
    const auto rows = colour_rows(c, {"int a; /* one", "two", "three */ int b;", "int c;"});
    EXPECT_EQ(rows[0], "TTT....CCCCCC");
    EXPECT_EQ(rows[1], "CCC");
    EXPECT_EQ(rows[2], "CCCCCCCC.TTT...");
    EXPECT_EQ(rows[3], "TTT...");
}

TEST(CRules, ColoursDirectivesAndIncludedHeaders) {
    EXPECT_EQ(colour_row(c, "#include <vector>"), "PPPPPPPP.SSSSSSSS");
    EXPECT_EQ(colour_row(c, R"(#include "a.h")"), "PPPPPPPP.SSSSS");
    EXPECT_EQ(colour_row(c, "  #  define N 3"), "..PPPPPPPPP...N");
}

TEST(CRules, ADirectiveOnlyStartsALine) {
    std::vector<Span> spans;
    const std::string text = "#define N 3";
    EXPECT_EQ(highlight(c, text, State::Normal, RowStart::Continuation, spans), State::Normal);
    EXPECT_EQ(testing::letters(text, spans), "..........N");
}

} // namespace
} // namespace trio::syntax
