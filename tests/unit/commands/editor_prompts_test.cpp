// Tests for the search and go-to-line prompts, undo/redo and line-break conventions of the
// editing session.
#include "editor/commands/editor.hpp"
#include "editor/commands/line_column.hpp"
#include "editor/keys/key.hpp"
#include "tests/unit/commands/editor_test_support.hpp"

#include <gtest/gtest.h>

namespace trio::commands {
namespace {

using testing::make_editor;
using testing::type;

using document::ByteOffset;
using document::Document;

// Tiny slices by default: the answer must not depend on them.
void finish_background_work(Editor& editor, std::uint64_t slice = 7) {
    while (editor.has_background_work()) {
        (void)editor.do_background_work(slice);
    }
}

TEST(EditorSearch, FindsIncrementallyAsTheQueryIsTyped) {
    Editor editor = make_editor("one two three two");
    type(editor, "<c-f>t");
    EXPECT_EQ(editor.mode(), Mode::Search);
    EXPECT_EQ(editor.prompt(), protocol::Prompt::Search);
    EXPECT_EQ(editor.message(), "Search: t");
    finish_background_work(editor);
    EXPECT_EQ(editor.cursor(), ByteOffset(4));
    type(editor, "h");
    finish_background_work(editor);
    EXPECT_EQ(editor.cursor(), ByteOffset(8));
    type(editor, "<ret>");
    EXPECT_EQ(editor.mode(), Mode::Editing);
    EXPECT_EQ(editor.cursor(), ByteOffset(8));
}

TEST(EditorSearch, NextAndPreviousMatchWrapAround) {
    Editor editor = make_editor("ab ab ab");
    type(editor, "<c-f>ab");
    finish_background_work(editor);
    EXPECT_EQ(editor.cursor(), ByteOffset(0));
    type(editor, "<c-n>");
    finish_background_work(editor);
    EXPECT_EQ(editor.cursor(), ByteOffset(3));
    type(editor, "<c-n><c-n>");
    finish_background_work(editor);
    EXPECT_EQ(editor.cursor(), ByteOffset(0)); // wrapped past the end
    type(editor, "<c-p>");
    finish_background_work(editor);
    EXPECT_EQ(editor.cursor(), ByteOffset(6)); // wrapped past the start
}

TEST(EditorSearch, EscapeReturnsToWhereTheSearchBegan) {
    Editor editor = make_editor("abc\nxyz");
    type(editor, "<right><c-f>xy");
    finish_background_work(editor);
    EXPECT_EQ(editor.cursor(), ByteOffset(4));
    type(editor, "<esc>");
    EXPECT_EQ(editor.mode(), Mode::Editing);
    EXPECT_EQ(editor.cursor(), ByteOffset(1));
}

TEST(EditorSearch, WhileTheTextIsMissingTheCursorWaitsWhereTheSearchBeganAndSaysSo) {
    Editor editor = make_editor("abc lazy");
    type(editor, "<right><c-f>z");
    finish_background_work(editor);
    EXPECT_EQ(editor.cursor(), ByteOffset(6));
    EXPECT_EQ(editor.note(), "");
    type(editor, "z");
    finish_background_work(editor);
    EXPECT_EQ(editor.cursor(), ByteOffset(1));
    EXPECT_EQ(editor.note(), "Not found");
}

TEST(EditorSearch, AWrappedMatchIsNoted) {
    Editor editor = make_editor("ab ab");
    type(editor, "<end><c-f>ab");
    finish_background_work(editor);
    EXPECT_EQ(editor.cursor(), ByteOffset(0));
    EXPECT_EQ(editor.note(), "Wrapped");
}

TEST(EditorSearch, AMissingTextSaysSoAndLeavesTheCursor) {
    Editor editor = make_editor("abc");
    type(editor, "<right><c-f>zz");
    finish_background_work(editor);
    type(editor, "<ret>");
    EXPECT_EQ(editor.cursor(), ByteOffset(1));
    EXPECT_EQ(editor.message(), "\"zz\" not found");
    EXPECT_TRUE(editor.message_is_error());
}

TEST(EditorSearch, AltCSwitchesToAnyCase) {
    Editor editor = make_editor("xx Hello");
    type(editor, "<c-f>hello");
    finish_background_work(editor);
    EXPECT_EQ(editor.cursor(), ByteOffset(0)); // not found: still where it began
    type(editor, "<a-c>");
    finish_background_work(editor);
    EXPECT_EQ(editor.message(), "Search (any case): hello");
    EXPECT_EQ(editor.cursor(), ByteOffset(3));
}

TEST(EditorSearch, F3RepeatsTheLastSearchWhileEditing) {
    Editor editor = make_editor("x1 x2 x3");
    type(editor, "<c-f>x<ret>");
    finish_background_work(editor);
    EXPECT_EQ(editor.cursor(), ByteOffset(0));
    type(editor, "<f3>");
    finish_background_work(editor);
    EXPECT_EQ(editor.cursor(), ByteOffset(3));
    type(editor, "<s-f3>");
    finish_background_work(editor);
    EXPECT_EQ(editor.cursor(), ByteOffset(0));
}

TEST(EditorSearch, EnterWhileSearchingClosesWhenTheSearchEnds) {
    // The prefixes typed first are found at once; "needle" itself only after 5 MB (more than one
    // slice).
    std::string text = "n ne nee need needl ";
    text += std::string(5'000'000, 'a') + "needle";
    Editor editor = make_editor(text);
    type(editor, "<c-f>needle<ret>");
    EXPECT_EQ(editor.mode(), Mode::Search); // still scanning
    EXPECT_TRUE(editor.has_background_work());
    EXPECT_NE(editor.note().find("Searching"), std::string::npos);
    finish_background_work(editor, 64 * 1024);
    EXPECT_EQ(editor.mode(), Mode::Editing);
    EXPECT_EQ(editor.cursor(), ByteOffset(20 + 5'000'000));
}

TEST(EditorGoToLine, JumpsToALineAndColumn) {
    Editor editor = make_editor("one\ntwo\nthree\n");
    type(editor, "<c-g>3<ret>");
    EXPECT_EQ(editor.cursor(), ByteOffset(8));
    type(editor, "<c-g>2:3<ret>");
    EXPECT_EQ(editor.cursor(), ByteOffset(6));
}

TEST(EditorGoToLine, ALineBeyondTheEndGoesToTheLastLine) {
    Editor editor = make_editor("one\ntwo");
    type(editor, "<c-g>99<ret>");
    EXPECT_EQ(editor.cursor(), ByteOffset(4));
}

TEST(EditorGoToLine, NotANumberIsAnErrorAndEscapeCancels) {
    Editor editor = make_editor("one\ntwo");
    type(editor, "<c-g>x<ret>");
    EXPECT_EQ(editor.message(), "Not a line number: x");
    EXPECT_EQ(editor.cursor(), ByteOffset(0));
    type(editor, "<c-g>2<esc>");
    EXPECT_EQ(editor.mode(), Mode::Editing);
    EXPECT_EQ(editor.cursor(), ByteOffset(0));
}

TEST(LineColumn, ParsesLineAndOptionalColumn) {
    EXPECT_EQ(parse_line_column("12"), (LineColumn{12, 1}));
    EXPECT_EQ(parse_line_column(" 12:5 "), (LineColumn{12, 5}));
    EXPECT_EQ(parse_line_column("0"), (LineColumn{1, 1}));
    EXPECT_FALSE(parse_line_column(""));
    EXPECT_FALSE(parse_line_column("-3"));
    EXPECT_FALSE(parse_line_column("3:"));
    EXPECT_FALSE(parse_line_column("99999999999999999999999"));
}

TEST(EditorUndo, UndoReturnsTheCursorAndClearsModifiedAtTheSavedState) {
    Editor editor = make_editor("abc");
    type(editor, "<end>xyz");
    EXPECT_TRUE(editor.modified());
    type(editor, "<c-z>");
    EXPECT_EQ(editor.document().text(), "abc");
    EXPECT_EQ(editor.cursor(), ByteOffset(3));
    EXPECT_FALSE(editor.modified());
    type(editor, "<c-y>");
    EXPECT_EQ(editor.document().text(), "abcxyz");
    EXPECT_EQ(editor.cursor(), ByteOffset(6));
    EXPECT_TRUE(editor.modified());
}

TEST(EditorUndo, UndoOfABigPasteTravelsInBoundedMessages) {
    Editor editor = make_editor("");
    type(editor, "<paste>" + std::string(100'000, 'x') + "</paste>");
    (void)editor.take_outgoing();
    type(editor, "<c-z>");
    EXPECT_EQ(editor.document().size().value, 0U);
    std::size_t ops = 0;
    for (const auto& msg : editor.take_outgoing()) {
        const auto& op = std::get<document::EditOp>(msg);
        EXPECT_LE(op.text.size(), 16U * 1024U);
        ++ops;
    }
    EXPECT_EQ(ops, 7U); // 100,000 bytes in 16 KiB pieces
}

TEST(EditorLineBreaks, EnterInsertsTheFilesOwnConvention) {
    Editor editor = make_editor("dos\r\nfile\r\n");
    type(editor, "<end><ret>x");
    EXPECT_EQ(editor.document().text(), "dos\r\nx\r\nfile\r\n");
}

TEST(EditorLineBreaks, CrLfIsCrossedAndErasedWhole) {
    Editor editor = make_editor("ab\r\ncd");
    type(editor, "<end><right>");
    EXPECT_EQ(editor.cursor(), ByteOffset(4));
    type(editor, "<backspace>");
    EXPECT_EQ(editor.document().text(), "abcd");
}

TEST(EditorLineBreaks, PastedLineBreaksFollowTheConvention) {
    Editor editor = make_editor("a\r\n");
    type(editor, "<paste>x\ry\nz</paste>");
    EXPECT_EQ(editor.document().text(), "x\r\ny\r\nza\r\n");
}

} // namespace
} // namespace trio::commands
