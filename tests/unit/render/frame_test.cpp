// Tests for Frame: the cell grid layout() fills and Screens draw.
#include "editor/render/frame.hpp"

#include <gtest/gtest.h>

namespace trio::render {
namespace {

TEST(Frame, BlankFrameHoldsRowsTimesColumnsSpaces) {
    const Frame frame = blank_frame(3, 4);
    ASSERT_EQ(frame.cells.size(), 12u);
    for (const Cell& cell : frame.cells) {
        EXPECT_EQ(cell, (Cell{" ", 1, Attr::Normal}));
    }
    EXPECT_FALSE(frame.cursor_visible);
}

TEST(Frame, AtAddressesCellsRowByRow) {
    Frame frame = blank_frame(2, 3);
    frame.at(1, 2).text = "x";
    EXPECT_EQ(frame.cells[5].text, "x");
    EXPECT_EQ(frame.at(1, 2).text, "x");
}

TEST(Frame, RowTextSkipsContinuationCells) {
    Frame frame = blank_frame(1, 4);
    frame.at(0, 0) = Cell{"中", 2, Attr::Normal};
    frame.at(0, 1) = Cell{"", 0, Attr::Normal};
    frame.at(0, 2).text = "a";
    EXPECT_EQ(row_text(frame, 0), "中a ");
}

TEST(Frame, FramesWithDifferentCellsAreNotEqual) {
    Frame a = blank_frame(1, 2);
    Frame b = blank_frame(1, 2);
    EXPECT_EQ(a, b);
    b.at(0, 1).attr = Attr::Error;
    EXPECT_NE(a, b);
}

} // namespace
} // namespace trio::render
