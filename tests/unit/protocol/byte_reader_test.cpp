// ByteWriter/ByteReader: little-endian layout, round trips and bounds checks.
#include "editor/protocol/byte_reader.hpp"
#include "editor/protocol/byte_writer.hpp"

#include <gtest/gtest.h>
#include <limits>

namespace trio::protocol {
namespace {

TEST(ByteWriter, WritesIntegersLittleEndianAtFixedWidth) {
    std::vector<std::byte> out;
    ByteWriter w(out);
    w.u16(0x0102);
    w.u32(0x03040506);
    w.i64(-2);
    const std::vector<std::byte> expected = {
        std::byte{0x02}, std::byte{0x01}, std::byte{0x06}, std::byte{0x05}, std::byte{0x04},
        std::byte{0x03}, std::byte{0xfe}, std::byte{0xff}, std::byte{0xff}, std::byte{0xff},
        std::byte{0xff}, std::byte{0xff}, std::byte{0xff}, std::byte{0xff}};
    EXPECT_EQ(out, expected);
}

TEST(ByteReader, ReadsBackWhatTheWriterWrote) {
    std::vector<std::byte> out;
    ByteWriter w(out);
    w.u8(255);
    w.u64(std::numeric_limits<std::uint64_t>::max());
    w.i64(std::numeric_limits<std::int64_t>::min());
    w.boolean(true);
    w.string(std::string_view("a\0b", 3), "s");
    ByteReader r(out);
    EXPECT_EQ(r.u8("a"), 255);
    EXPECT_EQ(r.u64("b"), std::numeric_limits<std::uint64_t>::max());
    EXPECT_EQ(r.i64("c"), std::numeric_limits<std::int64_t>::min());
    EXPECT_TRUE(r.boolean("d"));
    EXPECT_EQ(r.string("e"), std::string("a\0b", 3));
    EXPECT_NO_THROW(r.expect_end());
}

TEST(ByteReader, ReadPastTheEndNamesTheFieldAndThePosition) {
    const std::vector<std::byte> in(3, std::byte{0});
    ByteReader r(in);
    (void)r.u16("first");
    try {
        (void)r.u32("Thing.second");
        FAIL() << "no exception";
    } catch (const DecodeError& e) {
        EXPECT_STREQ(e.what(), "truncated at byte 2: 'Thing.second' needs 4 bytes, 1 remain");
    }
    EXPECT_EQ(r.position(), 2U); // a failed read consumes nothing
}

TEST(ByteReader, EmptyStringAtTheVeryEndIsFine) {
    const std::vector<std::byte> in(4, std::byte{0});
    ByteReader r(in);
    EXPECT_EQ(r.string("s"), "");
    EXPECT_NO_THROW(r.expect_end());
}

} // namespace
} // namespace trio::protocol
