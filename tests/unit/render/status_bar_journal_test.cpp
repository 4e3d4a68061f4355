// Tests for the journal's state on the status bar: after the markers, an error when it is a
// problem, and the first thing to go on a narrow screen unless it is a problem.
#include "editor/render/status_bar.hpp"
#include "render_test_helpers.hpp"

#include <gtest/gtest.h>

namespace trio::render {
namespace {

using testing::run_attrs;
using testing::run_text;
using testing::wide_cells_are_whole;

constexpr std::string_view right = "Ln 3/10, Col 5  threads   "; // 26 columns

enum class Problem { No, Yes };

protocol::ViewMessage journal_view(std::string state, Problem problem = Problem::No) {
    protocol::ViewMessage view;
    view.file_name = "a.txt";
    view.cursor_line = 3;
    view.line_count = 10;
    view.cursor_display_column = 5;
    view.modified = true;
    view.journal_state = std::move(state);
    view.journal_problem = problem == Problem::Yes;
    return view;
}

TEST(StatusBarJournal, TheJournalStateFollowsTheModifiedMarker) {
    const CellRun row = status_bar(journal_view("journaled"), 60, 8);
    EXPECT_EQ(run_text(row), " a.txt [+] journaled" + std::string(14, ' ') + std::string(right));
    EXPECT_EQ(run_attrs(row), std::string(60, 'B'));
}

TEST(StatusBarJournal, AnEmptyStateAddsNothing) {
    EXPECT_EQ(run_text(status_bar(journal_view(""), 60, 8)),
              " a.txt [+]" + std::string(24, ' ') + std::string(right));
}

TEST(StatusBarJournal, AProblemIsDrawnAsAnError) {
    const CellRun row = status_bar(journal_view("journal failed", Problem::Yes), 60, 8);
    EXPECT_EQ(run_text(row),
              " a.txt [+] journal failed" + std::string(9, ' ') + std::string(right));
    EXPECT_EQ(run_attrs(row), std::string(11, 'B') + std::string(14, 'E') + std::string(35, 'B'));
}

TEST(StatusBarJournal, TheReadOnlyMarkerComesBeforeTheJournalState) {
    protocol::ViewMessage view = journal_view("not journaled");
    view.read_only = true;
    EXPECT_TRUE(
        run_text(status_bar(view, 80, 8)).starts_with(" a.txt [+] [read-only] not journaled"));
}

TEST(StatusBarJournal, OnANarrowScreenTheStateGoesBeforeTheName) {
    // " " + "[+]" + " journaled" + the name's first 8 (here all 5) columns: 20 of them.
    EXPECT_EQ(run_text(status_bar(journal_view("journaled"), 26 + 1 + 20, 8)),
              " a.txt [+] journaled " + std::string(right));
    EXPECT_EQ(run_text(status_bar(journal_view("journaled"), 26 + 1 + 19, 8)),
              " a.txt [+]" + std::string(10, ' ') + std::string(right));
}

TEST(StatusBarJournal, AProblemStaysOnANarrowScreenAndShortensTheName) {
    EXPECT_EQ(run_text(status_bar(journal_view("journal failed", Problem::Yes), 49, 8)),
              " <t [+] journal failed " + std::string(right));
}

TEST(StatusBarJournal, AProblemTooWideEvenWithoutTheNameDoesNotTakeTheModifiedMarkerWithIt) {
    // 5 columns left: " [+]" fits, " [+] journal failed" does not.
    EXPECT_EQ(run_text(status_bar(journal_view("journal failed", Problem::Yes), 32, 8)),
              "  [+] " + std::string(right));
}

TEST(StatusBarJournal, TheRowIsAlwaysExactlyTheScreensWidth) {
    for (const Problem problem : {Problem::No, Problem::Yes}) {
        protocol::ViewMessage view = journal_view("journal 12 s behind", problem);
        view.file_name = "中文/名字.txt";
        for (std::uint16_t columns = 0; columns <= 100; ++columns) {
            const CellRun row = status_bar(view, columns, 8);
            ASSERT_EQ(row.size(), columns);
            EXPECT_TRUE(wide_cells_are_whole(row)) << columns << " columns";
        }
    }
}

} // namespace
} // namespace trio::render
