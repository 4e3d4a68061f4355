// Several buffers in one session: opening the later files, switching with Alt-Left/Right and
// Ctrl-PgUp/PgDn, the status line's "[2/3]", Ctrl-Q closing one buffer at a time, and the
// order of the messages autosave gets (OpenBuffer, SelectBuffer, CloseBuffer around edits).
#include "tests/unit/session/session_test_support.hpp"

#include <gtest/gtest.h>

namespace trio::session {
namespace {

using namespace testing;

TEST(Session, LaterFilesOpenAsBuffersWithoutLeavingTheFirst) {
    Scene scene;
    Session session = scene.session("a.txt", "alpha\n");
    write_file(scene.dir / "b.txt", "beta\n");
    session.open_later({{scene.dir / "b.txt"}, {scene.dir / "new.txt"}});
    ASSERT_EQ(session.count(), 3U);
    EXPECT_EQ(session.current_index(), 0U);
    EXPECT_EQ(session.display_name(), scene.dir / "a.txt [1/3]");
    EXPECT_EQ(session.buffers()[1].editor.document().text(), "beta\n");
    EXPECT_EQ(session.buffers()[2].editor.document().size().value, 0U); // a new file
    EXPECT_NE(session.buffers()[1].id, session.buffers()[2].id);
}

TEST(Session, AltArrowsAndCtrlPageKeysSwitchBuffersAndWrapAround) {
    Scene scene;
    Session session = scene.session("a.txt", "a");
    write_file(scene.dir / "b.txt", "b");
    write_file(scene.dir / "c.txt", "c");
    session.open_later({{scene.dir / "b.txt"}, {scene.dir / "c.txt"}});
    type(session, "<a-right>");
    EXPECT_EQ(session.display_name(), scene.dir / "b.txt [2/3]");
    type(session, "<c-pagedown><c-pagedown>");
    EXPECT_EQ(session.current_index(), 0U); // wrapped past the last
    type(session, "<a-left>");
    EXPECT_EQ(session.current_index(), 2U); // and back past the first
    type(session, "<c-pageup>");
    EXPECT_EQ(session.current_index(), 1U);
}

TEST(Session, EachBufferKeepsItsOwnTextAndCursor) {
    Scene scene;
    Session session = scene.session("a.txt", "");
    write_file(scene.dir / "b.txt", "");
    session.open_later({{scene.dir / "b.txt"}});
    type(session, "one<a-right>two<a-right>!");
    EXPECT_EQ(session.buffers()[0].editor.document().text(), "one!");
    EXPECT_EQ(session.buffers()[1].editor.document().text(), "two");
    EXPECT_TRUE(session.buffers()[1].editor.modified());
}

TEST(Session, WhatIsCopiedInOneBufferPastesInAnother) {
    Scene scene;
    Session session = scene.session("a.txt", "alpha\n");
    write_file(scene.dir / "b.txt", "");
    session.open_later({{scene.dir / "b.txt"}});
    type(session, "<s-end><c-c><a-right><c-v><c-v><a-left><end><c-v>");
    EXPECT_EQ(session.buffers()[1].editor.document().text(), "alphaalpha");
    EXPECT_EQ(session.buffers()[0].editor.document().text(), "alphaalpha\n");
}

TEST(Session, AutosaveHearsOfALaterBufferBeforeItsEditsAndOfEachSwitch) {
    Scene scene;
    Session session = scene.session("a.txt", "");
    write_file(scene.dir / "b.txt", "");
    session.open_later({{scene.dir / "b.txt"}});
    type(session, "x<a-right>y<a-left>z");
    const std::vector<protocol::ToAutosave> out = outgoing(session);
    // Buffer 0's edits need no selection (autosave starts on it); buffer 1's follow its
    // OpenBuffer and a SelectBuffer. Edits are taken per buffer, in buffer order.
    ASSERT_EQ(out.size(), 5U);
    EXPECT_EQ(std::get<document::EditOp>(out[0]).text, "x");
    EXPECT_EQ(std::get<document::EditOp>(out[1]).text, "z");
    const auto& open = std::get<protocol::OpenBuffer>(out[2]);
    EXPECT_EQ(open.buffer, session.buffers()[1].id);
    EXPECT_EQ(open.path, scene.dir / "b.txt");
    EXPECT_EQ(open.stamp, autosave::stamp_of(scene.dir / "b.txt"));
    EXPECT_EQ(std::get<protocol::SelectBuffer>(out[3]).buffer, open.buffer);
    EXPECT_EQ(std::get<document::EditOp>(out[4]).text, "y");
    // Later edits of buffer 0 select it again; nothing is announced twice.
    type(session, "w");
    const std::vector<protocol::ToAutosave> more = outgoing(session);
    ASSERT_EQ(more.size(), 2U);
    EXPECT_EQ(std::get<protocol::SelectBuffer>(more[0]).buffer, 0U);
    EXPECT_EQ(std::get<document::EditOp>(more[1]).text, "w");
}

TEST(Session, CtrlQClosesTheCurrentBufferAndTheLastOneEndsTheSession) {
    Scene scene;
    Session session = scene.session("a.txt", "a");
    write_file(scene.dir / "b.txt", "b");
    session.open_later({{scene.dir / "b.txt"}});
    (void)outgoing(session);
    type(session, "<a-right><c-q>");
    ASSERT_EQ(session.count(), 1U);
    EXPECT_FALSE(session.finished());
    EXPECT_EQ(session.display_name(), scene.dir / "a.txt"); // no "[1/1]"
    const std::vector<protocol::ToAutosave> out = outgoing(session);
    ASSERT_EQ(out.size(), 3U);
    EXPECT_TRUE(std::holds_alternative<protocol::SelectBuffer>(out[0]));
    EXPECT_TRUE(std::holds_alternative<protocol::DropJournal>(out[1]));
    EXPECT_TRUE(std::holds_alternative<protocol::CloseBuffer>(out[2]));
    type(session, "<c-q>");
    EXPECT_TRUE(session.finished());
}

TEST(Session, QuittingAModifiedBufferAsksFirstAndClosesOnlyIt) {
    Scene scene;
    Session session = scene.session("a.txt", "");
    write_file(scene.dir / "b.txt", "");
    session.open_later({{scene.dir / "b.txt"}});
    type(session, "<a-right>typed<c-q>");
    EXPECT_EQ(session.editor().prompt(), protocol::Prompt::Question);
    type(session, "n");
    EXPECT_EQ(session.count(), 1U);
    EXPECT_EQ(session.current_index(), 0U);
}

TEST(Session, SaveResultsReachTheBufferTheyAnswer) {
    Scene scene;
    Session session = scene.session("a.txt", "");
    write_file(scene.dir / "b.txt", "");
    session.open_later({{scene.dir / "b.txt"}});
    type(session, "<a-right>b<c-s><a-left>");
    const auto saves = only<protocol::SaveRequest>(outgoing(session));
    ASSERT_EQ(saves.size(), 1U);
    protocol::SaveResult result{saves[0].seq, true, 1, 1, ""};
    result.buffer = session.buffers()[1].id;
    session.handle_save_result(result);
    EXPECT_FALSE(session.buffers()[1].editor.modified());
    EXPECT_EQ(session.editor().message(), ""); // buffer 0's message row is untouched
}

TEST(Session, ABufferClosedWithASaveOnItsWayClosesWhenTheSaveLands) {
    Scene scene;
    Session session = scene.session("a.txt", "");
    write_file(scene.dir / "b.txt", "");
    session.open_later({{scene.dir / "b.txt"}});
    type(session, "<a-right>b<c-s><c-q>");
    EXPECT_EQ(session.count(), 2U);
    const auto saves = only<protocol::SaveRequest>(outgoing(session));
    ASSERT_EQ(saves.size(), 1U);
    protocol::SaveResult result{saves[0].seq, true, 1, 1, ""};
    result.buffer = session.buffers()[1].id;
    session.handle_save_result(result);
    EXPECT_EQ(session.count(), 1U);
    const auto closes = only<protocol::CloseBuffer>(outgoing(session));
    ASSERT_EQ(closes.size(), 1U);
    EXPECT_EQ(closes[0].buffer, result.buffer);
}

TEST(Session, ARestartedAutosaveHasEveryBufferAndStartsOnBufferZero) {
    Scene scene;
    Session session = scene.session("a.txt", "");
    write_file(scene.dir / "b.txt", "");
    session.open_later({{scene.dir / "b.txt"}});
    (void)outgoing(session); // OpenBuffer sent
    type(session, "<a-right>b");
    session.handle_autosave_restarted(); // the edit is in the new replica already
    EXPECT_TRUE(outgoing(session).empty());
    type(session, "c");
    const std::vector<protocol::ToAutosave> out = outgoing(session);
    ASSERT_EQ(out.size(), 2U);
    EXPECT_EQ(std::get<protocol::SelectBuffer>(out[0]).buffer, session.buffers()[1].id);
}

TEST(Session, EndingBySignalEndsEveryBufferAndKeepsUnsavedJournals) {
    Scene scene;
    Session session = scene.session("a.txt", "");
    write_file(scene.dir / "b.txt", "");
    session.open_later({{scene.dir / "b.txt"}});
    type(session, "<a-right>unsaved");
    session.end_by_signal();
    EXPECT_TRUE(session.finished());
    // Buffer 0 was unmodified: its journal goes; buffer 1's stays for recovery.
    const std::vector<protocol::ToAutosave> out = outgoing(session);
    EXPECT_EQ(only<protocol::DropJournal>(out).size(), 1U);
    EXPECT_EQ(only<protocol::CloseBuffer>(out).size(), 2U);
}

} // namespace
} // namespace trio::session
