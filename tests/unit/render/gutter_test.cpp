// Tests for the line-number gutter of a text row.
#include "editor/render/gutter.hpp"
#include "render_test_helpers.hpp"

#include <gtest/gtest.h>

namespace trio::render {
namespace {

using testing::run_attrs;
using testing::run_text;

CellRun gutter_of(std::size_t width, std::uint64_t number) {
    CellRun cells(width, Cell{"x", 1, Attr::Keyword});
    draw_gutter(cells, number, Attr::LineNumber);
    return cells;
}

TEST(Gutter, NumberIsRightAlignedBeforeOneBlank) {
    EXPECT_EQ(run_text(gutter_of(5, 42)), "  42 ");
    EXPECT_EQ(run_attrs(gutter_of(5, 42)), "NNLLN");
    EXPECT_EQ(run_text(gutter_of(4, 999)), "999 ");
}

TEST(Gutter, NumberZeroLeavesItBlank) {
    EXPECT_EQ(run_text(gutter_of(4, 0)), "    ");
    EXPECT_EQ(run_attrs(gutter_of(4, 0)), "NNNN");
}

TEST(Gutter, ANumberTooLongKeepsItsLastDigits) {
    EXPECT_EQ(run_text(gutter_of(3, 12345)), "45 ");
    EXPECT_EQ(run_text(gutter_of(1, 7)), " ");
    EXPECT_TRUE(gutter_of(0, 7).empty());
}

} // namespace
} // namespace trio::render
