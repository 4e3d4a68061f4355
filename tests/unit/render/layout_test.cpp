// Tests for layout(): the whole screen from a ViewMessage, at every size.
#include "editor/render/layout.hpp"
#include "render_test_helpers.hpp"

#include <gtest/gtest.h>

namespace trio::render {
namespace {

using protocol::DisplayColumn;
using protocol::TerminalSize;
using testing::frame_row;
using testing::holds_raw_control;
using testing::run_attrs;
using testing::view_of;
using testing::wide_cells_are_whole;

TEST(Layout, RowsAreTextThenStatusMessageAndHints) {
    protocol::ViewMessage view = view_of({"first", "second"});
    view.message = "Saved 2 lines";
    const Frame frame = layout(view, {6, 30}, {});
    ASSERT_EQ(frame.rows, 6);
    ASSERT_EQ(frame.columns, 30);
    EXPECT_EQ(row_text(frame, 0), "first" + std::string(25, ' '));
    EXPECT_EQ(row_text(frame, 1), "second" + std::string(24, ' '));
    EXPECT_EQ(row_text(frame, 2), std::string(30, ' '));
    EXPECT_EQ(row_text(frame, 3), " <xt Ln 1/2, Col 1  threads   ");
    EXPECT_EQ(run_attrs(frame_row(frame, 3)), std::string(30, 'B'));
    EXPECT_EQ(row_text(frame, 4), "Saved 2 lines" + std::string(17, ' '));
    EXPECT_EQ(row_text(frame, 5), "^S Save  ^Q Quit  ^F Find     ");
}

TEST(Layout, StatusBarShowsTheWholeStatusWhenItFits) {
    protocol::ViewMessage view = view_of({"x"});
    view.cursor_line = 1;
    view.cursor_display_column = 1;
    const Frame frame = layout(view, {5, 40}, {});
    EXPECT_EQ(row_text(frame, 2), " notes.txt" + std::string(5, ' ') + "Ln 1/1, Col 1  threads   ");
}

TEST(Layout, LinesBeyondTheTextAreaAreNotDrawn) {
    const Frame frame = layout(view_of({"a", "b", "c", "d"}), {5, 20}, {});
    EXPECT_EQ(row_text(frame, 0).substr(0, 1), "a");
    EXPECT_EQ(row_text(frame, 1).substr(0, 1), "b");
    EXPECT_NE(row_text(frame, 2).find("Ln "), std::string::npos); // the status bar, not "c"
}

TEST(Layout, ScrolledViewDrawsFromTheLeftColumn) {
    protocol::ViewMessage view = view_of({});
    view.left_column = DisplayColumn(5);
    view.lines.push_back({"中abc", DisplayColumn(4)}); // 中 covers columns 4-5
    const Frame frame = layout(view, {5, 20}, {});
    EXPECT_EQ(row_text(frame, 0).substr(0, 4), " abc");
}

TEST(Layout, TabWidthComesFromTheOptions) {
    const protocol::ViewMessage view = view_of({"a\tb"});
    EXPECT_EQ(row_text(layout(view, {5, 20}, {.tab_width = 4}), 0).substr(0, 5), "a   b");
    EXPECT_EQ(row_text(layout(view, {5, 20}, {.tab_width = 8}), 0).substr(0, 9), "a       b");
    EXPECT_EQ(row_text(layout(view, {5, 20}, {.tab_width = 0}), 0).substr(0, 3), "a b");
}

TEST(Layout, ErrorMessageUsesTheErrorAttribute) {
    protocol::ViewMessage view = view_of({});
    view.message = "No space";
    view.message_is_error = true;
    EXPECT_EQ(run_attrs(frame_row(layout(view, {5, 20}, {}), 3)).substr(0, 9), "EEEEEEEEN");
    view.message_is_error = false;
    EXPECT_EQ(run_attrs(frame_row(layout(view, {5, 20}, {}), 3)).substr(0, 9), "MMMMMMMMN");
}

TEST(Layout, MessageIsCutByDisplayWidthNeverHalvingAWideCharacter) {
    protocol::ViewMessage view = view_of({});
    view.message = "保存失败：磁盘已满，请稍后再试"; // 15 wide characters, 30 cells
    const Frame frame = layout(view, {5, 21}, {});
    const CellRun row = frame_row(frame, 3);
    EXPECT_EQ(row_text(frame, 3), "保存失败：磁盘已满， ");
    EXPECT_TRUE(wide_cells_are_whole(row));
}

TEST(Layout, CursorSitsAtTheViewCursor) {
    protocol::ViewMessage view = view_of({"hello", "world"});
    view.cursor_row = 1;
    view.cursor_column = 3;
    const Frame frame = layout(view, {6, 30}, {});
    EXPECT_TRUE(frame.cursor_visible);
    EXPECT_EQ(frame.cursor_row, 1);
    EXPECT_EQ(frame.cursor_column, 3);
}

TEST(Layout, CursorIsClampedIntoTheTextArea) {
    protocol::ViewMessage view = view_of({"hello"});
    view.cursor_row = 40;
    view.cursor_column = 400;
    const Frame frame = layout(view, {6, 30}, {});
    EXPECT_EQ(frame.cursor_row, 2); // last text row: rows 0-2 are text
    EXPECT_EQ(frame.cursor_column, 29);
}

TEST(Layout, PromptPutsTheCursorAfterTheMessage) {
    protocol::ViewMessage view = view_of({"hello"});
    view.cursor_row = 0;
    view.message = "保存? (y/n) "; // 2 wide + 8 narrow = 12 cells
    view.prompt = protocol::Prompt::Question;
    const Frame frame = layout(view, {6, 30}, {});
    EXPECT_TRUE(frame.cursor_visible);
    EXPECT_EQ(frame.cursor_row, 4);
    EXPECT_EQ(frame.cursor_column, 12);
}

TEST(Layout, PromptCursorStaysOnScreenAfterALongMessage) {
    protocol::ViewMessage view = view_of({});
    view.message = std::string(50, 'q');
    view.prompt = protocol::Prompt::Question;
    const Frame frame = layout(view, {6, 30}, {});
    EXPECT_EQ(frame.cursor_column, 29);
}

TEST(Layout, NoteIsRightAlignedOnTheMessageRowWhenItFits) {
    protocol::ViewMessage view = view_of({});
    view.message = "Search: abc";
    view.prompt = protocol::Prompt::Search;
    view.note = "Searching… 42%";
    const Frame frame = layout(view, {6, 30}, {});
    EXPECT_EQ(row_text(frame, 4), "Search: abc     Searching… 42%");
    EXPECT_EQ(frame.cursor_column, 11); // the cursor stays after the answer
    EXPECT_EQ(row_text(frame, 5), "Enter Done  ^N Next           ");
    view.message = std::string(20, 'm'); // no room for both: the message wins
    EXPECT_EQ(row_text(layout(view, {6, 30}, {}), 4), std::string(20, 'm') + std::string(10, ' '));
}

TEST(Layout, TooFewRowsShowOnlyTheTooSmallText) {
    const Frame frame = layout(view_of({"text"}), {4, 80}, {});
    ASSERT_EQ(frame.cells.size(), 4u * 80u);
    EXPECT_EQ(row_text(frame, 0), "Terminal too small" + std::string(62, ' '));
    for (std::uint16_t r = 1; r < 4; ++r) {
        EXPECT_EQ(row_text(frame, r), std::string(80, ' '));
    }
    EXPECT_FALSE(frame.cursor_visible);
}

TEST(Layout, TooFewColumnsCutTheTooSmallText) {
    const Frame frame = layout(view_of({"text"}), {24, 10}, {});
    EXPECT_EQ(row_text(frame, 0), "Terminal t");
    EXPECT_EQ(row_text(frame, 1), std::string(10, ' '));
    EXPECT_FALSE(frame.cursor_visible);
}

TEST(Layout, EverySmallSizeGivesAWellFormedFrame) {
    protocol::ViewMessage view = view_of({"中文\tx\x01", "\x80"});
    view.message = "消息";
    view.file_name = "文件.txt";
    view.cursor_row = 9;
    view.cursor_column = 99;
    for (std::uint16_t rows = 0; rows <= 6; ++rows) {
        for (std::uint16_t columns = 0; columns <= 25; ++columns) {
            SCOPED_TRACE(std::to_string(rows) + "x" + std::to_string(columns));
            const Frame frame = layout(view, {rows, columns}, {});
            ASSERT_EQ(frame.rows, rows);
            ASSERT_EQ(frame.columns, columns);
            ASSERT_EQ(frame.cells.size(), std::size_t{rows} * columns);
            const bool small = rows < min_rows || columns < min_columns;
            EXPECT_EQ(frame.cursor_visible, !small);
            if (small && rows > 0 && columns > 0) {
                EXPECT_EQ(row_text(frame, 0).substr(0, std::min<std::size_t>(columns, 18)),
                          std::string(too_small_text).substr(0, columns));
            }
            if (!small) {
                EXPECT_LT(frame.cursor_row, rows);
                EXPECT_LT(frame.cursor_column, columns);
            }
            for (std::uint16_t r = 0; r < rows; ++r) {
                EXPECT_TRUE(wide_cells_are_whole(frame_row(frame, r))) << "row " << r;
            }
        }
    }
}

TEST(Layout, NoCellHoldsARawControlByteAnywhere) {
    for (int byte = 0; byte < 256; ++byte) {
        const std::string bytes(1, static_cast<char>(byte));
        protocol::ViewMessage view = view_of({bytes, "a" + bytes + "b"});
        view.file_name = bytes;
        view.message = bytes;
        const Frame frame = layout(view, {8, 30}, {});
        for (const Cell& cell : frame.cells) {
            ASSERT_FALSE(holds_raw_control(cell.text)) << "byte " << byte;
        }
    }
}

} // namespace
} // namespace trio::render
