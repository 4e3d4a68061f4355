// Tests for the key hints row.
#include "editor/render/key_hints.hpp"
#include "render_test_helpers.hpp"

#include <gtest/gtest.h>

namespace trio::render {
namespace {

using testing::run_attrs;
using testing::run_text;

TEST(KeyHints, AllHintsFitOnAWideRow) {
    EXPECT_EQ(run_text(key_hints(80)), "^S Save  ^Q Quit  ^Home Top  ^End Bottom  PgUp/PgDn Page");
}

TEST(KeyHints, KeysAreHintKeyAndLabelsHintText) {
    EXPECT_EQ(run_attrs(key_hints(16)), "KKTTTTTNNKKTTTTT");
}

TEST(KeyHints, OnlyWholeHintsAreShown) {
    EXPECT_EQ(run_text(key_hints(20)), "^S Save  ^Q Quit");
    EXPECT_EQ(run_text(key_hints(26)), "^S Save  ^Q Quit");
    EXPECT_EQ(run_text(key_hints(27)), "^S Save  ^Q Quit  ^Home Top");
    EXPECT_EQ(run_text(key_hints(6)), "");
}

TEST(KeyHints, RunNeverExceedsTheWidth) {
    for (std::uint16_t columns = 0; columns < 100; ++columns) {
        EXPECT_LE(key_hints(columns).size(), columns);
    }
}

} // namespace
} // namespace trio::render
