// Non-trivial example messages shared by the protocol tests: UTF-8, Chinese, NUL bytes,
// empty lists and extreme integers.
#pragma once

#include "editor/protocol/codec.hpp"

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace trio::protocol::samples {

using namespace std::string_literals;

inline ViewMessage sample_view() {
    ViewMessage v;
    v.seq = SeqNo(std::numeric_limits<std::uint64_t>::max());
    v.key_read_ns = std::numeric_limits<std::int64_t>::min();
    v.view_sent_ns = std::numeric_limits<std::int64_t>::max();
    v.wants_frame_timing = true;
    v.first_line = LineIndex(1'234'567'890'123ULL);
    v.left_column = DisplayColumn(-3);
    v.lines = {ViewLine{"中文字符 and ASCII", DisplayColumn(0)}, ViewLine{"", DisplayColumn(7)},
               ViewLine{"nul\0inside\ttab\x1b[31m"s, DisplayColumn(1), 99, DisplayColumn(2),
                        DisplayColumn(40)},
               ViewLine{"\xff\xfe invalid utf-8 \xc3",
                        DisplayColumn(std::numeric_limits<std::int64_t>::max())}};
    v.cursor_row = 3;
    v.cursor_column = std::numeric_limits<std::uint32_t>::max();
    v.gutter_width = 7;
    v.soft_wrap = true;
    v.language = Language::Markdown;
    v.syntax_colours = false;
    v.file_name = "目录/文件.txt";
    v.modified = true;
    v.read_only = false;
    v.cursor_line = 42;
    v.cursor_display_column = 17;
    v.line_count = std::numeric_limits<std::uint64_t>::max();
    v.design = Design::Processes;
    v.message = "Cannot save '目录/文件.txt': Permission denied";
    v.message_is_error = true;
    v.prompt = Prompt::Search;
    v.note = "Searching… 42%";
    v.journal_state = "journal 3 s behind";
    v.journal_problem = true;
    return v;
}

inline ClipboardCopy sample_clipboard() {
    return ClipboardCopy{"复制 \0 bytes\r\n"s};
}

inline ViewMessage empty_view() {
    return ViewMessage{};
}

inline TerminalSize sample_size() {
    return TerminalSize{65535, 80};
}

inline FrameTiming sample_frame_timing() {
    return FrameTiming{1'000'000'000'000, -1, std::numeric_limits<std::int64_t>::max()};
}

inline EditOp sample_insert() {
    return EditOp{SeqNo(7), EditOp::Kind::Insert,
                  ByteOffset(std::numeric_limits<std::uint64_t>::max()), "插入\0\n"s};
}

inline EditOp sample_erase() {
    return EditOp{SeqNo(0), EditOp::Kind::Erase, ByteOffset(0), ""};
}

inline SaveRequest sample_save_request() {
    return SaveRequest{SeqNo(99), "/tmp/中文 dir/a\0b"s};
}

inline SaveRequest sample_overwriting_save_request() {
    return SaveRequest{SeqNo(5), "a.txt",
                       FileStamp{12, -7, std::numeric_limits<std::uint64_t>::max(), 2049}, true};
}

inline SaveResult sample_save_changed_on_disk() {
    SaveResult r{SeqNo(5), false, 0, 0, "'a.txt' changed on disk"};
    r.changed_on_disk = true;
    r.saved = FileStamp{1, 2, 3, 4};
    r.buffer = 0xfffffffeU;
    return r;
}

inline OpenBuffer sample_open_buffer() {
    return OpenBuffer{3, "文件/b.txt", FileStamp{10, 1'700'000'000'000'000'000, 99, 2049},
                      "/home/u/.local/state/trio/journals/x"};
}

inline SaveResult sample_save_ok() {
    return SaveResult{SeqNo(99), true, 1ULL << 40, 3, ""};
}

inline SaveResult sample_save_failed() {
    return SaveResult{SeqNo(100), false, 0, 0, "Cannot save 'dir/file.txt': Permission denied"};
}

inline AutosaveProblem sample_problem() {
    return AutosaveProblem{"Cannot open '文件': 没有那个文件"};
}

inline JournalReport sample_journal_report() {
    return JournalReport{SeqNo(41),
                         SeqNo(40),
                         "cannot write the journal: 设备上没有空间",
                         std::numeric_limits<std::uint64_t>::max(),
                         3,
                         1,
                         {}};
}

// The writes a report carries: a one-edit write, a snapshot standing for many, extremes.
inline JournalReport sample_journal_report_with_writes() {
    JournalReport r{SeqNo(9), SeqNo(2), "", 420, 5, 1, {}};
    r.recent_writes = {JournalWrite{SeqNo(1), SeqNo(1), 5'000'000'123},
                       JournalWrite{SeqNo(2), SeqNo(8), 5'000'900'000},
                       JournalWrite{SeqNo(9), SeqNo(std::numeric_limits<std::uint64_t>::max()),
                                    std::numeric_limits<std::int64_t>::min()}};
    return r;
}

// One valid encoding of every message type on every channel, for the malformed-input tests.
inline std::vector<std::vector<std::byte>> all_sample_encodings() {
    std::vector<std::vector<std::byte>> all;
    auto add = [&all]<class V>(const V& msg) {
        std::vector<std::byte> out;
        Codec<V>::encode(msg, out);
        all.push_back(std::move(out));
    };
    add(ToRender{sample_view()});
    add(ToRender{empty_view()});
    add(ToRender{sample_clipboard()});
    add(ToInputFromRender{sample_size()});
    add(ToInputFromRender{sample_frame_timing()});
    add(ToAutosave{sample_insert()});
    add(ToAutosave{sample_erase()});
    add(ToAutosave{sample_save_request()});
    add(ToAutosave{sample_overwriting_save_request()});
    add(ToAutosave{sample_open_buffer()});
    add(ToAutosave{SelectBuffer{2}});
    add(ToAutosave{CloseBuffer{2}});
    add(ToInputFromAutosave{sample_save_changed_on_disk()});
    add(ToInputFromAutosave{sample_save_ok()});
    add(ToInputFromAutosave{sample_save_failed()});
    add(ToInputFromAutosave{sample_problem()});
    add(ToAutosave{DropJournal{}});
    add(ToInputFromAutosave{sample_journal_report()});
    add(ToInputFromAutosave{sample_journal_report_with_writes()});
    return all;
}

// Decodes `bytes` with the codec of the channel its (valid) type byte belongs to; used to
// feed mutated encodings to the right decoder. Unknown type bytes go to ToRender's decoder.
inline void decode_any(std::span<const std::byte> bytes) {
    const auto type = bytes.size() > 3 ? std::to_integer<std::uint8_t>(bytes[3]) : 0;
    switch (type & 0xf0) {
    case to_input_from_render_base:
        (void)Codec<ToInputFromRender>::decode(bytes);
        break;
    case to_autosave_base:
        (void)Codec<ToAutosave>::decode(bytes);
        break;
    case to_input_from_autosave_base:
        (void)Codec<ToInputFromAutosave>::decode(bytes);
        break;
    default:
        (void)Codec<ToRender>::decode(bytes);
        break;
    }
}

} // namespace trio::protocol::samples
