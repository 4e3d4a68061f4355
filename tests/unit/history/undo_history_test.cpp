// Tests for grouping edits into undo steps and for the undo/redo stacks.
#include "editor/history/undo_history.hpp"

#include <gtest/gtest.h>

namespace trio::history {
namespace {

using Kind = document::EditOp::Kind;

Edit insert(std::uint64_t at, std::string text) {
    return Edit{Kind::Insert, ByteOffset(at), std::move(text)};
}

Edit erase(std::uint64_t at, std::string text) {
    return Edit{Kind::Erase, ByteOffset(at), std::move(text)};
}

// Types `text` one character at a time from `at`, as the editor records it.
void type(UndoHistory& history, std::uint64_t at, std::string_view text) {
    for (const char c : text) {
        history.record(insert(at, std::string(1, c)), ByteOffset(at), ByteOffset(at + 1),
                       Run::Typing);
        ++at;
    }
}

TEST(UndoHistory, ARunOfTypingIsOneStepWithOneEdit) {
    UndoHistory history;
    type(history, 0, "hello");
    ASSERT_TRUE(history.can_undo());
    const Step& step = history.undo();
    ASSERT_EQ(step.edits.size(), 1U);
    EXPECT_EQ(step.edits[0].text, "hello");
    EXPECT_EQ(step.cursor_before, ByteOffset(0));
    EXPECT_EQ(step.cursor_after, ByteOffset(5));
    EXPECT_FALSE(history.can_undo());
}

TEST(UndoHistory, ClosingTheGroupStartsANewStep) {
    UndoHistory history;
    type(history, 0, "ab");
    history.close_group();
    type(history, 2, "cd");
    EXPECT_EQ(history.undo().edits[0].text, "cd");
    EXPECT_EQ(history.undo().edits[0].text, "ab");
}

TEST(UndoHistory, TypingElsewhereThanTheCursorLeftStartsANewStep) {
    UndoHistory history;
    type(history, 0, "ab");
    type(history, 10, "x");
    EXPECT_EQ(history.undo().edits[0].text, "x");
}

TEST(UndoHistory, BackspacesJoinIntoOneEraseInTextOrder) {
    UndoHistory history;
    // "abc|" then three Backspaces.
    history.record(erase(2, "c"), ByteOffset(3), ByteOffset(2), Run::Deleting);
    history.record(erase(1, "b"), ByteOffset(2), ByteOffset(1), Run::Deleting);
    history.record(erase(0, "a"), ByteOffset(1), ByteOffset(0), Run::Deleting);
    const Step& step = history.undo();
    ASSERT_EQ(step.edits.size(), 1U);
    EXPECT_EQ(step.edits[0].offset, ByteOffset(0));
    EXPECT_EQ(step.edits[0].text, "abc");
    EXPECT_EQ(step.cursor_before, ByteOffset(3));
}

TEST(UndoHistory, DeletesJoinIntoOneErase) {
    UndoHistory history;
    history.record(erase(4, "x"), ByteOffset(4), ByteOffset(4), Run::Deleting);
    history.record(erase(4, "y"), ByteOffset(4), ByteOffset(4), Run::Deleting);
    const Step& step = history.undo();
    ASSERT_EQ(step.edits.size(), 1U);
    EXPECT_EQ(step.edits[0].text, "xy");
}

TEST(UndoHistory, TypingAfterDeletingIsANewStep) {
    UndoHistory history;
    history.record(erase(0, "a"), ByteOffset(1), ByteOffset(0), Run::Deleting);
    type(history, 0, "b");
    EXPECT_EQ(history.undo().edits[0].kind, Kind::Insert);
    EXPECT_EQ(history.undo().edits[0].kind, Kind::Erase);
}

TEST(UndoHistory, SingleEditsNeverJoin) {
    UndoHistory history;
    history.record(insert(0, "pasted"), ByteOffset(0), ByteOffset(6), Run::Single);
    history.record(insert(6, "more"), ByteOffset(6), ByteOffset(10), Run::Single);
    EXPECT_EQ(history.undo().edits[0].text, "more");
}

TEST(UndoHistory, RedoReturnsWhatUndoTookAndANewEditDropsIt) {
    UndoHistory history;
    type(history, 0, "a");
    (void)history.undo();
    ASSERT_TRUE(history.can_redo());
    EXPECT_EQ(history.redo().edits[0].text, "a");
    EXPECT_FALSE(history.can_redo());
    (void)history.undo();
    type(history, 0, "b");
    EXPECT_FALSE(history.can_redo());
}

TEST(UndoHistory, StateReturnsToAnEarlierValueOnlyByUndo) {
    UndoHistory history;
    EXPECT_EQ(history.state(), 0U);
    type(history, 0, "a");
    const StateId after_a = history.state();
    type(history, 1, "b"); // joins the step, but the content changed
    EXPECT_NE(history.state(), after_a);
    const StateId after_ab = history.state();
    (void)history.undo();
    EXPECT_EQ(history.state(), 0U);
    (void)history.redo();
    EXPECT_EQ(history.state(), after_ab);
    (void)history.undo();
    type(history, 0, "c"); // a different text: never an old id
    EXPECT_NE(history.state(), after_ab);
    EXPECT_NE(history.state(), 0U);
}

} // namespace
} // namespace trio::history
