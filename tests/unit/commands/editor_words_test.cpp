// Unit tests for word motion and deletion, auto-indent and spaces for tabs.
#include "editor/commands/editor.hpp"
#include "tests/unit/commands/editor_test_support.hpp"

#include <gtest/gtest.h>

namespace trio::commands {
namespace {

using document::ByteOffset;
using testing::make_editor;
using testing::type;

TEST(EditorWords, ControlArrowsMoveByWord) {
    Editor editor = make_editor("int main(void) {}");
    type(editor, "<c-right>");
    EXPECT_EQ(editor.cursor(), ByteOffset(3));
    type(editor, "<c-right><c-right>");
    EXPECT_EQ(editor.cursor(), ByteOffset(13));
    type(editor, "<c-left>");
    EXPECT_EQ(editor.cursor(), ByteOffset(9));
}

TEST(EditorWords, ControlBackspaceAndControlDeleteDeleteAWord) {
    Editor editor = make_editor("alpha beta, gamma");
    type(editor, "<c-end><c-backspace>");
    EXPECT_EQ(editor.document().text(), "alpha beta, ");
    type(editor, "<c-backspace>");
    EXPECT_EQ(editor.document().text(), "alpha ");
    type(editor, "<c-home><c-del>");
    EXPECT_EQ(editor.document().text(), " ");
    type(editor, "<c-z>");
    EXPECT_EQ(editor.document().text(), "alpha ");
}

TEST(EditorWords, EnterKeepsTheIndentationOfTheLine) {
    Editor editor = make_editor("\t  if (x) {");
    type(editor, "<end><ret>y;");
    EXPECT_EQ(editor.document().text(), "\t  if (x) {\n\t  y;");
    type(editor, "<home><ret>");
    EXPECT_EQ(editor.document().text(), "\t  if (x) {\n\n\t  y;"); // at column 0: none
}

TEST(EditorWords, APasteIsNotIndented) {
    Editor editor = make_editor("    x");
    type(editor, "<end><paste>a\nb</paste>");
    EXPECT_EQ(editor.document().text(), "    xa\nb");
}

TEST(EditorWords, TabInsertsSpacesToTheNextTabStopWhenConfigured) {
    EditorConfig config{.path = "f.txt", .tab_width = 4, .spaces_for_tabs = true};
    Editor editor(document::Document("ab"), config);
    type(editor, "<end><tab>");
    EXPECT_EQ(editor.document().text(), "ab  ");
    type(editor, "<tab>");
    EXPECT_EQ(editor.document().text(), "ab      ");
}

TEST(EditorWords, TabInsertsATabByDefault) {
    Editor editor = make_editor("ab");
    type(editor, "<tab>");
    EXPECT_EQ(editor.document().text(), "\tab");
}

} // namespace
} // namespace trio::commands
