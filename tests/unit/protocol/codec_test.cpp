// Round trips, exact bytes, header validation and message sizes of the protocol codec.
#include "editor/protocol/byte_writer.hpp"
#include "editor/protocol/codec.hpp"
#include "sample_messages.hpp"

#include <gtest/gtest.h>
#include <initializer_list>
#include <string>

namespace trio::protocol {
namespace {

using namespace samples;

template <class V> V round_trip(const V& msg) {
    std::vector<std::byte> out;
    Codec<V>::encode(msg, out);
    return Codec<V>::decode(out);
}

template <class V> std::vector<std::byte> encode(const V& msg) {
    std::vector<std::byte> out;
    Codec<V>::encode(msg, out);
    return out;
}

std::vector<std::byte> bytes(std::initializer_list<int> values) {
    std::vector<std::byte> out;
    for (int v : values) {
        out.push_back(static_cast<std::byte>(v));
    }
    return out;
}

// A well-formed header (correct size) around a hand-written payload.
std::vector<std::byte> framed(std::uint8_t type, const std::vector<std::byte>& payload) {
    std::vector<std::byte> out = bytes({'T', '3', protocol_version, type});
    ByteWriter w(out);
    w.u32(static_cast<std::uint32_t>(payload.size()));
    out.insert(out.end(), payload.begin(), payload.end());
    return out;
}

template <class V> std::string decode_error(std::span<const std::byte> in) {
    try {
        (void)Codec<V>::decode(in);
    } catch (const DecodeError& e) {
        return e.what();
    }
    return "<decoded without error>";
}

// ---- round trips ----------------------------------------------------------------------

TEST(Codec, ViewMessageRoundTripsWithChineseNulAndExtremeValues) {
    EXPECT_EQ(round_trip(ToRender{sample_view()}), ToRender{sample_view()});
}

TEST(Codec, ClipboardCopyRoundTripsWithNulAndLineBreaks) {
    EXPECT_EQ(round_trip(ToRender{sample_clipboard()}), ToRender{sample_clipboard()});
}

TEST(Codec, DefaultViewMessageWithNoLinesRoundTrips) {
    EXPECT_EQ(round_trip(ToRender{empty_view()}), ToRender{empty_view()});
}

TEST(Codec, TerminalSizeRoundTrips) {
    EXPECT_EQ(round_trip(ToInputFromRender{sample_size()}), ToInputFromRender{sample_size()});
}

TEST(Codec, FrameTimingRoundTrips) {
    EXPECT_EQ(round_trip(ToInputFromRender{sample_frame_timing()}),
              ToInputFromRender{sample_frame_timing()});
}

TEST(Codec, ViewMessageCarriesItsSendTimeAndTheFrameTimingRequest) {
    ViewMessage view;
    view.key_read_ns = 1'000;
    view.view_sent_ns = 2'500;
    view.wants_frame_timing = true;
    const ToRender decoded = round_trip(ToRender{view});
    EXPECT_EQ(std::get<ViewMessage>(decoded).view_sent_ns, 2'500);
    EXPECT_TRUE(std::get<ViewMessage>(decoded).wants_frame_timing);
}

TEST(Codec, JournalReportRoundTripsWithItsRecentWrites) {
    const ToInputFromAutosave decoded =
        round_trip(ToInputFromAutosave{sample_journal_report_with_writes()});
    EXPECT_EQ(decoded, ToInputFromAutosave{sample_journal_report_with_writes()});
    EXPECT_EQ(std::get<JournalReport>(decoded).recent_writes.size(), 3U);
}

TEST(Codec, EditOpsRoundTrip) {
    EXPECT_EQ(round_trip(ToAutosave{sample_insert()}), ToAutosave{sample_insert()});
    EXPECT_EQ(round_trip(ToAutosave{sample_erase()}), ToAutosave{sample_erase()});
}

TEST(Codec, SaveRequestRoundTrips) {
    const ToAutosave decoded = round_trip(ToAutosave{sample_save_request()});
    ASSERT_TRUE(std::holds_alternative<SaveRequest>(decoded));
    EXPECT_EQ(std::get<SaveRequest>(decoded), sample_save_request());
}

TEST(Codec, SaveResultsAndProblemsRoundTrip) {
    EXPECT_EQ(round_trip(ToInputFromAutosave{sample_save_ok()}),
              ToInputFromAutosave{sample_save_ok()});
    EXPECT_EQ(round_trip(ToInputFromAutosave{sample_save_failed()}),
              ToInputFromAutosave{sample_save_failed()});
    EXPECT_EQ(round_trip(ToInputFromAutosave{sample_problem()}),
              ToInputFromAutosave{sample_problem()});
    EXPECT_EQ(round_trip(ToInputFromAutosave{sample_journal_report()}),
              ToInputFromAutosave{sample_journal_report()});
    EXPECT_EQ(round_trip(ToAutosave{DropJournal{}}), ToAutosave{DropJournal{}});
}

TEST(Codec, ChangedOnDiskFieldsRoundTrip) {
    EXPECT_EQ(round_trip(ToAutosave{sample_overwriting_save_request()}),
              ToAutosave{sample_overwriting_save_request()});
    EXPECT_EQ(round_trip(ToInputFromAutosave{sample_save_changed_on_disk()}),
              ToInputFromAutosave{sample_save_changed_on_disk()});
}

TEST(Codec, BufferMessagesRoundTrip) {
    EXPECT_EQ(round_trip(ToAutosave{sample_open_buffer()}), ToAutosave{sample_open_buffer()});
    EXPECT_EQ(round_trip(ToAutosave{SelectBuffer{7}}), ToAutosave{SelectBuffer{7}});
    EXPECT_EQ(round_trip(ToAutosave{CloseBuffer{0xffffffffU}}),
              ToAutosave{CloseBuffer{0xffffffffU}});
}

TEST(Codec, SelectBufferEncodesToDocumentedBytes) {
    EXPECT_EQ(encode(ToAutosave{SelectBuffer{0x0102}}),
              bytes({0x54, 0x33, protocol_version, 0x34, 4, 0, 0, 0, // header
                     0x02, 0x01, 0, 0}));                            // buffer
}

TEST(Codec, FileStampIsSizeMtimeInodeDeviceInOrder) {
    SaveRequest request{SeqNo(1), "", FileStamp{1, -1, 2, 3}, true};
    const auto out = encode(ToAutosave{request});
    ASSERT_EQ(out.size(), 8U + 8 + 4 + 32 + 1);
    const std::vector<std::byte> stamp(out.begin() + 20, out.begin() + 52);
    EXPECT_EQ(stamp, bytes({1,    0,    0,    0,    0,    0,    0,    0,    // size
                            0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, // mtime_ns
                            2,    0,    0,    0,    0,    0,    0,    0,    // inode
                            3,    0,    0,    0,    0,    0,    0,    0})); // device
    EXPECT_EQ(out.back(), std::byte{1});                                    // overwrite
}

// ---- exact bytes: these pin the format documented in docs/protocol.md ------------------

TEST(Codec, TerminalSizeEncodesToDocumentedBytes) {
    EXPECT_EQ(encode(ToInputFromRender{TerminalSize{24, 80}}),
              bytes({'T', '3', 3, 0x20, 4, 0, 0, 0, 24, 0, 80, 0}));
}

TEST(Codec, FrameTimingEncodesToDocumentedBytes) {
    EXPECT_EQ(encode(ToInputFromRender{FrameTiming{0x0102, 0x0304, -1}}),
              bytes({'T',  '3',  3,    0x21, 24,   0,    0,    0,       // header
                     0x02, 0x01, 0,    0,    0,    0,    0,    0,       // key_read_ns
                     0x04, 0x03, 0,    0,    0,    0,    0,    0,       // view_sent_ns
                     0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff})); // frame_drawn_ns = -1
}

TEST(Codec, JournalWritesFollowTheReportsCountersWithTheirCount) {
    JournalReport report;
    report.recent_writes = {JournalWrite{SeqNo(3), SeqNo(4), 5}};
    const auto out = encode(ToInputFromAutosave{report});
    // header 8, written 8, synced 8, error 4, three counters 24: the count comes at byte 52.
    ASSERT_EQ(out.size(), 84U);
    EXPECT_EQ(std::vector<std::byte>(out.begin() + 52, out.end()),
              bytes({1, 0, 0, 0,             // one write
                     3, 0, 0, 0, 0, 0, 0, 0, // first_seq
                     4, 0, 0, 0, 0, 0, 0, 0, // last_seq
                     5, 0, 0, 0, 0, 0, 0, 0, // written_ns
                     0, 0, 0, 0}));          // buffer
}

TEST(Codec, EditOpEncodesToDocumentedBytes) {
    const EditOp op{SeqNo(0x0102), EditOp::Kind::Erase, ByteOffset(5), "a"};
    EXPECT_EQ(encode(ToAutosave{op}), bytes({'T',  '3',  3, 0x30, 22, 0, 0, 0, // header
                                             0x02, 0x01, 0, 0,    0,  0, 0, 0, // seq
                                             2,                                // kind = Erase
                                             5,    0,    0, 0,    0,  0, 0, 0, // offset
                                             1,    0,    0, 0,    'a'}));      // text
}

TEST(Codec, MessageTypesAreChannelBasePlusVariantIndex) {
    EXPECT_EQ(encode(ToRender{ViewMessage{}})[3], std::byte{0x10});
    EXPECT_EQ(encode(ToInputFromRender{TerminalSize{}})[3], std::byte{0x20});
    EXPECT_EQ(encode(ToInputFromRender{FrameTiming{}})[3], std::byte{0x21});
    EXPECT_EQ(encode(ToAutosave{SaveRequest{}})[3], std::byte{0x31});
    EXPECT_EQ(encode(ToAutosave{OpenBuffer{}})[3], std::byte{0x33});
    EXPECT_EQ(encode(ToAutosave{SelectBuffer{}})[3], std::byte{0x34});
    EXPECT_EQ(encode(ToAutosave{CloseBuffer{}})[3], std::byte{0x35});
    EXPECT_EQ(encode(ToInputFromAutosave{SaveResult{}})[3], std::byte{0x40});
    EXPECT_EQ(encode(ToInputFromAutosave{AutosaveProblem{}})[3], std::byte{0x41});
    EXPECT_EQ(encode(ToInputFromAutosave{JournalReport{}})[3], std::byte{0x42});
}

TEST(Codec, EncodeReplacesTheCallersBufferAndKeepsItsCapacity) {
    std::vector<std::byte> out(10'000, std::byte{0xAA});
    const std::size_t capacity = out.capacity();
    Codec<ToInputFromRender>::encode(TerminalSize{24, 80}, out);
    EXPECT_EQ(out, encode(ToInputFromRender{TerminalSize{24, 80}}));
    EXPECT_EQ(out.capacity(), capacity);
}

// ---- header validation ----------------------------------------------------------------

TEST(Codec, InputShorterThanTheHeaderIsRejected) {
    EXPECT_EQ(decode_error<ToRender>({}), "message of 0 bytes is shorter than the 8-byte header");
}

TEST(Codec, WrongMagicIsRejected) {
    auto in = encode(ToInputFromRender{sample_size()});
    in[0] = std::byte{'X'};
    EXPECT_EQ(decode_error<ToInputFromRender>(in),
              "bad magic 0x58 0x33 (expected 'T3'): not a trio message");
}

TEST(Codec, FutureVersionIsRejectedWithBothVersionsNamed) {
    auto in = encode(ToInputFromRender{sample_size()});
    in[2] = std::byte{4};
    EXPECT_EQ(decode_error<ToInputFromRender>(in),
              "unsupported protocol version 4 (this build speaks version 3)");
    in[2] = std::byte{2}; // before the gutter and selection: a view's fields would be misread
    EXPECT_EQ(decode_error<ToInputFromRender>(in),
              "unsupported protocol version 2 (this build speaks version 3)");
}

TEST(Codec, MessageOfAnotherChannelIsRejected) {
    const auto in = encode(ToAutosave{sample_insert()});
    EXPECT_EQ(decode_error<ToRender>(in),
              "message type 0x30 is not valid on channel ToRender (expected 0x10..0x11)");
}

TEST(Codec, AFrameTimingIsRejectedOnTheViewChannel) {
    const auto in = encode(ToInputFromRender{sample_frame_timing()});
    EXPECT_EQ(decode_error<ToRender>(in),
              "message type 0x21 is not valid on channel ToRender (expected 0x10..0x11)");
}

TEST(Codec, UnknownTypeWithinTheChannelBlockIsRejected) {
    auto in = encode(ToAutosave{sample_insert()});
    in[3] = std::byte{0x36};
    EXPECT_EQ(decode_error<ToAutosave>(in),
              "message type 0x36 is not valid on channel ToAutosave (expected 0x30..0x35)");
}

TEST(Codec, DeclaredSizeMustMatchTheBytesThatFollow) {
    auto in = encode(ToInputFromRender{sample_size()});
    in[4] = std::byte{5};
    EXPECT_EQ(decode_error<ToInputFromRender>(in),
              "header declares a payload of 5 bytes but 4 follow it");
    in[4] = std::byte{3};
    EXPECT_EQ(decode_error<ToInputFromRender>(in),
              "header declares a payload of 3 bytes but 4 follow it");
}

TEST(Codec, TrailingBytesAfterTheLastFieldAreRejected) {
    const auto in = framed(0x20, bytes({24, 0, 80, 0, 0}));
    EXPECT_EQ(decode_error<ToInputFromRender>(in), "1 trailing bytes after the message at byte 12");
}

// ---- payload validation ---------------------------------------------------------------

TEST(Codec, UnknownEditKindIsRejected) {
    auto in = encode(ToAutosave{sample_insert()});
    in[16] = std::byte{3}; // header 8 + seq 8
    EXPECT_EQ(decode_error<ToAutosave>(in), "unknown EditOp.kind 3 at byte 17");
}

TEST(Codec, UnknownDesignIsRejected) {
    auto in = encode(ToRender{empty_view()});
    // The design byte sits 16 bytes from the end: design u8, message length u32, a bool, the
    // prompt u8, note length u32, journal_state length u32, a bool.
    in[in.size() - 16] = std::byte{0};
    EXPECT_EQ(decode_error<ToRender>(in), "unknown ViewMessage.design 0 at byte 97");
}

TEST(Codec, BoolOtherThanZeroOrOneIsRejected) {
    auto in = encode(ToRender{empty_view()});
    in[in.size() - 11] = std::byte{2};
    EXPECT_EQ(decode_error<ToRender>(in),
              "invalid bool 2 for 'ViewMessage.message_is_error' at byte 101");
}

TEST(Codec, UnknownPromptIsRejected) {
    auto in = encode(ToRender{empty_view()});
    in[in.size() - 10] = std::byte{12};
    EXPECT_EQ(decode_error<ToRender>(in), "unknown ViewMessage.prompt 12 at byte 103");
}

TEST(Codec, WantsFrameTimingOtherThanZeroOrOneIsRejected) {
    auto in = encode(ToRender{empty_view()});
    in[32] = std::byte{2}; // header 8, seq 8, key_read_ns 8, view_sent_ns 8
    EXPECT_EQ(decode_error<ToRender>(in),
              "invalid bool 2 for 'ViewMessage.wants_frame_timing' at byte 32");
}

TEST(Codec, StringLengthPastTheEndIsRejected) {
    const auto in = framed(0x41, bytes({5, 0, 0, 0, 'a', 'b'}));
    EXPECT_EQ(decode_error<ToInputFromAutosave>(in),
              "truncated at byte 12: 'AutosaveProblem.error' needs 5 bytes, 2 remain");
}

TEST(Codec, HugeLineCountIsRejectedBeforeAllocating) {
    // seq, key_read_ns, view_sent_ns, wants_frame_timing, first_line, left_column
    std::vector<std::byte> payload(41, std::byte{0});
    const auto count = bytes({0xff, 0xff, 0xff, 0xff});
    payload.insert(payload.end(), count.begin(), count.end());
    payload.resize(payload.size() + 59, std::byte{0}); // the rest of an empty view's fields
    EXPECT_EQ(decode_error<ToRender>(framed(0x10, payload)),
              "count 4294967295 for 'ViewMessage.lines' at byte 49 needs at least 36 bytes "
              "each, only 59 remain");
}

TEST(Codec, HugeJournalWriteCountIsRejectedBeforeAllocating) {
    auto in = encode(ToInputFromAutosave{JournalReport{}});
    // The count is followed only by the 4-byte buffer id.
    for (std::size_t i = in.size() - 8; i < in.size() - 4; ++i) {
        in[i] = std::byte{0xff};
    }
    EXPECT_EQ(decode_error<ToInputFromAutosave>(in),
              "count 4294967295 for 'JournalReport.recent_writes' at byte 52 needs at least 24 "
              "bytes each, only 4 remain");
}

// ---- sizes: the numbers quoted in docs/protocol.md ------------------------------------

ViewMessage full_screen(const std::string& glyph, std::size_t glyphs_per_row) {
    ViewMessage v;
    v.file_name = "notes.txt";
    std::string row;
    for (std::size_t i = 0; i < glyphs_per_row; ++i) {
        row += glyph;
    }
    v.lines.assign(24, ViewLine{row, DisplayColumn(0)});
    return v;
}

TEST(CodecSize, TypicalMessagesHaveTheDocumentedSizes) {
    EXPECT_EQ(encode(ToInputFromRender{TerminalSize{24, 80}}).size(), 12U);
    EXPECT_EQ(encode(ToAutosave{EditOp{SeqNo(1), EditOp::Kind::Insert, ByteOffset(0), "a"}}).size(),
              30U);
    EXPECT_EQ(
        encode(ToAutosave{EditOp{SeqNo(1), EditOp::Kind::Insert, ByteOffset(0), "中"}}).size(),
        32U);
    EXPECT_EQ(encode(ToAutosave{SaveRequest{SeqNo(1), "notes.txt"}}).size(), 62U);
    EXPECT_EQ(encode(ToInputFromAutosave{SaveResult{SeqNo(1), true, 1000, 10, ""}}).size(), 74U);
    EXPECT_EQ(encode(ToAutosave{SelectBuffer{3}}).size(), 12U);
    EXPECT_EQ(encode(ToRender{ViewMessage{}}).size(), 112U);
    EXPECT_EQ(encode(ToAutosave{DropJournal{}}).size(), 8U);
    EXPECT_EQ(encode(ToRender{full_screen("x", 80)}).size(), 2905U);
    EXPECT_EQ(encode(ToRender{full_screen("中", 40)}).size(), 3865U);
    EXPECT_EQ(encode(ToInputFromRender{FrameTiming{}}).size(), 32U);
    EXPECT_EQ(encode(ToInputFromAutosave{JournalReport{}}).size(), 60U);
    JournalReport full;
    full.recent_writes.assign(max_recent_writes, JournalWrite{});
    EXPECT_EQ(encode(ToInputFromAutosave{full}).size(), 444U);
}

// Backs the "a view message does not grow with the file" claim: its size is bounded by the
// screen. Even 80 three-byte characters per row (more than 80 columns can show) stays under
// four bytes per cell plus a small fixed overhead.
TEST(CodecSize, ViewOfAFullChineseScreenIsBoundedByTheScreenSize) {
    constexpr std::size_t cells = 24 * 80;
    constexpr std::size_t fixed_overhead = 512;
    EXPECT_LT(encode(ToRender{full_screen("中", 40)}).size(), cells * 4 + fixed_overhead);
    EXPECT_LT(encode(ToRender{full_screen("中", 80)}).size(), cells * 4 + fixed_overhead);
}

} // namespace
} // namespace trio::protocol
