// Unit tests for find and replace (Ctrl-R).
#include "editor/commands/editor.hpp"
#include "tests/unit/commands/editor_test_support.hpp"

#include <gtest/gtest.h>

namespace trio::commands {
namespace {

using document::ByteOffset;
using document::ByteRange;
using testing::make_editor;
using testing::type;

TEST(EditorReplace, AsksAtEachMatchAndSelectsIt) {
    Editor editor = make_editor("cat cat cat");
    type(editor, "<c-r>");
    EXPECT_EQ(editor.message(), "Replace: ");
    type(editor, "cat<ret>");
    EXPECT_EQ(editor.prompt(), protocol::Prompt::Replace);
    EXPECT_EQ(editor.message(), "Replace with: ");
    type(editor, "dog<ret>");
    EXPECT_EQ(editor.prompt(), protocol::Prompt::ReplaceThis);
    EXPECT_EQ(editor.message(), "Replace this match? (y)es (n)o (a)ll");
    EXPECT_EQ(editor.selection(), (ByteRange{ByteOffset(0), ByteOffset(3)}));
    type(editor, "yn");
    EXPECT_EQ(editor.document().text(), "dog cat cat");
    EXPECT_EQ(editor.selection(), (ByteRange{ByteOffset(8), ByteOffset(11)}));
    type(editor, "y");
    EXPECT_EQ(editor.document().text(), "dog cat dog");
    EXPECT_EQ(editor.mode(), Mode::Editing);
    EXPECT_EQ(editor.message(), "Replaced 2 occurrences");
    EXPECT_EQ(editor.selection(), std::nullopt);
}

TEST(EditorReplace, AllReplacesTheRestAndIsOneUndoStep) {
    Editor editor = make_editor("a-a-a-a");
    type(editor, "<c-r>a<ret>bb<ret>ya");
    EXPECT_EQ(editor.document().text(), "bb-bb-bb-bb");
    EXPECT_EQ(editor.message(), "Replaced 4 occurrences");
    type(editor, "<c-z>");
    EXPECT_EQ(editor.document().text(), "a-a-a-a");
    EXPECT_FALSE(editor.modified());
    type(editor, "<c-y>");
    EXPECT_EQ(editor.document().text(), "bb-bb-bb-bb");
}

TEST(EditorReplace, StartsAtTheCursorWrapsRoundAndNeverRevisitsAReplacement) {
    Editor editor = make_editor("x1 x2 x3");
    type(editor, "<right><right><right><c-r>x<ret>xx<ret>a");
    EXPECT_EQ(editor.document().text(), "xx1 xx2 xx3");
    EXPECT_EQ(editor.message(), "Replaced 3 occurrences");
}

TEST(EditorReplace, EscapeStopsAndKeepsWhatWasReplaced) {
    Editor editor = make_editor("ab ab ab");
    type(editor, "<c-r>ab<ret><ret>y<esc>");
    EXPECT_EQ(editor.document().text(), " ab ab");
    EXPECT_EQ(editor.message(), "Replaced 1 occurrence");
    EXPECT_EQ(editor.mode(), Mode::Editing);
}

TEST(EditorReplace, EscapeInEitherFieldCancels) {
    Editor editor = make_editor("abc abc");
    type(editor, "<right><c-r>abc<esc>");
    EXPECT_EQ(editor.mode(), Mode::Editing);
    EXPECT_EQ(editor.cursor(), ByteOffset(1));
    type(editor, "<c-r>abc<ret>x<esc>");
    EXPECT_EQ(editor.mode(), Mode::Editing);
    EXPECT_EQ(editor.message(), "Cancelled");
    EXPECT_EQ(editor.cursor(), ByteOffset(1));
    EXPECT_EQ(editor.document().text(), "abc abc");
}

TEST(EditorReplace, NoMatchSaysNothingWasReplaced) {
    Editor editor = make_editor("abc");
    type(editor, "<c-r>zz<ret>y<ret>");
    EXPECT_EQ(editor.mode(), Mode::Editing);
    EXPECT_EQ(editor.message(), "Replaced 0 occurrences");
    EXPECT_FALSE(editor.modified());
}

TEST(EditorReplace, AHugeDocumentIsSearchedInSlicesOffTheKeystrokePath) {
    std::string text(3 * background_slice_bytes, '.');
    text += "needle";
    Editor editor = make_editor(text);
    type(editor, "<c-r>needle<ret>");
    // The incremental search of the first field is still running: Enter goes on regardless.
    type(editor, "pin<ret>");
    EXPECT_EQ(editor.mode(), Mode::ReplaceThis);
    while (editor.has_background_work()) {
        (void)editor.do_background_work(background_slice_bytes);
    }
    ASSERT_TRUE(editor.selection().has_value());
    type(editor, "y");
    EXPECT_EQ(editor.document().size().value, 3 * background_slice_bytes + 3);
    EXPECT_EQ(editor.message(), "Replaced 1 occurrence");
}

TEST(EditorReplace, ReadOnlyRefusesIt) {
    EditorConfig config{.path = "f.txt", .read_only = true};
    Editor editor(document::Document("a"), config);
    type(editor, "<c-r>");
    EXPECT_EQ(editor.mode(), Mode::Editing);
}

} // namespace
} // namespace trio::commands
