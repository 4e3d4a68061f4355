// The decoder on hostile input: every truncation and thousands of bit flips either decode or
// throw DecodeError, and never read out of bounds (this test is run under ASan/UBSan).
#include "editor/protocol/byte_writer.hpp"
#include "editor/protocol/codec.hpp"
#include "sample_messages.hpp"

#include <gtest/gtest.h>
#include <iterator>
#include <random>

namespace trio::protocol {
namespace {

using samples::all_sample_encodings;
using samples::decode_any;

TEST(CodecMalformedInput, EveryTruncationOfAValidEncodingThrowsDecodeError) {
    for (const auto& valid : all_sample_encodings()) {
        ASSERT_NO_THROW(decode_any(valid));
        for (std::size_t length = 0; length < valid.size(); ++length) {
            // A copy of exactly `length` bytes, so ASan sees any read past the cut.
            const std::vector<std::byte> cut(valid.begin(),
                                             valid.begin() + static_cast<std::ptrdiff_t>(length));
            EXPECT_THROW(decode_any(cut), DecodeError) << "length " << length;
        }
    }
}

TEST(CodecMalformedInput, TruncatedPayloadWithAdjustedSizeStillThrows) {
    // Cutting the payload and fixing the header's size gets past the size check, so this
    // exercises each field's own bounds check.
    for (const auto& valid : all_sample_encodings()) {
        for (std::size_t length = header_bytes; length < valid.size(); ++length) {
            std::vector<std::byte> cut(valid.begin(),
                                       valid.begin() + static_cast<std::ptrdiff_t>(length));
            const auto payload = static_cast<std::uint32_t>(length - header_bytes);
            for (std::size_t i = 0; i < 4; ++i) {
                cut[4 + i] = static_cast<std::byte>(payload >> (8 * i));
            }
            EXPECT_THROW(decode_any(cut), DecodeError) << "length " << length;
        }
    }
}

TEST(CodecMalformedInput, RandomBitFlipsDecodeOrThrowDecodeErrorOnly) {
    std::mt19937 random(20240607); // fixed seed: failures reproduce
    const auto valid = all_sample_encodings();
    int decoded = 0;
    int rejected = 0;
    for (int round = 0; round < 5000; ++round) {
        std::vector<std::byte> mutated = valid[static_cast<std::size_t>(round) % valid.size()];
        std::uniform_int_distribution<int> flips(1, 4);
        for (int f = flips(random); f > 0; --f) {
            // Past the header half of the time, so most mutations reach the fields.
            // (A message without fields, DropJournal, has only its header to flip.)
            const std::size_t first =
                (round % 2 == 0 && mutated.size() > header_bytes) ? header_bytes : 0;
            std::uniform_int_distribution<std::size_t> where(first, mutated.size() - 1);
            std::uniform_int_distribution<int> bit(0, 7);
            mutated[where(random)] ^= static_cast<std::byte>(1 << bit(random));
        }
        try {
            decode_any(mutated);
            ++decoded;
        } catch (const DecodeError&) {
            ++rejected;
        }
        // Any other exception type escapes and fails the test.
    }
    // Both outcomes occur: flips inside text decode, flips in lengths and enums are caught.
    EXPECT_GT(decoded, 0);
    EXPECT_GT(rejected, 0);
}

TEST(CodecMalformedInput, RandomPayloadsBehindAValidHeaderDecodeOrThrowDecodeErrorOnly) {
    std::mt19937 random(7);
    const std::uint8_t types[] = {0x10, 0x20, 0x21, 0x30, 0x31, 0x32, 0x40, 0x41, 0x42};
    for (int round = 0; round < 3000; ++round) {
        std::uniform_int_distribution<std::size_t> length(0, 120);
        std::uniform_int_distribution<int> byte(0, 255);
        std::vector<std::byte> in = {
            std::byte{'T'}, std::byte{'3'}, std::byte{protocol_version},
            std::byte{types[static_cast<std::size_t>(round) % std::size(types)]}};
        const std::size_t n = length(random);
        ByteWriter(in).u32(static_cast<std::uint32_t>(n));
        for (std::size_t i = 0; i < n; ++i) {
            // Mostly small values, so lengths and counts are sometimes in range.
            in.push_back(static_cast<std::byte>(round % 3 == 0 ? byte(random) : byte(random) % 4));
        }
        try {
            decode_any(in);
        } catch (const DecodeError&) {
        }
    }
}

} // namespace
} // namespace trio::protocol
