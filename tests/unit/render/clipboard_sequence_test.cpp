// Tests for base64 and the OSC 52 sequence that copies to the terminal's clipboard.
#include "editor/render/clipboard_sequence.hpp"

#include <gtest/gtest.h>

namespace trio::render {
namespace {

TEST(Base64, MatchesTheRfc4648TestVectors) {
    EXPECT_EQ(base64_encode(""), "");
    EXPECT_EQ(base64_encode("f"), "Zg==");
    EXPECT_EQ(base64_encode("fo"), "Zm8=");
    EXPECT_EQ(base64_encode("foo"), "Zm9v");
    EXPECT_EQ(base64_encode("foob"), "Zm9vYg==");
    EXPECT_EQ(base64_encode("fooba"), "Zm9vYmE=");
    EXPECT_EQ(base64_encode("foobar"), "Zm9vYmFy");
}

TEST(Base64, EncodesEveryByteValue) {
    EXPECT_EQ(base64_encode(std::string("\x00\xff\xfe\x80", 4)), "AP/+gA==");
    EXPECT_EQ(base64_encode("中文"), "5Lit5paH");
}

TEST(Osc52, WrapsTheBase64InTheSetClipboardSequence) {
    EXPECT_EQ(osc52_copy_sequence("hi\n"), "\x1b]52;c;aGkK\a");
    EXPECT_EQ(osc52_copy_sequence(""), "\x1b]52;c;\a");
}

} // namespace
} // namespace trio::render
