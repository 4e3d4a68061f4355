// Tests for the F2 runtime panel's keys in the input component's Editor: F2 shows and hides
// it, Esc hides it, and every other key keeps acting on the document meanwhile.
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

TEST(EditorPanel, F2ShowsThePanelAndF2AgainHidesIt) {
    Editor editor = make_editor("abc");
    EXPECT_FALSE(editor.panel_shown());
    type(editor, "<f2>");
    EXPECT_TRUE(editor.panel_shown());
    type(editor, "<f2>");
    EXPECT_FALSE(editor.panel_shown());
}

TEST(EditorPanel, F2ChangesNothingElse) {
    Editor editor = make_editor("abc");
    const std::string read_message = editor.message();
    type(editor, "<f2>");
    EXPECT_EQ(editor.document().text(), "abc");
    EXPECT_EQ(editor.cursor(), ByteOffset(0));
    EXPECT_EQ(editor.message(), read_message); // not "Unknown key <f2>"
    EXPECT_FALSE(editor.message_is_error());
    EXPECT_TRUE(editor.take_outgoing().empty());
}

TEST(EditorPanel, EscHidesThePanelAndDoesNothingElseThen) {
    Editor editor = make_editor("abc");
    type(editor, "<c-f>b<f2>");
    ASSERT_EQ(editor.mode(), Mode::Search);
    type(editor, "<esc>");
    EXPECT_FALSE(editor.panel_shown());
    EXPECT_EQ(editor.mode(), Mode::Search); // the search is still open
    EXPECT_EQ(editor.message(), "Search: b");
    type(editor, "<esc>"); // the panel is hidden: Esc is the search's again
    EXPECT_EQ(editor.mode(), Mode::Editing);
}

TEST(EditorPanel, KeysStillEditWhileThePanelIsShown) {
    Editor editor = make_editor("abc");
    type(editor, "<f2><end>xy<backspace><ret>中<left>");
    EXPECT_TRUE(editor.panel_shown());
    EXPECT_EQ(editor.document().text(), "abcx\n中");
    EXPECT_EQ(editor.cursor(), ByteOffset(5));
    type(editor, "<c-z>");
    EXPECT_NE(editor.document().text(), "abcx\n中"); // undo too
    type(editor, "<c-y><c-s>");
    EXPECT_EQ(editor.document().text(), "abcx\n中");
    EXPECT_EQ(editor.message(), "Saving…");
    EXPECT_TRUE(editor.panel_shown());
}

TEST(EditorPanel, OnlyAPlainF2TogglesThePanel) {
    Editor editor = make_editor("abc");
    type(editor, "<s-f2><c-f2>");
    EXPECT_FALSE(editor.panel_shown());
    EXPECT_TRUE(editor.message_is_error()); // still an unknown key
}

TEST(EditorPanel, EscWithoutThePanelIsAnOrdinaryKey) {
    Editor asking = make_editor("abc");
    type(asking, "x<c-q>");
    ASSERT_EQ(asking.mode(), Mode::ConfirmQuit);
    type(asking, "<esc>"); // cancels the question, as before
    EXPECT_EQ(asking.mode(), Mode::Editing);
    EXPECT_FALSE(asking.panel_shown());
}

TEST(EditorPanel, F2WorksWhileTheStartupQuestionWaits) {
    EditorConfig config{"file.txt", 8, true, false};
    config.question.prompt = protocol::Prompt::LockHeld;
    config.question.text = "Already open in trio (pid 1234). Open read-only?";
    Editor editor(Document("abc"), std::move(config));
    type(editor, "<f2>");
    EXPECT_TRUE(editor.panel_shown());
    EXPECT_EQ(editor.mode(), Mode::Startup); // still asking
    type(editor, "<esc>");
    EXPECT_FALSE(editor.panel_shown());
    EXPECT_EQ(editor.mode(), Mode::Startup);
    type(editor, "<f2>o");
    EXPECT_TRUE(editor.read_only()); // answered with the panel shown
    EXPECT_TRUE(editor.panel_shown());
}

} // namespace
} // namespace trio::commands
