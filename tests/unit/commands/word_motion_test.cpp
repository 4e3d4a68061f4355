// Unit tests for the word boundaries of Ctrl-Left/Right and the word deletions.
#include "editor/commands/word_motion.hpp"

#include <gtest/gtest.h>

namespace trio::commands {
namespace {

using document::ByteOffset;
using document::Document;

TEST(WordMotion, NextWordEndSkipsSpacesAndPunctuationThenTheWord) {
    const Document doc("foo, bar_baz(1)\nx");
    EXPECT_EQ(next_word_end(doc, ByteOffset(0)), ByteOffset(3));   // end of foo
    EXPECT_EQ(next_word_end(doc, ByteOffset(3)), ByteOffset(12));  // over ", " to end of bar_baz
    EXPECT_EQ(next_word_end(doc, ByteOffset(12)), ByteOffset(14)); // the 1
    EXPECT_EQ(next_word_end(doc, ByteOffset(14)), ByteOffset(17)); // over ")\n" to x
    EXPECT_EQ(next_word_end(doc, ByteOffset(17)), ByteOffset(17)); // end of the document
}

TEST(WordMotion, PreviousWordStartSkipsBackOverNonWordBytesThenTheWord) {
    const Document doc("foo, bar_baz(1)\nx");
    EXPECT_EQ(previous_word_start(doc, ByteOffset(17)), ByteOffset(16));
    EXPECT_EQ(previous_word_start(doc, ByteOffset(16)), ByteOffset(13));
    EXPECT_EQ(previous_word_start(doc, ByteOffset(10)), ByteOffset(5)); // inside bar_baz
    EXPECT_EQ(previous_word_start(doc, ByteOffset(5)), ByteOffset(0));
    EXPECT_EQ(previous_word_start(doc, ByteOffset(0)), ByteOffset(0));
}

TEST(WordMotion, NonAsciiCharactersAreWordCharactersAndNeverSplit) {
    const Document doc("déjà 中文 ok"); // é, à: 2 bytes; 中, 文: 3 bytes
    EXPECT_EQ(next_word_end(doc, ByteOffset(0)), ByteOffset(6));
    EXPECT_EQ(next_word_end(doc, ByteOffset(6)), ByteOffset(13));
    EXPECT_EQ(previous_word_start(doc, ByteOffset(13)), ByteOffset(7));
    EXPECT_TRUE(is_word_byte('_'));
    EXPECT_FALSE(is_word_byte('-'));
}

TEST(WordMotion, ALongGapStopsAtTheLookAheadLimitInsteadOfScanningOn) {
    const Document doc(std::string(100'000, ' ') + "word");
    const ByteOffset end = next_word_end(doc, ByteOffset(0));
    EXPECT_GT(end.value, 0u);
    EXPECT_LT(end.value, 100'000u);
}

} // namespace
} // namespace trio::commands
