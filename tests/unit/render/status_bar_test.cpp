// Tests for the status bar row: markers, the design label, and shortening of long names.
#include "editor/render/status_bar.hpp"
#include "render_test_helpers.hpp"

#include <gtest/gtest.h>

namespace trio::render {
namespace {

using testing::run_attrs;
using testing::run_text;
using testing::wide_cells_are_whole;

protocol::ViewMessage status_view(std::string file_name) {
    protocol::ViewMessage view;
    view.file_name = std::move(file_name);
    view.cursor_line = 3;
    view.line_count = 10;
    view.cursor_display_column = 5;
    return view;
}

TEST(StatusBar, ThreadsDesignShowsNameLeftAndPositionRight) {
    const CellRun row = status_bar(status_view("a.txt"), 40, 8);
    EXPECT_EQ(run_text(row), " a.txt" + std::string(8, ' ') + "Ln 3/10, Col 5  threads   ");
    EXPECT_EQ(run_attrs(row), std::string(40, 'B'));
}

TEST(StatusBar, ProcessesLabelIsAsWideAsThreadsLabel) {
    protocol::ViewMessage view = status_view("a.txt");
    view.design = protocol::Design::Processes;
    EXPECT_EQ(run_text(status_bar(view, 40, 8)),
              " a.txt" + std::string(8, ' ') + "Ln 3/10, Col 5  processes ");
    EXPECT_EQ(status_right_text(view).size(), status_right_text(status_view("a.txt")).size());
}

TEST(StatusBar, LinesNotCountedYetShowAsAQuestionMark) {
    protocol::ViewMessage view = status_view("a.txt");
    view.line_count = 0;
    EXPECT_EQ(status_right_text(view), "Ln 3/?, Col 5  threads   ");
}

TEST(StatusBar, ModifiedAndReadOnlyMarkersFollowTheName) {
    protocol::ViewMessage view = status_view("a.txt");
    view.modified = true;
    view.read_only = true;
    EXPECT_EQ(run_text(status_bar(view, 60, 8)),
              " a.txt [+] [read-only]" + std::string(12, ' ') + "Ln 3/10, Col 5  threads   ");
}

TEST(StatusBar, LongNameIsShortenedFromTheLeftWithALessThanSign) {
    protocol::ViewMessage view = status_view("/home/someone/projects/trio/notes.txt");
    view.modified = true;
    // 38 columns: 26 for the right part, 1 blank, 11 for " " + "<" + name + " [+]".
    EXPECT_EQ(run_text(status_bar(view, 38, 8)), " <s.txt [+] Ln 3/10, Col 5  threads   ");
}

TEST(StatusBar, ChineseNameIsShortenedByDisplayWidth) {
    const protocol::ViewMessage view = status_view("文件/中文名字.txt");
    // Right part 26 cells, 1 blank; 8 are left: " " + "<" + 6 cells of the name's end.
    const CellRun row = status_bar(view, 35, 8);
    ASSERT_EQ(row.size(), 35u);
    EXPECT_EQ(run_text(row), " <字.txt Ln 3/10, Col 5  threads   ");
    EXPECT_TRUE(wide_cells_are_whole(row));
}

TEST(StatusBar, ChineseNameNeverLeavesHalfACharacter) {
    const protocol::ViewMessage view = status_view("中文中文中文中文.txt");
    for (std::uint16_t columns = 20; columns <= 60; ++columns) {
        const CellRun row = status_bar(view, columns, 8);
        ASSERT_EQ(row.size(), columns);
        EXPECT_TRUE(wide_cells_are_whole(row)) << columns << " columns";
    }
}

TEST(StatusBar, MarkersOutlastTheNameAndAreNeverCut) {
    protocol::ViewMessage view = status_view("中文名字.txt");
    view.modified = true;
    // 26 for the right part, 1 blank, 5 left: " " + " [+]" fits, "<" does not.
    EXPECT_EQ(run_text(status_bar(view, 32, 8)), "  [+] Ln 3/10, Col 5  threads   ");
    // 4 left: half a marker would mean nothing, so only the blank remains.
    EXPECT_EQ(run_text(status_bar(view, 31, 8)), "     Ln 3/10, Col 5  threads   ");
}

TEST(StatusBar, ANarrowTerminalDropsTheDesignLabelBeforeThePosition) {
    EXPECT_EQ(run_text(status_bar(status_view("a.txt"), 25, 8)), " a.txt    Ln 3/10, Col 5 ");
    EXPECT_EQ(run_text(status_bar(status_view("a.txt"), 20, 8)), " <xt Ln 3/10, Col 5 ");
}

TEST(StatusBar, PositionWiderThanTheTerminalIsCutAtTheRightEdge) {
    const CellRun row = status_bar(status_view("a.txt"), 10, 8);
    EXPECT_EQ(run_text(row), "Ln 3/10, C");
}

TEST(StatusBar, ControlBytesInTheFileNameAreShownAsNotation) {
    const CellRun row = status_bar(status_view("x\x1b[2Jy"), 40, 8);
    EXPECT_EQ(run_text(row).substr(0, 8), " x^[[2Jy");
    EXPECT_EQ(run_attrs(row), std::string(40, 'B'));
}

TEST(StatusBar, EmptyNameStillShowsTheRightPart) {
    EXPECT_EQ(run_text(status_bar(status_view(""), 27, 8)), " Ln 3/10, Col 5  threads   ");
}

} // namespace
} // namespace trio::render
