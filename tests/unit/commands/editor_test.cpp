// Unit tests for the editing session: keys in, document/cursor/messages out.
#include "editor/commands/editor.hpp"
#include "editor/keys/key.hpp"
#include "tests/unit/commands/editor_test_support.hpp"

#include <gtest/gtest.h>

namespace trio::commands {
namespace {

using testing::make_editor;
using testing::type;

using document::ByteOffset;
using document::Document;
using document::SeqNo;

std::vector<document::EditOp> edits(Editor& editor) {
    std::vector<document::EditOp> ops;
    for (auto& msg : editor.take_outgoing()) {
        if (auto* op = std::get_if<document::EditOp>(&msg)) {
            ops.push_back(*op);
        }
    }
    return ops;
}

TEST(Editor, TypingInsertsAtTheCursorAndMarksModified) {
    Editor editor = make_editor("", false);
    EXPECT_EQ(editor.message(), "New file");
    type(editor, "hi<ret>中文");
    EXPECT_EQ(editor.document().text(), "hi\n中文");
    EXPECT_EQ(editor.cursor(), ByteOffset(9));
    EXPECT_TRUE(editor.modified());
    EXPECT_EQ(edits(editor).size(), 5u); // one edit per key
}

TEST(Editor, ArrowsMoveOverWideCharactersWhole) {
    Editor editor = make_editor("中文x");
    type(editor, "<right>");
    EXPECT_EQ(editor.cursor(), ByteOffset(3));
    type(editor, "<right><right>");
    EXPECT_EQ(editor.cursor(), ByteOffset(7));
    type(editor, "<left><backspace>");
    EXPECT_EQ(editor.document().text(), "中x");
    EXPECT_EQ(editor.cursor(), ByteOffset(3));
}

TEST(Editor, UpAndDownKeepTheDisplayColumnWithoutSplittingWideCharacters) {
    // Column 3 of "abcd" falls inside the second CJK character of "中文" (columns 2-3).
    Editor editor = make_editor("abcd\n中文zz\nab");
    type(editor, "<right><right><right><down>");
    EXPECT_EQ(editor.cursor(), ByteOffset(5 + 3)); // start of 文, never half of it
    type(editor, "<down>");
    EXPECT_EQ(editor.cursor(), ByteOffset(5 + 8 + 1 + 2)); // end of "ab"
    type(editor, "<up><up>");
    EXPECT_EQ(editor.cursor(), ByteOffset(3)); // goal column 3 remembered
}

TEST(Editor, HomeEndAndControlHomeEnd) {
    Editor editor = make_editor("one\ntwo\nthree");
    type(editor, "<down><end>");
    EXPECT_EQ(editor.cursor(), ByteOffset(7));
    type(editor, "<home>");
    EXPECT_EQ(editor.cursor(), ByteOffset(4));
    type(editor, "<c-end>");
    EXPECT_EQ(editor.cursor(), ByteOffset(13));
    type(editor, "<c-home>");
    EXPECT_EQ(editor.cursor(), ByteOffset(0));
}

TEST(Editor, PageDownMovesByThePageHeight) {
    std::string text;
    for (int i = 0; i < 50; ++i) {
        text += "line\n";
    }
    Editor editor = make_editor(text);
    editor.set_page_rows(10);
    type(editor, "<pagedown>");
    EXPECT_EQ(editor.document().line_of(editor.cursor()), document::LineIndex(10));
    type(editor, "<pageup><pageup>");
    EXPECT_EQ(editor.cursor(), ByteOffset(0));
}

TEST(Editor, DeleteAndBackspaceJoinLines) {
    Editor editor = make_editor("ab\ncd");
    type(editor, "<end><del>");
    EXPECT_EQ(editor.document().text(), "abcd");
    type(editor, "<down><home><backspace>");
    EXPECT_EQ(editor.document().text(), "abcd");
}

TEST(Editor, PasteIsInsertedWithNewlinesNormalisedAndSplitIntoBoundedEdits) {
    Editor editor = make_editor("");
    editor.handle_key(keys::make_paste("a\r\nb\rc"));
    EXPECT_EQ(editor.document().text(), "a\nb\nc");
    edits(editor);
    editor.handle_key(keys::make_paste(std::string(40000, 'x')));
    const auto ops = edits(editor);
    ASSERT_EQ(ops.size(), 3u);
    for (const auto& op : ops) {
        EXPECT_LE(op.text.size(), 16u * 1024);
    }
}

TEST(Editor, SaveSendsARequestAndASuccessfulResultClearsModified) {
    Editor editor = make_editor("x");
    type(editor, "y<c-s>");
    auto out = editor.take_outgoing();
    ASSERT_EQ(out.size(), 2u);
    const auto& request = std::get<protocol::SaveRequest>(out[1]);
    EXPECT_EQ(request.path, "file.txt");
    EXPECT_EQ(request.seq, SeqNo(1));
    editor.handle_save_result({SeqNo(1), true, 2, 1, ""});
    EXPECT_FALSE(editor.modified());
    EXPECT_EQ(editor.message(), "Wrote 1 line");
}

TEST(Editor, FailedSaveKeepsTheTextAndShowsTheError) {
    Editor editor = make_editor("");
    type(editor, "data<c-s>");
    editor.handle_save_result({SeqNo(4), false, 0, 0, "Cannot save 'file.txt': Permission denied"});
    EXPECT_TRUE(editor.modified());
    EXPECT_TRUE(editor.message_is_error());
    EXPECT_EQ(editor.document().text(), "data");
}

TEST(Editor, QuitWithUnsavedChangesAsksAndCancelKeepsEditing) {
    Editor editor = make_editor("");
    type(editor, "a<c-q>");
    EXPECT_EQ(editor.mode(), Mode::ConfirmQuit);
    EXPECT_FALSE(editor.wants_quit());
    type(editor, "x"); // not an answer: nothing happens
    EXPECT_EQ(editor.document().text(), "a");
    type(editor, "c");
    EXPECT_EQ(editor.mode(), Mode::Editing);
    type(editor, "<c-q>n");
    EXPECT_TRUE(editor.wants_quit());
}

TEST(Editor, QuitAnsweredYesSavesThenQuitsOnlyWhenTheSaveSucceeded) {
    Editor editor = make_editor("");
    type(editor, "a<c-q>y");
    EXPECT_FALSE(editor.wants_quit());
    auto out = editor.take_outgoing();
    ASSERT_TRUE(std::holds_alternative<protocol::SaveRequest>(out.back()));
    editor.handle_save_result({SeqNo(1), false, 0, 0, "disk full"});
    EXPECT_FALSE(editor.wants_quit());
    type(editor, "<c-q>y");
    editor.handle_save_result({SeqNo(1), true, 1, 1, ""});
    EXPECT_TRUE(editor.wants_quit());
}

TEST(Editor, QuitWithoutChangesQuitsAtOnce) {
    Editor editor = make_editor("text");
    type(editor, "<c-q>");
    EXPECT_TRUE(editor.wants_quit());
}

TEST(Editor, QuitRightAfterSaveWaitsForTheSaveInsteadOfAsking) {
    Editor editor = make_editor("");
    type(editor, "a<c-s><c-q>");
    EXPECT_EQ(editor.mode(), Mode::Editing);
    EXPECT_FALSE(editor.wants_quit());
    editor.handle_save_result({SeqNo(1), true, 1, 1, ""});
    EXPECT_TRUE(editor.wants_quit());
}

TEST(Editor, QuitAfterSaveAndMoreTypingAsks) {
    Editor editor = make_editor("");
    type(editor, "a<c-s>b<c-q>");
    EXPECT_EQ(editor.mode(), Mode::ConfirmQuit);
    editor.handle_save_result({SeqNo(1), true, 1, 1, ""});
    EXPECT_FALSE(editor.wants_quit());
    EXPECT_EQ(editor.mode(), Mode::ConfirmQuit); // the question stays on screen
    EXPECT_EQ(editor.message(), "Save modified buffer? (y)es, (n)o, (c)ancel");
}

TEST(Editor, QuitWhileASaveOfUnchangedTextIsInFlightWaitsForIt) {
    Editor editor = make_editor("text");
    type(editor, "<c-s><c-q>");
    EXPECT_FALSE(editor.wants_quit());
    editor.handle_save_result({SeqNo(0), true, 4, 1, ""});
    EXPECT_TRUE(editor.wants_quit());
}

TEST(Editor, LosingAutosaveFailsTheSaveInFlightAndLetsQuitAsk) {
    Editor editor = make_editor("");
    type(editor, "a<c-s><c-q>"); // waiting to quit after the save
    editor.handle_autosave_lost();
    EXPECT_TRUE(editor.message_is_error());
    EXPECT_EQ(editor.message(), "Cannot save: the autosave component has stopped");
    EXPECT_FALSE(editor.wants_quit());
    type(editor, "<c-q>");
    EXPECT_EQ(editor.mode(), Mode::ConfirmQuit); // unsaved text is never dropped silently
}

TEST(Editor, OnceAutosaveIsLostSavesFailAtOnceAndQuitAsks) {
    Editor editor = make_editor("");
    editor.handle_autosave_lost();
    type(editor, "a<c-s><c-q>");
    for (const auto& msg : editor.take_outgoing()) {
        EXPECT_FALSE(std::holds_alternative<protocol::SaveRequest>(msg));
    }
    EXPECT_EQ(editor.mode(), Mode::ConfirmQuit);
}

TEST(Editor, ARestartedAutosaveIsAskedAgainForTheUnansweredSaveAtTheCurrentText) {
    Editor editor = make_editor("");
    type(editor, "a<c-s>b");
    (void)editor.take_outgoing(); // sent to the autosave that then died
    type(editor, "c");            // an edit not yet taken: the new replica holds it already
    editor.handle_autosave_restarted();
    const auto out = editor.take_outgoing();
    ASSERT_EQ(out.size(), 1U);
    const auto* save = std::get_if<protocol::SaveRequest>(&out[0]);
    ASSERT_NE(save, nullptr);
    EXPECT_EQ(save->seq, SeqNo(3)); // the text now, not the text at the first Ctrl-S
    editor.handle_save_result({SeqNo(3), true, 3, 1, ""});
    EXPECT_FALSE(editor.modified());
}

TEST(Editor, ARestartedAutosaveWithNoSaveOutstandingIsAskedNothing) {
    Editor editor = make_editor("");
    type(editor, "ab");
    editor.handle_autosave_restarted();
    EXPECT_TRUE(editor.take_outgoing().empty());
    EXPECT_TRUE(editor.modified());
}

TEST(Editor, AQuitWaitingForASaveStillQuitsOnceTheNewAutosaveAnswers) {
    Editor editor = make_editor("");
    type(editor, "a<c-s><c-q>");
    (void)editor.take_outgoing();
    editor.handle_autosave_restarted();
    (void)editor.take_outgoing();
    EXPECT_FALSE(editor.wants_quit());
    editor.handle_save_result({SeqNo(1), true, 1, 1, ""});
    EXPECT_TRUE(editor.wants_quit());
}

TEST(Editor, CountsLinesAsNanoDoes) {
    EXPECT_EQ(counted_lines(Document("")), 0u);
    EXPECT_EQ(counted_lines(Document("a")), 1u);
    EXPECT_EQ(counted_lines(Document("a\n")), 1u);
    EXPECT_EQ(counted_lines(Document("a\nb")), 2u);
}

} // namespace
} // namespace trio::commands
