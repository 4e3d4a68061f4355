// Tests for the bounded copy of a line's start.
#include "editor/view/line_prefix.hpp"

#include <gtest/gtest.h>

namespace trio::view {
namespace {

using document::Document;
using document::LineIndex;

TEST(LinePrefix, StopsSoonAfterTheColumnOnALongLine) {
    const Document doc("short\n" + std::string(1'000'000, 'x') + "\n");
    const std::string prefix = line_prefix(doc, LineIndex(1), 80, 8);
    EXPECT_GT(prefix.size(), 80U);
    EXPECT_LT(prefix.size(), 1000U);
    EXPECT_EQ(prefix, std::string(prefix.size(), 'x'));
}

TEST(LinePrefix, GrowsPastZeroWidthMarksUntilWideEnough) {
    // Each glyph is 'e' plus 20 combining acute accents: 41 bytes for one column.
    std::string glyph = "e";
    for (int i = 0; i < 20; ++i) {
        glyph += "\xCC\x81";
    }
    std::string line;
    for (int i = 0; i < 200; ++i) {
        line += glyph;
    }
    const Document doc(line);
    const std::string prefix = line_prefix(doc, LineIndex(0), 30, 8);
    EXPECT_GE(prefix.size(), 31 * glyph.size() - 40);
    EXPECT_EQ(line.substr(0, prefix.size()), prefix);
}

TEST(LinePrefix, ANarrowLineIsReturnedWholeWithoutItsLineBreak) {
    const Document doc("ab\r\ncd");
    EXPECT_EQ(line_prefix(doc, LineIndex(0), 80, 8), "ab");
    EXPECT_EQ(line_prefix(doc, LineIndex(1), 80, 8), "cd");
}

} // namespace
} // namespace trio::view
