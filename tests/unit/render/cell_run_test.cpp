// Tests for the cell-run helpers: glyph cells and clipping that never halves a wide character.
#include "editor/render/cell_run.hpp"
#include "render_test_helpers.hpp"

#include <gtest/gtest.h>

namespace trio::render {
namespace {

using testing::run_attrs;
using testing::run_text;

TEST(CellRun, WideCharacterIsOneCellPlusContinuation) {
    const std::string line = "中";
    const text::Glyph glyph = text::next_glyph(line, 0, 0, 8);
    const CellRun cells = glyph_cells(line, 0, glyph, Attr::Normal, Attr::Special);
    ASSERT_EQ(cells.size(), 2u);
    EXPECT_EQ(cells[0], (Cell{"中", 2, Attr::Normal}));
    EXPECT_EQ(cells[1], (Cell{"", 0, Attr::Normal}));
}

TEST(CellRun, NotationIsOneAsciiCharacterPerSpecialCell) {
    const std::string line = "\x1b";
    const text::Glyph glyph = text::next_glyph(line, 0, 0, 8);
    const CellRun cells = glyph_cells(line, 0, glyph, Attr::Normal, Attr::Special);
    EXPECT_EQ(run_text(cells), "^[");
    EXPECT_EQ(run_attrs(cells), "SS");
}

TEST(CellRun, FieldCellsKeepTheFieldAttributeForNotations) {
    const CellRun cells = field_cells("a\x01", Attr::StatusBar, 8);
    EXPECT_EQ(run_text(cells), "a^A");
    EXPECT_EQ(run_attrs(cells), "BBB");
}

TEST(CellRun, FieldCellsExpandTabsFromColumnZero) {
    EXPECT_EQ(run_text(field_cells("ab\tc", Attr::Message, 4)), "ab  c");
}

TEST(CellRun, ClipRightDropsAWideCharacterThatLosesItsContinuation) {
    CellRun cells = field_cells("a中b", Attr::Normal, 8);
    clip_right(cells, 2);
    EXPECT_EQ(run_text(cells), "a");
    cells = field_cells("a中b", Attr::Normal, 8);
    clip_right(cells, 3);
    EXPECT_EQ(run_text(cells), "a中");
    EXPECT_EQ(cells.size(), 3u);
}

TEST(CellRun, ClipLeftNeverStartsWithAContinuation) {
    CellRun cells = field_cells("中文b", Attr::Normal, 8);
    clip_left(cells, 4);
    EXPECT_EQ(run_text(cells), "文b");
    EXPECT_EQ(cells.size(), 3u);
    cells = field_cells("中文b", Attr::Normal, 8);
    clip_left(cells, 2);
    EXPECT_EQ(run_text(cells), "b");
}

TEST(CellRun, ClippingToZeroLeavesNothing) {
    CellRun cells = field_cells("中b", Attr::Normal, 8);
    clip_right(cells, 0);
    EXPECT_TRUE(cells.empty());
    cells = field_cells("中b", Attr::Normal, 8);
    clip_left(cells, 0);
    EXPECT_TRUE(cells.empty());
}

} // namespace
} // namespace trio::render
