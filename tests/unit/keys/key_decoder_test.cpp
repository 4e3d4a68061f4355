// Unit tests for KeyDecoder: terminal bytes to Keys, split anywhere (editor/keys/key_decoder).
#include "canonical_keys.hpp"
#include "editor/keys/key_decoder.hpp"
#include "editor/text/utf8.hpp"

#include <gtest/gtest.h>
#include <random>

namespace trio::keys {
namespace {

using Keys = std::vector<Key>;

// Feeds `bytes` in one go, then lets the caller's timeout expire if the decoder waits.
Keys decode(std::string_view bytes) {
    KeyDecoder decoder;
    Keys keys = decoder.feed(bytes);
    if (decoder.waiting_for_more()) {
        if (auto key = decoder.on_timeout()) {
            keys.push_back(std::move(*key));
        }
    }
    EXPECT_FALSE(decoder.waiting_for_more());
    return keys;
}

Keys decode_in_chunks(std::string_view bytes, const std::vector<std::size_t>& cuts) {
    KeyDecoder decoder;
    Keys keys;
    std::size_t from = 0;
    for (const std::size_t cut : cuts) {
        for (Key& k : decoder.feed(bytes.substr(from, cut - from))) {
            keys.push_back(std::move(k));
        }
        from = cut;
    }
    for (Key& k : decoder.feed(bytes.substr(from))) {
        keys.push_back(std::move(k));
    }
    EXPECT_FALSE(decoder.waiting_for_more());
    return keys;
}

TEST(KeyDecoder, DecodesWhatEncodeKeyProducesForEveryCanonicalKey) {
    for (const Key& key : testing::canonical_keys()) {
        EXPECT_EQ(decode(encode_key(key)), Keys{key}) << to_string(key);
    }
}

TEST(KeyDecoder, LoneEscapeIsEmittedOnTimeout) {
    KeyDecoder decoder;
    EXPECT_EQ(decoder.feed("\x1b"), Keys{});
    EXPECT_TRUE(decoder.waiting_for_more());
    EXPECT_EQ(decoder.on_timeout(), make_key(KeyCode::Escape));
    EXPECT_FALSE(decoder.waiting_for_more());
    EXPECT_EQ(decoder.on_timeout(), std::nullopt);
    EXPECT_EQ(decoder.feed("a"), Keys{make_char(U'a')}); // no Alt left behind
}

TEST(KeyDecoder, EscapeFollowedByACharacterIsAlt) {
    EXPECT_EQ(decode("\x1bx"), Keys{make_char(U'x', Modifier::Alt)});
    EXPECT_EQ(decode("\x1b\u4e2d"), Keys{make_char(U'\u4e2d', Modifier::Alt)});
    EXPECT_EQ(decode("\x1b\r"), Keys{make_key(KeyCode::Enter, Modifier::Alt)});
}

TEST(KeyDecoder, TwoEscapesAreTwoEscapeKeys) {
    KeyDecoder decoder;
    EXPECT_EQ(decoder.feed("\x1b\x1b"), Keys{make_key(KeyCode::Escape)});
    EXPECT_EQ(decoder.on_timeout(), make_key(KeyCode::Escape));
    EXPECT_EQ(decode("\x1b\x1b[A"), (Keys{make_key(KeyCode::Escape), make_key(KeyCode::Up)}));
}

TEST(KeyDecoder, BareSequenceIntroducersAreAltKeysOnTimeout) {
    EXPECT_EQ(decode("\x1b["), Keys{make_char(U'[', Modifier::Alt)});
    EXPECT_EQ(decode("\x1bO"), Keys{make_char(U'O', Modifier::Alt)});
}

TEST(KeyDecoder, IncompleteSequenceIsDroppedOnTimeout) {
    KeyDecoder decoder;
    EXPECT_EQ(decoder.feed("\x1b[1;"), Keys{});
    EXPECT_TRUE(decoder.waiting_for_more());
    EXPECT_EQ(decoder.on_timeout(), std::nullopt);
    EXPECT_FALSE(decoder.waiting_for_more());
    EXPECT_EQ(decoder.feed("x"), Keys{make_char(U'x')});
}

TEST(KeyDecoder, ControlBytesAreCtrlKeys) {
    EXPECT_EQ(decode(std::string_view("\0", 1)), Keys{make_char(U' ', Modifier::Ctrl)});
    EXPECT_EQ(decode("\x01\x13\x1a"),
              (Keys{make_char(U'a', Modifier::Ctrl), make_char(U's', Modifier::Ctrl),
                    make_char(U'z', Modifier::Ctrl)}));
    EXPECT_EQ(decode("\x08"), Keys{make_key(KeyCode::Backspace, Modifier::Ctrl)});
    EXPECT_EQ(decode("\x7f"), Keys{make_key(KeyCode::Backspace)});
    EXPECT_EQ(decode("\x09\x0d"), (Keys{make_key(KeyCode::Tab), make_key(KeyCode::Enter)}));
    EXPECT_EQ(decode("\x0a"), Keys{make_char(U'j', Modifier::Ctrl)});
    EXPECT_EQ(decode("\x1c\x1d\x1e\x1f"),
              (Keys{make_char(U'\\', Modifier::Ctrl), make_char(U']', Modifier::Ctrl),
                    make_char(U'^', Modifier::Ctrl), make_char(U'_', Modifier::Ctrl)}));
}

TEST(KeyDecoder, ReadsModifierParametersAndOtherTerminalsVariants) {
    const auto key = [](KeyCode code, Modifier m = Modifier::None) { return make_key(code, m); };
    EXPECT_EQ(decode("\x1bOA\x1bOH\x1bOF"),
              (Keys{key(KeyCode::Up), key(KeyCode::Home), key(KeyCode::End)})); // app mode
    EXPECT_EQ(decode("\x1b[1;3A\x1b[1;9B"),
              (Keys{key(KeyCode::Up, Modifier::Alt), key(KeyCode::Down, Modifier::Alt)}));
    EXPECT_EQ(decode("\x1b[5;5~"), Keys{key(KeyCode::PageUp, Modifier::Ctrl)});
    EXPECT_EQ(decode("\x1b[1~\x1b[4~\x1b[7~\x1b[8~"),
              (Keys{key(KeyCode::Home), key(KeyCode::End), key(KeyCode::Home),
                    key(KeyCode::End)})); // rxvt, Linux console, tmux
    EXPECT_EQ(decode("\x1b[11~\x1b[14~"), (Keys{key(KeyCode::F1), key(KeyCode::F4)}));
    EXPECT_EQ(decode("\x1b[[A\x1b[[E"), (Keys{key(KeyCode::F1), key(KeyCode::F5)}));
    EXPECT_EQ(decode("\x1b[2$\x1b[3^\x1b[5@"),
              (Keys{key(KeyCode::Insert, Modifier::Shift), key(KeyCode::Delete, Modifier::Ctrl),
                    key(KeyCode::PageUp, Modifier::Ctrl | Modifier::Shift)}));
    EXPECT_EQ(decode("\x1b[a\x1bOd"),
              (Keys{key(KeyCode::Up, Modifier::Shift), key(KeyCode::Left, Modifier::Ctrl)}));
    EXPECT_EQ(decode("\x1bO5P"), Keys{key(KeyCode::F1, Modifier::Ctrl)});
    EXPECT_EQ(decode("\x1b[97;5u\x1b[13;2u"),
              (Keys{make_char(U'a', Modifier::Ctrl), key(KeyCode::Enter, Modifier::Shift)}));
}

TEST(KeyDecoder, UnknownSequencesAreConsumedWholeAndDropped) {
    EXPECT_EQ(decode("\x1b[?1;2ca"), Keys{make_char(U'a')});        // device attributes
    EXPECT_EQ(decode("\x1b[Ia\x1b[O"), Keys{make_char(U'a')});      // focus in/out
    EXPECT_EQ(decode("\x1b[<35;10;5Ma"), Keys{make_char(U'a')});    // mouse motion, no button
    EXPECT_EQ(decode("\x1b[99~\x1b[201~a"), Keys{make_char(U'a')}); // unknown, stray end
    EXPECT_EQ(decode("\x1b[1;2 qa"), Keys{make_char(U'a')});        // intermediate byte
    EXPECT_EQ(decode("\x1bOxa"), Keys{make_char(U'a')});            // unknown SS3
    EXPECT_EQ(decode("\x1b[" + std::string(500, '1') + "Aa"), Keys{make_char(U'a')}); // long
}

TEST(KeyDecoder, ControlByteInsideASequenceAbandonsIt) {
    EXPECT_EQ(decode("\x1b[1;\x1b[B"), Keys{make_key(KeyCode::Down)});
    EXPECT_EQ(decode("\x1b[2\r"), Keys{make_key(KeyCode::Enter)});
}

TEST(KeyDecoder, InvalidUtf8BytesBecomeReplacementCharacters) {
    const Key bad = make_char(text::replacement_character);
    EXPECT_EQ(decode("\xff"), Keys{bad});
    EXPECT_EQ(decode("\x80x"), (Keys{bad, make_char(U'x')}));
    EXPECT_EQ(decode("\xc3("), (Keys{bad, make_char(U'(')}));
    EXPECT_EQ(decode("\xc0\xaf"), (Keys{bad, bad}));          // overlong
    EXPECT_EQ(decode("\xed\xa0\x80"), (Keys{bad, bad, bad})); // surrogate
    EXPECT_EQ(decode("\xe4\xb8\x1b[A"), (Keys{bad, bad, make_key(KeyCode::Up)}));
    EXPECT_EQ(decode("\xe4\xb8"), Keys{bad}); // cut short: one U+FFFD on timeout
}

TEST(KeyDecoder, MatchesDecodeUtf8OnRandomPrintableBytes) {
    std::mt19937 rng(11);
    std::uniform_int_distribution<int> byte(0x20, 0xFF);
    for (int round = 0; round < 500; ++round) {
        std::string s;
        for (int i = 0; i < 40; ++i) {
            const int b = byte(rng);
            s.push_back(static_cast<char>(b == 0x7F ? 'x' : b));
        }
        s += "."; // completes any trailing partial character
        Keys expected;
        for (std::size_t pos = 0; pos < s.size();) {
            const text::DecodedChar c = text::decode_utf8(s, pos);
            expected.push_back(make_char(c.codepoint));
            pos += c.length;
        }
        ASSERT_EQ(KeyDecoder().feed(s), expected) << ::testing::PrintToString(s);
    }
}

// A stream mixing every kind of input; it does not end in a pending ESC.
std::string mixed_stream(Keys& expected) {
    const Keys keys = {
        make_char(U'a'),
        make_char(U'\u4e2d'),
        make_char(U'\U0001F600'),
        make_char(U's', Modifier::Ctrl),
        make_key(KeyCode::Up),
        make_key(KeyCode::Up, Modifier::Shift),
        make_key(KeyCode::Home, Modifier::Ctrl),
        make_key(KeyCode::F1),
        make_key(KeyCode::F5, Modifier::Alt),
        make_char(U'x', Modifier::Alt),
        make_char(U'\u00e9', Modifier::Alt),
        make_paste("pasted \x1b[A\n\x1b[201 \u6587\x1b"),
        make_key(KeyCode::Backspace, Modifier::Ctrl),
        make_key(KeyCode::Tab, Modifier::Shift),
        make_key(KeyCode::Delete),
        make_char(U'z'),
    };
    std::string bytes;
    for (const Key& k : keys) {
        bytes += encode_key(k);
    }
    bytes += "\xff\x1b[?1;2c\x1b[I"; // an invalid byte and two sequences to drop
    bytes += "\x1b[4~";              // rxvt End
    expected = keys;
    expected.push_back(make_char(text::replacement_character));
    expected.push_back(make_key(KeyCode::End));
    return bytes;
}

TEST(KeyDecoder, EverySplitPointOfAMixedStreamGivesTheSameKeys) {
    Keys expected;
    const std::string bytes = mixed_stream(expected);
    ASSERT_EQ(decode_in_chunks(bytes, {}), expected);
    for (std::size_t cut = 0; cut <= bytes.size(); ++cut) {
        ASSERT_EQ(decode_in_chunks(bytes, {cut}), expected) << "cut at " << cut;
    }
    for (std::size_t first = 0; first <= bytes.size(); ++first) {
        for (std::size_t second = first; second <= bytes.size(); ++second) {
            ASSERT_EQ(decode_in_chunks(bytes, {first, second}), expected)
                << "cuts at " << first << " and " << second;
        }
    }
    std::vector<std::size_t> every_byte;
    for (std::size_t cut = 1; cut < bytes.size(); ++cut) {
        every_byte.push_back(cut);
    }
    ASSERT_EQ(decode_in_chunks(bytes, every_byte), expected);
}

TEST(KeyDecoder, PasteStaysOpenAcrossTimeoutsUntilItsEndMarker) {
    KeyDecoder decoder;
    EXPECT_EQ(decoder.feed("\x1b[200~abc\x1b"), Keys{});
    EXPECT_FALSE(decoder.waiting_for_more());
    EXPECT_EQ(decoder.on_timeout(), std::nullopt);
    EXPECT_EQ(decoder.feed("[20"), Keys{});
    EXPECT_EQ(decoder.feed("1~x"), (Keys{make_paste("abc"), make_char(U'x')}));
}

TEST(KeyDecoder, PasteKeepsEscapesAndNearMissMarkersVerbatim) {
    const std::string text = "\x1b\x1b[201\x1b[200~\x1b[2011~\r\n\x1b";
    EXPECT_EQ(decode("\x1b[200~" + text + "\x1b[201~"), Keys{make_paste(text)});
}

std::string megabyte_of_paste_text() {
    std::mt19937 rng(5);
    const std::vector<std::string> pieces = {"\x1b", "\x1b[",        "\x1b[20",     "\x1b[201",
                                             "\n",   "\u4e2d\u6587", "plain text ", "\xff"};
    std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
    std::string text;
    while (text.size() < (1u << 20)) {
        text += pieces[pick(rng)];
    }
    return text;
}

TEST(KeyDecoder, MegabytePasteFedInFourKilobyteChunksIsOneKey) {
    const std::string text = megabyte_of_paste_text();
    const std::string bytes = "a\x1b[200~" + text + "\x1b[201~b";
    KeyDecoder decoder;
    Keys keys;
    for (std::size_t pos = 0; pos < bytes.size(); pos += 4096) {
        for (Key& k : decoder.feed(std::string_view(bytes).substr(pos, 4096))) {
            keys.push_back(std::move(k));
        }
    }
    ASSERT_EQ(keys.size(), 3u);
    EXPECT_EQ(keys[0], make_char(U'a'));
    EXPECT_EQ(keys[1].code, KeyCode::Paste);
    EXPECT_TRUE(keys[1].text == text); // not EXPECT_EQ: a failure would print a megabyte
    EXPECT_EQ(keys[2], make_char(U'b'));
}

TEST(KeyDecoder, PasteOfOnlyEscapesIsDecodedWhole) {
    const std::string text(1u << 20, '\x1b');
    const Keys keys = decode("\x1b[200~" + text + "\x1b[201~");
    ASSERT_EQ(keys.size(), 1u);
    EXPECT_TRUE(keys[0].text == text);
}

TEST(KeyDecoder, AcceptsBytesAsStdByteSpan) {
    const std::array<std::byte, 3> bytes = {std::byte{0x1b}, std::byte{'['}, std::byte{'B'}};
    KeyDecoder decoder;
    EXPECT_EQ(decoder.feed(std::span<const std::byte>(bytes)), Keys{make_key(KeyCode::Down)});
}

} // namespace
} // namespace trio::keys
