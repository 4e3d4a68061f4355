// Tests for the key hints of the startup questions: a leftover journal, a journal that cannot
// apply, and a file another editor has open.
#include "editor/render/key_hints.hpp"
#include "render_test_helpers.hpp"

#include <gtest/gtest.h>

namespace trio::render {
namespace {

using testing::run_attrs;
using testing::run_text;

using protocol::Prompt;

TEST(KeyHintsStartup, EachStartupQuestionShowsTheKeysThatAnswerIt) {
    EXPECT_EQ(run_text(key_hints(Prompt::Recovery, 80)),
              "R Recover  D Discard  O Open read-only  ^Q Quit");
    EXPECT_EQ(run_text(key_hints(Prompt::RecoveryImpossible, 80)),
              "D Discard the journal  O Open read-only  ^Q Quit");
    EXPECT_EQ(run_text(key_hints(Prompt::LockHeld, 80)),
              "O Open read-only  C Continue anyway  ^Q Quit");
}

TEST(KeyHintsStartup, KeysAndLabelsAreDrawnApart) {
    EXPECT_EQ(run_attrs(key_hints(Prompt::Recovery, 9)), "KTTTTTTTT");
}

TEST(KeyHintsStartup, ANarrowRowKeepsTheFirstWholeHints) {
    EXPECT_EQ(run_text(key_hints(Prompt::Recovery, 20)), "R Recover  D Discard");
    EXPECT_EQ(run_text(key_hints(Prompt::LockHeld, 16)), "O Open read-only");
    EXPECT_EQ(run_text(key_hints(Prompt::LockHeld, 15)), "");
}

TEST(KeyHintsStartup, TheRunNeverExceedsTheWidth) {
    for (std::uint16_t columns = 0; columns < 100; ++columns) {
        for (const Prompt prompt :
             {Prompt::Recovery, Prompt::RecoveryImpossible, Prompt::LockHeld}) {
            EXPECT_LE(key_hints(prompt, columns).size(), columns);
        }
    }
}

} // namespace
} // namespace trio::render
