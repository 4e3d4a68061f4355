// Tests the shell colouring rules: comments, quoting, variables, keywords.
#include "syntax_test_helpers.hpp"

#include <gtest/gtest.h>

namespace trio::syntax {
namespace {

using testing::colour_row;
constexpr auto sh = protocol::Language::Shell;

TEST(ShellRules, ColoursKeywordsCommentsAndNumbers) {
    EXPECT_EQ(colour_row(sh, "if [ -f x ]; then exit 1; fi # end"),
              "KK...........KKKK.KKKK.N..KK.CCCCC");
    EXPECT_EQ(colour_row(sh, "echo a#b ${#x}"), "KKKK.....VVVVV");
}

TEST(ShellRules, ColoursVariablesInsideDoubleQuotesOnly) {
    EXPECT_EQ(colour_row(sh, R"(echo "$HOME/x" '$y')"), "KKKK.SVVVVVSSS.SSSS");
    EXPECT_EQ(colour_row(sh, R"(a="cost: \$5 $")"), "..SSSSSSSSSSSSS");
    EXPECT_EQ(colour_row(sh, "cp $1 ${dest:-/tmp} $@"), "...VV.VVVVVVVVVVVVV.VV");
}

TEST(ShellRules, LeavesKeywordsInsideLongerWordsPlain) {
    EXPECT_EQ(colour_row(sh, "done-list fifo $(date)"), "......................");
}

} // namespace
} // namespace trio::syntax
