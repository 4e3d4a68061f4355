// Unit tests for copy, cut, paste, Ctrl-K line collecting and Ctrl-D duplication.
#include "editor/commands/editor.hpp"
#include "editor/protocol/messages.hpp"
#include "tests/unit/commands/editor_test_support.hpp"

#include <gtest/gtest.h>

namespace trio::commands {
namespace {

using document::ByteOffset;
using testing::make_editor;
using testing::type;

TEST(EditorClipboard, CopyThenPasteInsertsTheSelectionAndOffersItToTheTerminal) {
    Editor editor = make_editor("hello world");
    type(editor, "<s-c-right><c-c>");
    EXPECT_EQ(editor.message(), "Copied 5 characters");
    EXPECT_EQ(editor.take_clipboard_copy(), "hello");
    EXPECT_EQ(editor.take_clipboard_copy(), std::nullopt); // taken once
    type(editor, "<c-end><c-v>");
    EXPECT_EQ(editor.document().text(), "hello worldhello");
    type(editor, "<c-z>");
    EXPECT_EQ(editor.document().text(), "hello world");
}

TEST(EditorClipboard, CopyWithoutASelectionCopiesTheLine) {
    Editor editor = make_editor("one\ntwo\n");
    type(editor, "<c-c>");
    EXPECT_EQ(editor.message(), "Copied 1 line");
    type(editor, "<c-v>");
    EXPECT_EQ(editor.document().text(), "one\none\ntwo\n");
}

TEST(EditorClipboard, CutRemovesTheSelectionOrTheLine) {
    Editor editor = make_editor("one\ntwo\nthree");
    type(editor, "<s-right><s-right><c-x>");
    EXPECT_EQ(editor.document().text(), "e\ntwo\nthree");
    EXPECT_EQ(editor.message(), "Cut 2 characters");
    type(editor, "<down><c-x>");
    EXPECT_EQ(editor.document().text(), "e\nthree");
    EXPECT_EQ(editor.message(), "Cut 1 line");
    type(editor, "<up><c-v>");
    EXPECT_EQ(editor.document().text(), "two\ne\nthree");
}

TEST(EditorClipboard, ConsecutiveControlKCollectsLinesAndAnotherKeyEndsTheCollecting) {
    Editor editor = make_editor("a\nb\nc\nd");
    type(editor, "<c-k><c-k>");
    EXPECT_EQ(editor.document().text(), "c\nd");
    EXPECT_EQ(editor.message(), "Cut 2 lines");
    type(editor, "<down><c-k>"); // the last line, without a line break: pasted as a line
    EXPECT_EQ(editor.document().text(), "c\n");
    EXPECT_EQ(editor.message(), "Cut 1 line");
    type(editor, "<c-v>");
    EXPECT_EQ(editor.document().text(), "c\nd\n");
}

TEST(EditorClipboard, PasteWithAnEmptyClipboardSaysSo) {
    Editor editor = make_editor("x");
    type(editor, "<c-v>");
    EXPECT_EQ(editor.message(), "Nothing to paste");
    EXPECT_EQ(editor.document().text(), "x");
}

TEST(EditorClipboard, ControlDDuplicatesTheLineAndKeepsTheColumn) {
    Editor editor = make_editor("ab\ncd");
    type(editor, "<right><c-d>");
    EXPECT_EQ(editor.document().text(), "ab\nab\ncd");
    EXPECT_EQ(editor.cursor(), ByteOffset(4));
    type(editor, "<c-end><c-d>");
    EXPECT_EQ(editor.document().text(), "ab\nab\ncd\ncd");
    type(editor, "<c-z><c-z>");
    EXPECT_EQ(editor.document().text(), "ab\ncd");
}

TEST(EditorClipboard, ControlDDuplicatesTheSelectionAndSelectsTheCopy) {
    Editor editor = make_editor("xy");
    type(editor, "<s-right><c-d>");
    EXPECT_EQ(editor.document().text(), "xxy");
    EXPECT_EQ(editor.selection(), (document::ByteRange{ByteOffset(1), ByteOffset(2)}));
}

TEST(EditorClipboard, AHugeCopyStaysInternal) {
    Editor editor = make_editor(std::string(protocol::max_osc52_bytes + 1, 'x'));
    type(editor, "<c-a><c-c>");
    EXPECT_EQ(editor.take_clipboard_copy(), std::nullopt);
    type(editor, "<c-end><c-v>");
    EXPECT_EQ(editor.document().size().value, 2 * (protocol::max_osc52_bytes + 1));
}

TEST(EditorClipboard, ReadOnlyRefusesCutPasteAndDuplicateButCopies) {
    EditorConfig config{.path = "f.txt", .read_only = true};
    Editor editor(document::Document("line\n"), config);
    type(editor, "<c-x><c-k><c-d><c-v>");
    EXPECT_EQ(editor.document().text(), "line\n");
    type(editor, "<c-c>");
    EXPECT_EQ(editor.take_clipboard_copy(), "line\n");
}

} // namespace
} // namespace trio::commands
