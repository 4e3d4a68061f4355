// Unit tests for the view builder: what input sends render, and that it stays screen-sized.
#include "editor/view/view_builder.hpp"

#include <gtest/gtest.h>

namespace trio::view {
namespace {

using document::Document;

ViewSource source_for(const Document& doc, std::uint64_t cursor) {
    return ViewSource{doc,   ByteOffset(cursor),        8,  "f.txt", false,
                      false, protocol::Design::Threads, "", false,   protocol::Prompt::None,
                      ""};
}

TEST(ViewBuilder, CrLfIsNotShownAndLinesOfAHugeFileAreCountedOnlyWhenKnown) {
    const Document doc("one\r\ntwo\r\n");
    const protocol::ViewMessage view = build_view(source_for(doc, 0), Viewport{}, {6, 20});
    ASSERT_EQ(view.lines.size(), 3U);
    EXPECT_EQ(view.lines[0].text, "one");
    EXPECT_EQ(view.lines[1].text, "two");
    EXPECT_EQ(view.line_count, 3U);

    std::string big;
    for (int i = 0; i < 400'000; ++i) {
        big += "a line of text\n"; // 6 MB
    }
    const Document huge(big);
    const protocol::ViewMessage first = build_view(source_for(huge, 0), Viewport{}, {6, 20});
    EXPECT_EQ(first.lines.size(), 3U);
    EXPECT_EQ(first.line_count, 0U); // not counted yet: shown as "?"
    EXPECT_FALSE(huge.lines_indexed());
}

TEST(ViewBuilder, OnlyTheVisiblePartOfAVeryLongLineIsCopied) {
    const Document doc(std::string(5'000'000, 'x'));
    const protocol::ViewMessage view = build_view(source_for(doc, 0), Viewport{}, {6, 20});
    ASSERT_EQ(view.lines.size(), 1U);
    EXPECT_EQ(view.lines[0].text, std::string(20, 'x'));
}

TEST(ViewBuilder, ClipLineKeepsOnlyTheVisibleColumns) {
    const auto line = clip_line("hello world", DisplayColumn(6), 3, 8);
    EXPECT_EQ(line.text, "wor");
    EXPECT_EQ(line.first_column, DisplayColumn(6));
}

TEST(ViewBuilder, ClipLineStartsAtAWideCharacterStraddlingTheLeftEdge) {
    // 中 covers columns 0-1, 文 2-3: column 1 is inside 中.
    const auto line = clip_line("中文x", DisplayColumn(1), 2, 8);
    EXPECT_EQ(line.text, "中文");
    EXPECT_EQ(line.first_column, DisplayColumn(0));
}

TEST(ViewBuilder, ScrollsDownAndRightToShowTheCursor) {
    std::string text;
    for (int i = 0; i < 100; ++i) {
        text += std::string(200, 'a') + "\n";
    }
    Document doc(text);
    const protocol::TerminalSize size{10, 40}; // 7 text rows
    Viewport viewport{};
    const std::uint64_t cursor = 201 * 50 + 150;
    scroll_to_cursor(viewport, source_for(doc, cursor), size);
    EXPECT_EQ(viewport.first_line, LineIndex(44));
    EXPECT_EQ(viewport.left_column, DisplayColumn(111));
    const auto view = build_view(source_for(doc, cursor), viewport, size);
    EXPECT_EQ(view.lines.size(), 7u);
    EXPECT_EQ(view.cursor_row, 6u);
    EXPECT_EQ(view.cursor_column, 39u);
    EXPECT_EQ(view.cursor_line, 51u);
    EXPECT_EQ(view.cursor_display_column, 151u);
}

TEST(ViewBuilder, ViewSizeDoesNotGrowWithTheFile) {
    const protocol::TerminalSize size{24, 80};
    auto view_bytes = [&](std::size_t lines) {
        std::string text;
        for (std::size_t i = 0; i < lines; ++i) {
            text += std::string(300, 'x') + "\n";
        }
        Document doc(text);
        Viewport viewport{};
        const auto view = build_view(source_for(doc, 0), viewport, size);
        std::size_t bytes = 0;
        for (const auto& line : view.lines) {
            bytes += line.text.size();
        }
        return bytes;
    };
    EXPECT_EQ(view_bytes(100), view_bytes(20000));
    EXPECT_EQ(view_bytes(100), 21u * 80u);
}

TEST(ViewBuilder, ShortFileShowsOnlyItsLines) {
    Document doc("a\nb");
    Viewport viewport{};
    const auto view = build_view(source_for(doc, 3), viewport, {24, 80});
    ASSERT_EQ(view.lines.size(), 2u);
    EXPECT_EQ(view.lines[1].text, "b");
    EXPECT_EQ(view.cursor_row, 1u);
    EXPECT_EQ(view.cursor_column, 1u);
    EXPECT_EQ(view.line_count, 2u);
}

} // namespace
} // namespace trio::view
