// Tests how trio-bench recognises an editor's first complete screen, for trio's layout, a
// peer's known layout and a --peer whose layout is found.
#include "bench/trio_bench/scenario_support.hpp"

#include <gtest/gtest.h>

namespace trio::bench {
namespace {

BenchFile file_of(int lines) {
    BenchFile file;
    file.label = "test";
    file.path = "/var/tmp/trio-bench/lines.txt";
    for (int i = 1; i <= lines; ++i) {
        file.first_lines.push_back("line " + std::to_string(i));
    }
    file.first_line = file.first_lines.front();
    return file;
}

// A 10-row screen with `lines` of the file from row `top`, and `name_row` naming the file.
std::vector<std::string> screen(int top, int lines, int name_row) {
    std::vector<std::string> rows(10, "");
    for (int i = 0; i < lines; ++i) {
        rows[static_cast<std::size_t>(top + i)] = "line " + std::to_string(i + 1) + "   ";
    }
    if (name_row >= 0) {
        rows[static_cast<std::size_t>(name_row)] = " lines.txt  Ln 1/40";
    }
    return rows;
}

BenchEditor layout(int first_text_row, int text_rows) {
    BenchEditor editor;
    editor.first_text_row = first_text_row;
    editor.text_rows = text_rows;
    return editor;
}

TEST(FirstScreen, NeedsEveryTextRowAndTheFileName) {
    const auto file = file_of(40);
    const auto editor = layout(0, 7);
    EXPECT_TRUE(shows_first_screen(screen(0, 7, 8), editor, file));
    EXPECT_FALSE(shows_first_screen(screen(0, 6, 8), editor, file));  // drawn half-way
    EXPECT_FALSE(shows_first_screen(screen(0, 7, -1), editor, file)); // no status line yet
    EXPECT_FALSE(shows_first_screen(screen(1, 7, 8), editor, file));  // on the wrong rows
}

TEST(FirstScreen, AShortFileNeedsOnlyItsLines) {
    EXPECT_TRUE(shows_first_screen(screen(1, 3, 0), layout(1, 7), file_of(3)));
}

TEST(FirstScreen, APeersTextIsFoundWhereverItStarts) {
    const auto file = file_of(40);
    const auto peer = layout(-1, 0);
    EXPECT_TRUE(shows_first_screen(screen(2, 7, 0), peer, file)); // checks what fits
    EXPECT_FALSE(shows_first_screen(screen(2, 3, 0), peer, file));
    EXPECT_FALSE(shows_first_screen(screen(0, 0, 9), peer, file));
}

} // namespace
} // namespace trio::bench
