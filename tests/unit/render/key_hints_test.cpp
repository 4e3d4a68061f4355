// Tests for the key hints row.
#include "editor/render/key_hints.hpp"
#include "render_test_helpers.hpp"

#include <gtest/gtest.h>

namespace trio::render {
namespace {

using testing::run_attrs;
using testing::run_text;

using protocol::Prompt;

TEST(KeyHints, AllEditingHintsFitOnAWideRow) {
    EXPECT_EQ(run_text(key_hints(Prompt::None, 200)),
              "^S Save  ^Q Quit  ^F Find  ^G Go to line  ^Z Undo  F1 Help  F2 Runtime  ^C Copy  "
              "^V Paste  ^R Replace  ^K Cut line  ^Y Redo");
}

TEST(KeyHints, TheRuntimePanelKeyIsShownOnAnEightyColumnTerminal) {
    EXPECT_EQ(run_text(key_hints(Prompt::None, 80)),
              "^S Save  ^Q Quit  ^F Find  ^G Go to line  ^Z Undo  F1 Help  F2 Runtime  ^C Copy");
}

TEST(KeyHints, EachPromptShowsTheKeysThatAnswerIt) {
    EXPECT_EQ(run_text(key_hints(Prompt::Question, 80)), "Y Yes  N No  ^C Cancel");
    EXPECT_EQ(run_text(key_hints(Prompt::Search, 80)),
              "Enter Done  ^N Next  ^P Previous  M-C Case  Esc Cancel");
    EXPECT_EQ(run_text(key_hints(Prompt::GoToLine, 80)), "Enter Go  Esc Cancel");
}

TEST(KeyHints, KeysAreHintKeyAndLabelsHintText) {
    EXPECT_EQ(run_attrs(key_hints(Prompt::None, 16)), "KKTTTTTNNKKTTTTT");
}

TEST(KeyHints, OnlyWholeHintsAreShown) {
    EXPECT_EQ(run_text(key_hints(Prompt::None, 20)), "^S Save  ^Q Quit");
    EXPECT_EQ(run_text(key_hints(Prompt::None, 24)), "^S Save  ^Q Quit");
    EXPECT_EQ(run_text(key_hints(Prompt::None, 25)), "^S Save  ^Q Quit  ^F Find");
    EXPECT_EQ(run_text(key_hints(Prompt::None, 6)), "");
}

TEST(KeyHints, RunNeverExceedsTheWidth) {
    for (std::uint16_t columns = 0; columns < 100; ++columns) {
        for (const Prompt prompt :
             {Prompt::None, Prompt::Question, Prompt::Search, Prompt::GoToLine}) {
            EXPECT_LE(key_hints(prompt, columns).size(), columns);
        }
    }
}

} // namespace
} // namespace trio::render
