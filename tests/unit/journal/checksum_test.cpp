// The journal's checksums against their published check values. Tests for trio_journal.
#include "editor/journal/checksum.hpp"

#include <gtest/gtest.h>

namespace trio::journal {
namespace {

TEST(Checksum, Crc32MatchesTheStandardCheckValue) {
    EXPECT_EQ(crc32("123456789"), 0xcbf43926U);
    EXPECT_EQ(crc32(""), 0U);
}

TEST(Checksum, Crc32CanBeComputedInChunks) {
    EXPECT_EQ(crc32("6789", crc32("12345")), crc32("123456789"));
}

TEST(Checksum, Fnv1a64MatchesItsReferenceValues) {
    EXPECT_EQ(fnv1a64(""), 0xcbf29ce484222325ULL);
    EXPECT_EQ(fnv1a64("a"), 0xaf63dc4c8601ec8cULL);
    EXPECT_EQ(fnv1a64("bar", fnv1a64("foo")), fnv1a64("foobar"));
}

} // namespace
} // namespace trio::journal
