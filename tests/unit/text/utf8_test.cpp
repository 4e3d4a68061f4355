// Unit tests for strict UTF-8 decoding and encoding (editor/text/utf8).
#include "editor/text/utf8.hpp"

#include <gtest/gtest.h>
#include <random>

namespace trio::text {
namespace {

TEST(Utf8, DecodesAsciiAndMultiByteCharacters) {
    const std::string s = "a\u00e9\u4e2d\U0001F600";
    EXPECT_EQ(decode_utf8(s, 0).codepoint, U'a');
    EXPECT_EQ(decode_utf8(s, 1).codepoint, U'\u00e9');
    EXPECT_EQ(decode_utf8(s, 1).length, 2);
    EXPECT_EQ(decode_utf8(s, 3).codepoint, U'\u4e2d');
    EXPECT_EQ(decode_utf8(s, 3).length, 3);
    EXPECT_EQ(decode_utf8(s, 6).codepoint, U'\U0001F600');
    EXPECT_EQ(decode_utf8(s, 6).length, 4);
    EXPECT_TRUE(decode_utf8(s, 6).valid);
}

TEST(Utf8, EndOfInputConsumesNothing) {
    const DecodedChar c = decode_utf8("ab", 2);
    EXPECT_FALSE(c.valid);
    EXPECT_EQ(c.length, 0);
}

void expect_invalid_byte(std::string_view bytes) {
    const DecodedChar c = decode_utf8(bytes, 0);
    EXPECT_FALSE(c.valid) << testing::PrintToString(bytes);
    EXPECT_EQ(c.length, 1) << testing::PrintToString(bytes);
    EXPECT_EQ(c.codepoint, replacement_character) << testing::PrintToString(bytes);
}

TEST(Utf8, MalformedSequencesAreOneInvalidByte) {
    expect_invalid_byte("\x80");             // stray continuation
    expect_invalid_byte("\xbf");             // stray continuation
    expect_invalid_byte("\xc0\xaf");         // overlong '/'
    expect_invalid_byte("\xc1\xbf");         // overlong
    expect_invalid_byte("\xe0\x80\xaf");     // overlong
    expect_invalid_byte("\xf0\x80\x80\xaf"); // overlong
    expect_invalid_byte("\xed\xa0\x80");     // surrogate U+D800
    expect_invalid_byte("\xed\xbf\xbf");     // surrogate U+DFFF
    expect_invalid_byte("\xf4\x90\x80\x80"); // U+110000
    expect_invalid_byte("\xf5\x80\x80\x80"); // lead beyond F4
    expect_invalid_byte("\xff");
    expect_invalid_byte("\xe4\xb8");     // truncated at end
    expect_invalid_byte("\xe4\xb8x");    // truncated by ASCII
    expect_invalid_byte("\xc3\xc3\xa9"); // lead followed by lead
}

TEST(Utf8, BoundaryValuesAreValid) {
    EXPECT_EQ(decode_utf8("\xc2\x80", 0).codepoint, U'\u0080');
    EXPECT_EQ(decode_utf8("\xed\x9f\xbf", 0).codepoint, U'\ud7ff');
    EXPECT_EQ(decode_utf8("\xee\x80\x80", 0).codepoint, U'\ue000');
    EXPECT_EQ(decode_utf8("\xf4\x8f\xbf\xbf", 0).codepoint, U'\U0010FFFF');
    EXPECT_EQ(decode_utf8(std::string_view("\0", 1), 0).codepoint, U'\0');
}

TEST(Utf8, EncodeRoundTripsEveryScalarValue) {
    for (char32_t c = 0; c <= 0x10FFFF; ++c) {
        if (!is_scalar_value(c)) {
            continue;
        }
        const std::string bytes = encode_utf8(c);
        const DecodedChar d = decode_utf8(bytes, 0);
        ASSERT_TRUE(d.valid) << std::hex << static_cast<std::uint32_t>(c);
        ASSERT_EQ(d.codepoint, c);
        ASSERT_EQ(d.length, bytes.size());
    }
}

TEST(Utf8, EncodingASurrogateOrOutOfRangeValueGivesReplacementCharacter) {
    EXPECT_EQ(encode_utf8(0xD800), "\uFFFD");
    EXPECT_EQ(encode_utf8(0x110000), "\uFFFD");
}

TEST(Utf8, RandomBytesAlwaysAdvanceAndValidPartsReencodeIdentically) {
    std::mt19937 rng(7);
    std::uniform_int_distribution<int> byte(0, 255);
    for (int round = 0; round < 200; ++round) {
        std::string s;
        for (int i = 0; i < 64; ++i) {
            s.push_back(static_cast<char>(byte(rng)));
        }
        std::size_t pos = 0;
        while (pos < s.size()) {
            const DecodedChar d = decode_utf8(s, pos);
            ASSERT_GE(d.length, 1);
            if (d.valid) {
                ASSERT_EQ(encode_utf8(d.codepoint), s.substr(pos, d.length));
            } else {
                ASSERT_EQ(d.length, 1);
            }
            pos += d.length;
        }
    }
}

} // namespace
} // namespace trio::text
