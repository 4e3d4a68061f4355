// Files on disk through the session: Ctrl-O's prompt, naming a new buffer when it is saved,
// the question when the file changed on disk since it was read, and later files that must
// open read-only (held by another editor, a journal left by a crash).
#include "editor/state/file_lock.hpp"
#include "editor/state/state_dir.hpp"
#include "tests/unit/session/session_test_support.hpp"

#include <gtest/gtest.h>

namespace trio::session {
namespace {

using namespace testing;

protocol::SaveResult changed_on_disk(const protocol::SaveRequest& request) {
    protocol::SaveResult result{request.seq, false, 0, 0, "changed on disk"};
    result.changed_on_disk = true;
    return result;
}

TEST(SessionFiles, CtrlOOpensTheNamedFileInANewBufferAndShowsIt) {
    Scene scene;
    Session session = scene.session("a.txt", "a");
    write_file(scene.dir / "b.txt", "bee");
    type(session, "<c-o>");
    EXPECT_EQ(session.editor().prompt(), protocol::Prompt::OpenFile);
    EXPECT_EQ(session.editor().message(), "Open file: ");
    type(session, "<paste>" + scene.dir / "b.txt" + "</paste>");
    EXPECT_EQ(session.editor().message(), "Open file: " + scene.dir / "b.txt");
    type(session, "<ret>");
    ASSERT_EQ(session.count(), 2U);
    EXPECT_EQ(session.current_index(), 1U);
    EXPECT_EQ(session.editor().document().text(), "bee");
    EXPECT_EQ(session.editor().prompt(), protocol::Prompt::None);
}

TEST(SessionFiles, CtrlOOnAnOpenFileSwitchesToItsBuffer) {
    Scene scene;
    Session session = scene.session("a.txt", "a");
    write_file(scene.dir / "b.txt", "b");
    session.open_later({{scene.dir / "b.txt"}});
    // Another spelling of the same file is the same buffer.
    type(session, "<c-o><paste>" + scene.dir.path() + "/./b.txt</paste><ret>");
    EXPECT_EQ(session.count(), 2U);
    EXPECT_EQ(session.current_index(), 1U);
    EXPECT_NE(session.editor().message().find("already open"), std::string::npos);
}

TEST(SessionFiles, CtrlOEscapeCancelsAndADirectoryIsAnError) {
    Scene scene;
    Session session = scene.session("a.txt", "a");
    type(session, "<c-o>x<esc>");
    EXPECT_EQ(session.count(), 1U);
    EXPECT_EQ(session.editor().message(), "Cancelled");
    type(session, "<c-o><paste>" + scene.dir.path() + "</paste><ret>");
    EXPECT_EQ(session.count(), 1U);
    EXPECT_TRUE(session.editor().message_is_error());
    EXPECT_NE(session.editor().message().find("is a directory"), std::string::npos);
}

TEST(SessionFiles, CtrlOOnAMissingFileOpensANewEmptyBufferOfThatName) {
    Scene scene;
    Session session = scene.session("a.txt", "a");
    type(session, "<c-o><paste>" + scene.dir / "new.txt" + "</paste><ret>");
    ASSERT_EQ(session.count(), 2U);
    EXPECT_EQ(session.editor().config().path, scene.dir / "new.txt");
    EXPECT_EQ(session.editor().message(), "New file");
}

TEST(SessionFiles, SavingAnUnnamedBufferAsksItsNameThenSavesThere) {
    Scene scene;
    Session session = scene.session("");
    type(session, "text<c-s>");
    EXPECT_EQ(session.editor().prompt(), protocol::Prompt::FileName);
    EXPECT_TRUE(only<protocol::SaveRequest>(outgoing(session)).empty());
    type(session, "name.txt<ret>");
    EXPECT_EQ(session.editor().config().path, "name.txt");
    EXPECT_EQ(session.display_name(), "name.txt");
    const auto saves = only<protocol::SaveRequest>(outgoing(session));
    ASSERT_EQ(saves.size(), 1U);
    EXPECT_EQ(saves[0].path, "name.txt");
    EXPECT_EQ(saves[0].expected, protocol::FileStamp{}); // nothing may be there yet
    EXPECT_FALSE(saves[0].overwrite);
}

TEST(SessionFiles, QuittingAModifiedUnnamedBufferWithYesAsksTheName) {
    Scene scene;
    Session session = scene.session("");
    type(session, "text<c-q>y");
    EXPECT_EQ(session.editor().prompt(), protocol::Prompt::FileName);
    type(session, "n.txt<ret>");
    const auto saves = only<protocol::SaveRequest>(outgoing(session));
    ASSERT_EQ(saves.size(), 1U);
    protocol::SaveResult ok{saves[0].seq, true, 4, 1, ""};
    session.handle_save_result(ok);
    EXPECT_TRUE(session.finished()); // saved, then quit as asked
}

TEST(SessionFiles, EscapeAtTheNamePromptSavesNothing) {
    Scene scene;
    Session session = scene.session("");
    type(session, "text<c-s>n<esc>");
    EXPECT_EQ(session.editor().prompt(), protocol::Prompt::None);
    EXPECT_EQ(session.editor().config().path, "");
    EXPECT_TRUE(only<protocol::SaveRequest>(outgoing(session)).empty());
}

TEST(SessionFiles, ASaveExpectsTheFileAsReadAndThenAsSaved) {
    Scene scene;
    Session session = scene.session("a.txt", "a");
    type(session, "x<c-s>");
    auto saves = only<protocol::SaveRequest>(outgoing(session));
    ASSERT_EQ(saves.size(), 1U);
    EXPECT_EQ(saves[0].expected, autosave::stamp_of(scene.dir / "a.txt"));
    protocol::SaveResult ok{saves[0].seq, true, 2, 1, ""};
    ok.saved = protocol::FileStamp{2, 42, 7, 8};
    session.handle_save_result(ok);
    type(session, "y<c-s>");
    saves = only<protocol::SaveRequest>(outgoing(session));
    ASSERT_EQ(saves.size(), 1U);
    EXPECT_EQ(saves[0].expected, ok.saved);
}

TEST(SessionFiles, AFileChangedOnDiskAsksAndYesSavesOverIt) {
    Scene scene;
    Session session = scene.session("a.txt", "a");
    type(session, "x<c-s>");
    const auto saves = only<protocol::SaveRequest>(outgoing(session));
    ASSERT_EQ(saves.size(), 1U);
    session.handle_save_result(changed_on_disk(saves[0]));
    EXPECT_EQ(session.editor().prompt(), protocol::Prompt::ChangedOnDisk);
    EXPECT_EQ(session.editor().message(),
              "File changed on disk since it was read. Save over it? (y/n)");
    EXPECT_TRUE(session.editor().modified());
    type(session, "q"); // not an answer: the question stays
    EXPECT_EQ(session.editor().prompt(), protocol::Prompt::ChangedOnDisk);
    type(session, "y");
    const auto again = only<protocol::SaveRequest>(outgoing(session));
    ASSERT_EQ(again.size(), 1U);
    EXPECT_TRUE(again[0].overwrite);
    EXPECT_EQ(again[0].seq, saves[0].seq);
}

TEST(SessionFiles, NoAtTheChangedOnDiskQuestionKeepsTheOtherProgramsFile) {
    Scene scene;
    Session session = scene.session("a.txt", "a");
    type(session, "x<c-s>");
    const auto saves = only<protocol::SaveRequest>(outgoing(session));
    ASSERT_EQ(saves.size(), 1U);
    session.handle_save_result(changed_on_disk(saves[0]));
    type(session, "n");
    EXPECT_EQ(session.editor().prompt(), protocol::Prompt::None);
    EXPECT_NE(session.editor().message().find("Not saved"), std::string::npos);
    EXPECT_TRUE(session.editor().modified());
    EXPECT_TRUE(outgoing(session).empty());
}

TEST(SessionFiles, ALaterFileOpenInAnotherEditorOpensReadOnly) {
    Scene scene;
    Session session = scene.session("a.txt", "a");
    write_file(scene.dir / "b.txt", "b");
    const state::StateDir dir =
        state::StateDir::open(state::StateEnvironment{scene.dir / "state", std::nullopt});
    // This process holds the lock: a running editor, as far as the session can tell.
    state::LockAttempt held = state::acquire_lock(dir, scene.dir / "b.txt", "trio");
    ASSERT_TRUE(std::holds_alternative<state::FileLock>(held));
    session.open_later({{scene.dir / "b.txt"}});
    ASSERT_EQ(session.count(), 2U);
    EXPECT_TRUE(session.buffers()[1].editor.read_only());
    EXPECT_TRUE(session.buffers()[1].journal_path.empty());
    EXPECT_NE(session.buffers()[1].editor.message().find("opened read-only"), std::string::npos);
}

TEST(SessionFiles, ALaterFileWithAJournalLeftByACrashOpensReadOnlyAndSaysHowToRecover) {
    Scene scene;
    Session session = scene.session("a.txt", "a");
    write_file(scene.dir / "b.txt", "b");
    const state::StateDir dir =
        state::StateDir::open(state::StateEnvironment{scene.dir / "state", std::nullopt});
    write_file(dir.journal_path(scene.dir / "b.txt"), "not a journal, but a leftover one");
    session.open_later({{scene.dir / "b.txt"}});
    ASSERT_EQ(session.count(), 2U);
    const commands::Editor& b = session.buffers()[1].editor;
    EXPECT_TRUE(b.read_only());
    EXPECT_EQ(b.message(), leftover_journal_note(scene.dir / "b.txt"));
    EXPECT_NE(b.message().find("run trio " + scene.dir / "b.txt"), std::string::npos);
}

TEST(SessionFiles, ALaterFileGetsItsOwnLockAndJournalPath) {
    Scene scene;
    Session session = scene.session("a.txt", "a");
    write_file(scene.dir / "b.txt", "b");
    session.open_later({{scene.dir / "b.txt"}});
    ASSERT_EQ(session.count(), 2U);
    const Buffer& b = session.buffers()[1];
    EXPECT_FALSE(b.editor.read_only());
    EXPECT_TRUE(b.editor.journaled());
    EXPECT_NE(b.lock, nullptr);
    const state::StateDir dir =
        state::StateDir::open(state::StateEnvironment{scene.dir / "state", std::nullopt});
    EXPECT_EQ(b.journal_path, dir.journal_path(scene.dir / "b.txt"));
    // Closing the buffer releases its lock: another editor may take it now.
    type(session, "<a-right><c-q>");
    state::LockAttempt again = state::acquire_lock(dir, scene.dir / "b.txt", "trio");
    EXPECT_TRUE(std::holds_alternative<state::FileLock>(again));
}

} // namespace
} // namespace trio::session
