// Unit tests for the F1 help screen and for Esc closing every prompt.
#include "editor/commands/editor.hpp"
#include "editor/commands/key_help.hpp"
#include "tests/unit/commands/editor_test_support.hpp"

#include <gtest/gtest.h>

namespace trio::commands {
namespace {

using testing::make_editor;
using testing::type;

TEST(EditorHelp, F1ShowsTheHelpAndF1OrEscapeClosesIt) {
    Editor editor = make_editor("x");
    type(editor, "<f1>");
    ASSERT_TRUE(editor.help_shown());
    EXPECT_EQ(editor.help_rows(), help_text_rows());
    type(editor, "<f1>");
    EXPECT_FALSE(editor.help_shown());
    type(editor, "<f1><esc>");
    EXPECT_FALSE(editor.help_shown());
}

TEST(EditorHelp, ArrowsAndPageKeysScrollItWithinItsLength) {
    Editor editor = make_editor("x");
    editor.set_page_rows(10);
    const std::size_t total = help_text_rows().size();
    type(editor, "<f1><down><down>");
    EXPECT_EQ(editor.help_rows().size(), total - 2);
    type(editor, "<up>");
    EXPECT_EQ(editor.help_rows().size(), total - 1);
    type(editor, "<pagedown><pagedown><pagedown><pagedown><pagedown><pagedown><pagedown>");
    EXPECT_EQ(editor.help_rows().size(), 10u); // the last page fills the screen
    type(editor, "<pageup><pageup><pageup><pageup><pageup><pageup><pageup><pageup>");
    EXPECT_EQ(editor.help_rows().size(), total);
}

TEST(EditorHelp, OtherKeysDoNothingWhileItIsShown) {
    Editor editor = make_editor("x");
    type(editor, "<f1>ab<c-k><ret>");
    EXPECT_TRUE(editor.help_shown());
    EXPECT_EQ(editor.document().text(), "x");
}

TEST(EditorHelp, EscapeClosesEveryPrompt) {
    for (const std::string_view opens :
         {"y<c-q>", "<c-f>", "<c-g>", "<c-r>", "<c-r>x<ret>", "<c-r>x<ret>z<ret>"}) {
        Editor editor = make_editor("x");
        type(editor, opens);
        EXPECT_NE(editor.mode(), Mode::Editing) << opens;
        type(editor, "<esc>");
        EXPECT_EQ(editor.mode(), Mode::Editing) << opens;
        EXPECT_EQ(editor.selection(), std::nullopt) << opens;
    }
}

} // namespace
} // namespace trio::commands
