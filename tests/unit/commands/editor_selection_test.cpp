// Unit tests for the selection, the mouse calls and the view toggles of the editing session.
#include "editor/commands/editor.hpp"
#include "tests/unit/commands/editor_test_support.hpp"

#include <gtest/gtest.h>

namespace trio::commands {
namespace {

using document::ByteOffset;
using document::ByteRange;
using testing::make_editor;
using testing::type;

ByteRange range(std::uint64_t begin, std::uint64_t end) {
    return ByteRange{ByteOffset(begin), ByteOffset(end)};
}

TEST(EditorSelection, ShiftArrowsExtendFromTheAnchorAndAPlainMotionClearsIt) {
    Editor editor = make_editor("hello\nworld");
    type(editor, "<right><s-right><s-right>");
    EXPECT_EQ(editor.selection(), range(1, 3));
    type(editor, "<s-down>");
    EXPECT_EQ(editor.selection(), range(1, 9));
    type(editor, "<s-up><s-left><s-left><s-left>");
    EXPECT_EQ(editor.selection(), range(0, 1)); // back past the anchor: the other side
    type(editor, "<down>");
    EXPECT_EQ(editor.selection(), std::nullopt);
}

TEST(EditorSelection, PlainLeftAndRightLandOnTheSelectionsEdges) {
    Editor editor = make_editor("abcdef");
    type(editor, "<right><s-right><s-right><s-right><left>");
    EXPECT_EQ(editor.cursor(), ByteOffset(1));
    EXPECT_EQ(editor.selection(), std::nullopt);
    type(editor, "<s-right><s-right><right>");
    EXPECT_EQ(editor.cursor(), ByteOffset(3));
}

TEST(EditorSelection, ShiftHomeEndAndControlShiftHomeEndSelectToLineAndFileEdges) {
    Editor editor = make_editor("one\ntwo\nthree");
    type(editor, "<down><right><s-end>");
    EXPECT_EQ(editor.selection(), range(5, 7));
    type(editor, "<s-home>");
    EXPECT_EQ(editor.selection(), range(4, 5));
    type(editor, "<c-s-end>");
    EXPECT_EQ(editor.selection(), range(5, 13));
    type(editor, "<c-s-home>");
    EXPECT_EQ(editor.selection(), range(0, 5));
    type(editor, "<c-s-right>");
    EXPECT_EQ(editor.selection(), range(3, 5)); // the anchor stays; the cursor moved a word
}

TEST(EditorSelection, ShiftPageKeysSelectAPage) {
    Editor editor = make_editor("1\n2\n3\n4\n5\n6");
    editor.set_page_rows(2);
    type(editor, "<s-pagedown>");
    EXPECT_EQ(editor.selection(), range(0, 4));
    type(editor, "<s-pageup>");
    EXPECT_EQ(editor.selection(), std::nullopt); // back at the anchor: nothing selected
}

TEST(EditorSelection, TypingReplacesTheSelectionAsOneUndoStep) {
    Editor editor = make_editor("hello world");
    type(editor, "<c-right><s-c-right>");
    EXPECT_EQ(editor.selection(), range(5, 11));
    type(editor, "X");
    EXPECT_EQ(editor.document().text(), "helloX");
    EXPECT_EQ(editor.selection(), std::nullopt);
    type(editor, "<c-z>");
    EXPECT_EQ(editor.document().text(), "hello world");
    EXPECT_FALSE(editor.modified());
}

TEST(EditorSelection, EnterTabAndPasteReplaceTheSelection) {
    Editor editor = make_editor("abc");
    type(editor, "<s-right><ret>");
    EXPECT_EQ(editor.document().text(), "\nbc");
    type(editor, "<s-right><tab>");
    EXPECT_EQ(editor.document().text(), "\n\tc");
    type(editor, "<s-right><paste>x\ny</paste>");
    EXPECT_EQ(editor.document().text(), "\n\tx\ny");
}

TEST(EditorSelection, BackspaceAndDeleteDeleteTheSelection) {
    Editor editor = make_editor("abcdef");
    type(editor, "<s-right><s-right><backspace>");
    EXPECT_EQ(editor.document().text(), "cdef");
    type(editor, "<right><s-right><del>");
    EXPECT_EQ(editor.document().text(), "cef");
    EXPECT_EQ(editor.cursor(), ByteOffset(1));
}

TEST(EditorSelection, ControlASelectsAllAndDeleteEmptiesTheFile) {
    Editor editor = make_editor("a\nb\n");
    type(editor, "<c-a>");
    EXPECT_EQ(editor.selection(), range(0, 4));
    type(editor, "<del>");
    EXPECT_EQ(editor.document().text(), "");
}

TEST(EditorSelection, ClickMovesTheCursorAndDragSelectsFromTheClick) {
    Editor editor = make_editor("hello\nworld");
    type(editor, "<s-right>");
    editor.click_at(ByteOffset(2));
    EXPECT_EQ(editor.cursor(), ByteOffset(2));
    EXPECT_EQ(editor.selection(), std::nullopt);
    editor.drag_to(ByteOffset(8));
    editor.drag_to(ByteOffset(9));
    EXPECT_EQ(editor.selection(), range(2, 9));
    EXPECT_EQ(editor.cursor(), ByteOffset(9));
    editor.drag_to(ByteOffset(1));
    EXPECT_EQ(editor.selection(), range(1, 2));
    editor.click_at(ByteOffset(1000)); // past the end: clamped
    EXPECT_EQ(editor.cursor(), ByteOffset(11));
}

TEST(EditorSelection, WheelMovesTheCursorKeepingItsColumn) {
    Editor editor = make_editor("abcd\nx\nabcd");
    type(editor, "<right><right><right>");
    editor.scroll_cursor(2);
    EXPECT_EQ(editor.cursor(), ByteOffset(7 + 3));
    editor.scroll_cursor(-1);
    EXPECT_EQ(editor.cursor(), ByteOffset(6));
}

TEST(EditorSelection, AltNAndAltWToggleLineNumbersAndSoftWrapFromTheConfig) {
    EditorConfig config{.path = "f.txt", .line_numbers = true};
    Editor editor(document::Document("x"), config);
    EXPECT_TRUE(editor.line_numbers());
    EXPECT_FALSE(editor.soft_wrap());
    type(editor, "<a-n>");
    EXPECT_FALSE(editor.line_numbers());
    EXPECT_EQ(editor.message(), "Line numbers off");
    type(editor, "<a-w>");
    EXPECT_TRUE(editor.soft_wrap());
    EXPECT_EQ(editor.message(), "Soft wrap on");
    EXPECT_EQ(editor.document().text(), "x");
}

} // namespace
} // namespace trio::commands
