// Tests for a panel (the F2 runtime panel) in the view: it takes the text rows, and only them.
#include "editor/view/view_builder.hpp"

#include <gtest/gtest.h>

namespace trio::view {
namespace {

using document::Document;

ViewSource source_for(const Document& doc, std::uint64_t cursor, std::vector<std::string> panel) {
    ViewSource source{doc,   ByteOffset(cursor),        8,  "f.txt", true,
                      false, protocol::Design::Threads, "", false,   protocol::Prompt::None,
                      ""};
    source.panel = std::move(panel);
    return source;
}

std::vector<std::string> texts(const protocol::ViewMessage& view) {
    std::vector<std::string> out;
    for (const protocol::ViewLine& line : view.lines) {
        out.push_back(line.text);
    }
    return out;
}

TEST(ViewPanel, WithoutAPanelTheDocumentIsShown) {
    const Document doc("one\ntwo");
    const auto view = build_view(source_for(doc, 0, {}), Viewport{}, {8, 20});
    EXPECT_EQ(texts(view), (std::vector<std::string>{"one", "two"}));
}

TEST(ViewPanel, ThePanelReplacesTheTextRowsFromTheTop) {
    const Document doc("one\ntwo\nthree\nfour\nfive\nsix");
    const std::vector<std::string> panel{"trio: 3 threads", "", "F2 or Esc closes this panel"};
    const auto view = build_view(source_for(doc, 0, panel), Viewport{}, {8, 40}); // 5 text rows
    EXPECT_EQ(texts(view), panel); // rows below the panel stay blank
    for (const protocol::ViewLine& line : view.lines) {
        EXPECT_EQ(line.first_column, DisplayColumn(0));
    }
}

TEST(ViewPanel, TheCursorIsParkedAtTheEndOfThePanel) {
    const Document doc("one\ntwo");
    const auto view =
        build_view(source_for(doc, 5, {"title", "", "中文 closes"}), Viewport{}, {8, 40});
    EXPECT_EQ(view.cursor_row, 2u);
    EXPECT_EQ(view.cursor_column, 11u); // display columns, not bytes
}

TEST(ViewPanel, StatusAndMessageStayTheDocuments) {
    const Document doc("one\ntwo");
    ViewSource source = source_for(doc, 5, {"panel"});
    source.message = "Search: tw";
    source.prompt = protocol::Prompt::Search;
    const auto view = build_view(source, Viewport{}, {8, 40});
    EXPECT_EQ(view.cursor_line, 2u); // the document's cursor, for the status bar
    EXPECT_EQ(view.cursor_display_column, 2u);
    EXPECT_EQ(view.line_count, 2u);
    EXPECT_TRUE(view.modified);
    EXPECT_EQ(view.message, "Search: tw");
    EXPECT_EQ(view.prompt, protocol::Prompt::Search);
}

TEST(ViewPanel, APanelTallerThanTheTextRowsIsCut) {
    const Document doc("x");
    const std::vector<std::string> panel{"1", "2", "3", "4", "5", "6", "7"};
    const auto view = build_view(source_for(doc, 0, panel), Viewport{}, {7, 20}); // 4 text rows
    EXPECT_EQ(texts(view), (std::vector<std::string>{"1", "2", "3", "4"}));
    EXPECT_EQ(view.cursor_row, 3u);
    EXPECT_EQ(view.cursor_column, 1u);
}

TEST(ViewPanel, WideRowsAreCutAtTheScreenEdgeAndTheHorizontalScrollIsIgnored) {
    const Document doc(std::string(200, 'a'));
    const protocol::TerminalSize size{6, 20};
    Viewport viewport{};
    ViewSource source = source_for(doc, 150, {std::string(30, 'p')});
    scroll_to_cursor(viewport, source, size);
    ASSERT_GT(viewport.left_column.value, 0);
    const auto view = build_view(source, viewport, size);
    EXPECT_EQ(view.left_column, DisplayColumn(0));
    EXPECT_EQ(texts(view), (std::vector<std::string>{std::string(20, 'p')}));
    EXPECT_EQ(view.cursor_column, 19u); // inside the screen, on the last column
    EXPECT_EQ(view.cursor_display_column, 151u);
}

TEST(ViewPanel, NoTextRowsShowNothingOfThePanel) {
    const Document doc("x");
    const auto view = build_view(source_for(doc, 0, {"panel"}), Viewport{}, {3, 20});
    EXPECT_TRUE(view.lines.empty());
    EXPECT_EQ(view.cursor_row, 0u);
    EXPECT_EQ(view.cursor_column, 0u);
}

} // namespace
} // namespace trio::view
