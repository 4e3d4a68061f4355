// Field-by-field encoding of each message, in the order docs/protocol.md lists them.
// Runs wherever the codec runs (both ends of every process-transport channel).
#include "editor/protocol/message_fields.hpp"

#include <string>

namespace trio::protocol {

namespace {

// Smallest encoding of one ViewLine: an empty text (u32 length), its first_column (i64),
// number (u64) and selection (two i64).
constexpr std::size_t min_view_line_bytes = 4 + 8 + 8 + 8 + 8;
// One JournalWrite: first_seq, last_seq (u64 each) and written_ns (i64).
constexpr std::size_t journal_write_bytes = 8 + 8 + 8;

Design read_design(ByteReader& r) {
    const std::uint8_t v = r.u8("ViewMessage.design");
    if (v != static_cast<std::uint8_t>(Design::Threads) &&
        v != static_cast<std::uint8_t>(Design::Processes)) {
        r.fail("unknown ViewMessage.design " + std::to_string(v));
    }
    return static_cast<Design>(v);
}

Prompt read_prompt(ByteReader& r) {
    const std::uint8_t v = r.u8("ViewMessage.prompt");
    if (v > static_cast<std::uint8_t>(Prompt::ChangedOnDisk)) {
        r.fail("unknown ViewMessage.prompt " + std::to_string(v));
    }
    return static_cast<Prompt>(v);
}

Language read_language(ByteReader& r) {
    const std::uint8_t v = r.u8("ViewMessage.language");
    if (v > static_cast<std::uint8_t>(Language::Shell)) {
        r.fail("unknown ViewMessage.language " + std::to_string(v));
    }
    return static_cast<Language>(v);
}

// A FileStamp: size (u64), mtime_ns (i64), inode (u64), device (u64).
constexpr std::size_t file_stamp_bytes = 32;

void write_stamp(ByteWriter& w, const FileStamp& s) {
    w.u64(s.size);
    w.i64(s.mtime_ns);
    w.u64(s.inode);
    w.u64(s.device);
}

FileStamp read_stamp(ByteReader& r) {
    FileStamp s;
    s.size = r.u64("FileStamp.size");
    s.mtime_ns = r.i64("FileStamp.mtime_ns");
    s.inode = r.u64("FileStamp.inode");
    s.device = r.u64("FileStamp.device");
    return s;
}

EditOp::Kind read_edit_kind(ByteReader& r) {
    const std::uint8_t v = r.u8("EditOp.kind");
    if (v != static_cast<std::uint8_t>(EditOp::Kind::Insert) &&
        v != static_cast<std::uint8_t>(EditOp::Kind::Erase)) {
        r.fail("unknown EditOp.kind " + std::to_string(v));
    }
    return static_cast<EditOp::Kind>(v);
}

} // namespace

// ---- ViewMessage ----------------------------------------------------------------------

void write_fields(ByteWriter& w, const ViewMessage& m) {
    w.u64(m.seq.value);
    w.i64(m.key_read_ns);
    w.i64(m.view_sent_ns);
    w.boolean(m.wants_frame_timing);
    w.u64(m.first_line.value);
    w.i64(m.left_column.value);
    w.count(m.lines.size(), "ViewMessage.lines");
    for (const ViewLine& line : m.lines) {
        w.string(line.text, "ViewLine.text");
        w.i64(line.first_column.value);
        w.u64(line.number);
        w.i64(line.selection_begin.value);
        w.i64(line.selection_end.value);
    }
    w.u32(m.cursor_row);
    w.u32(m.cursor_column);
    w.u16(m.gutter_width);
    w.boolean(m.soft_wrap);
    w.u8(static_cast<std::uint8_t>(m.language));
    w.boolean(m.syntax_colours);
    w.string(m.file_name, "ViewMessage.file_name");
    w.boolean(m.modified);
    w.boolean(m.read_only);
    w.u64(m.cursor_line);
    w.u64(m.cursor_display_column);
    w.u64(m.line_count);
    w.u8(static_cast<std::uint8_t>(m.design));
    w.string(m.message, "ViewMessage.message");
    w.boolean(m.message_is_error);
    w.u8(static_cast<std::uint8_t>(m.prompt));
    w.string(m.note, "ViewMessage.note");
    w.string(m.journal_state, "ViewMessage.journal_state");
    w.boolean(m.journal_problem);
}

void read_fields(ByteReader& r, ViewMessage& m) {
    m.seq = SeqNo(r.u64("ViewMessage.seq"));
    m.key_read_ns = r.i64("ViewMessage.key_read_ns");
    m.view_sent_ns = r.i64("ViewMessage.view_sent_ns");
    m.wants_frame_timing = r.boolean("ViewMessage.wants_frame_timing");
    m.first_line = LineIndex(r.u64("ViewMessage.first_line"));
    m.left_column = DisplayColumn(r.i64("ViewMessage.left_column"));
    const std::uint32_t n = r.count("ViewMessage.lines", min_view_line_bytes);
    m.lines.reserve(n);
    for (std::uint32_t i = 0; i < n; ++i) {
        ViewLine& line = m.lines.emplace_back();
        line.text = r.string("ViewLine.text");
        line.first_column = DisplayColumn(r.i64("ViewLine.first_column"));
        line.number = r.u64("ViewLine.number");
        line.selection_begin = DisplayColumn(r.i64("ViewLine.selection_begin"));
        line.selection_end = DisplayColumn(r.i64("ViewLine.selection_end"));
    }
    m.cursor_row = r.u32("ViewMessage.cursor_row");
    m.cursor_column = r.u32("ViewMessage.cursor_column");
    m.gutter_width = r.u16("ViewMessage.gutter_width");
    m.soft_wrap = r.boolean("ViewMessage.soft_wrap");
    m.language = read_language(r);
    m.syntax_colours = r.boolean("ViewMessage.syntax_colours");
    m.file_name = r.string("ViewMessage.file_name");
    m.modified = r.boolean("ViewMessage.modified");
    m.read_only = r.boolean("ViewMessage.read_only");
    m.cursor_line = r.u64("ViewMessage.cursor_line");
    m.cursor_display_column = r.u64("ViewMessage.cursor_display_column");
    m.line_count = r.u64("ViewMessage.line_count");
    m.design = read_design(r);
    m.message = r.string("ViewMessage.message");
    m.message_is_error = r.boolean("ViewMessage.message_is_error");
    m.prompt = read_prompt(r);
    m.note = r.string("ViewMessage.note");
    m.journal_state = r.string("ViewMessage.journal_state");
    m.journal_problem = r.boolean("ViewMessage.journal_problem");
}

std::size_t payload_hint(const ViewMessage& m) {
    std::size_t n =
        116 + m.file_name.size() + m.message.size() + m.note.size() + m.journal_state.size();
    for (const ViewLine& line : m.lines) {
        n += min_view_line_bytes + line.text.size();
    }
    return n;
}

// ---- ClipboardCopy --------------------------------------------------------------------

void write_fields(ByteWriter& w, const ClipboardCopy& m) {
    w.string(m.text, "ClipboardCopy.text");
}

void read_fields(ByteReader& r, ClipboardCopy& m) {
    m.text = r.string("ClipboardCopy.text");
}

std::size_t payload_hint(const ClipboardCopy& m) {
    return 4 + m.text.size();
}

// ---- TerminalSize ---------------------------------------------------------------------

void write_fields(ByteWriter& w, const TerminalSize& m) {
    w.u16(m.rows);
    w.u16(m.columns);
}

void read_fields(ByteReader& r, TerminalSize& m) {
    m.rows = r.u16("TerminalSize.rows");
    m.columns = r.u16("TerminalSize.columns");
}

std::size_t payload_hint(const TerminalSize&) {
    return 4;
}

// ---- FrameTiming ----------------------------------------------------------------------

void write_fields(ByteWriter& w, const FrameTiming& m) {
    w.i64(m.key_read_ns);
    w.i64(m.view_sent_ns);
    w.i64(m.frame_drawn_ns);
}

void read_fields(ByteReader& r, FrameTiming& m) {
    m.key_read_ns = r.i64("FrameTiming.key_read_ns");
    m.view_sent_ns = r.i64("FrameTiming.view_sent_ns");
    m.frame_drawn_ns = r.i64("FrameTiming.frame_drawn_ns");
}

std::size_t payload_hint(const FrameTiming&) {
    return 24;
}

// ---- EditOp ---------------------------------------------------------------------------

void write_fields(ByteWriter& w, const EditOp& m) {
    w.u64(m.seq.value);
    w.u8(static_cast<std::uint8_t>(m.kind));
    w.u64(m.offset.value);
    w.string(m.text, "EditOp.text");
}

void read_fields(ByteReader& r, EditOp& m) {
    m.seq = SeqNo(r.u64("EditOp.seq"));
    m.kind = read_edit_kind(r);
    m.offset = ByteOffset(r.u64("EditOp.offset"));
    m.text = r.string("EditOp.text");
}

std::size_t payload_hint(const EditOp& m) {
    return 21 + m.text.size();
}

// ---- SaveRequest ----------------------------------------------------------------------

void write_fields(ByteWriter& w, const SaveRequest& m) {
    w.u64(m.seq.value);
    w.string(m.path, "SaveRequest.path");
    write_stamp(w, m.expected);
    w.boolean(m.overwrite);
}

void read_fields(ByteReader& r, SaveRequest& m) {
    m.seq = SeqNo(r.u64("SaveRequest.seq"));
    m.path = r.string("SaveRequest.path");
    m.expected = read_stamp(r);
    m.overwrite = r.boolean("SaveRequest.overwrite");
}

std::size_t payload_hint(const SaveRequest& m) {
    return 12 + file_stamp_bytes + 1 + m.path.size();
}

// ---- SaveResult -----------------------------------------------------------------------

void write_fields(ByteWriter& w, const SaveResult& m) {
    w.u64(m.seq.value);
    w.boolean(m.ok);
    w.u64(m.bytes_written);
    w.u64(m.lines_written);
    w.string(m.error, "SaveResult.error");
    w.boolean(m.changed_on_disk);
    write_stamp(w, m.saved);
    w.u32(m.buffer);
}

void read_fields(ByteReader& r, SaveResult& m) {
    m.seq = SeqNo(r.u64("SaveResult.seq"));
    m.ok = r.boolean("SaveResult.ok");
    m.bytes_written = r.u64("SaveResult.bytes_written");
    m.lines_written = r.u64("SaveResult.lines_written");
    m.error = r.string("SaveResult.error");
    m.changed_on_disk = r.boolean("SaveResult.changed_on_disk");
    m.saved = read_stamp(r);
    m.buffer = r.u32("SaveResult.buffer");
}

std::size_t payload_hint(const SaveResult& m) {
    return 29 + 1 + file_stamp_bytes + 4 + m.error.size();
}

// ---- AutosaveProblem ------------------------------------------------------------------

void write_fields(ByteWriter& w, const AutosaveProblem& m) {
    w.string(m.error, "AutosaveProblem.error");
    w.u32(m.buffer);
}

void read_fields(ByteReader& r, AutosaveProblem& m) {
    m.error = r.string("AutosaveProblem.error");
    m.buffer = r.u32("AutosaveProblem.buffer");
}

std::size_t payload_hint(const AutosaveProblem& m) {
    return 8 + m.error.size();
}

// ---- DropJournal ----------------------------------------------------------------------

void write_fields(ByteWriter& /*w*/, const DropJournal& /*m*/) {}

void read_fields(ByteReader& /*r*/, DropJournal& /*m*/) {}

std::size_t payload_hint(const DropJournal& /*m*/) {
    return 0;
}

// ---- JournalReport --------------------------------------------------------------------

void write_fields(ByteWriter& w, const JournalReport& m) {
    w.u64(m.written.value);
    w.u64(m.synced.value);
    w.string(m.error, "JournalReport.error");
    w.u64(m.bytes_written);
    w.u64(m.write_calls);
    w.u64(m.fsync_calls);
    w.count(m.recent_writes.size(), "JournalReport.recent_writes");
    for (const JournalWrite& write : m.recent_writes) {
        w.u64(write.first_seq.value);
        w.u64(write.last_seq.value);
        w.i64(write.written_ns);
    }
    w.u32(m.buffer);
}

void read_fields(ByteReader& r, JournalReport& m) {
    m.written = SeqNo(r.u64("JournalReport.written"));
    m.synced = SeqNo(r.u64("JournalReport.synced"));
    m.error = r.string("JournalReport.error");
    m.bytes_written = r.u64("JournalReport.bytes_written");
    m.write_calls = r.u64("JournalReport.write_calls");
    m.fsync_calls = r.u64("JournalReport.fsync_calls");
    const std::uint32_t n = r.count("JournalReport.recent_writes", journal_write_bytes);
    m.recent_writes.reserve(n);
    for (std::uint32_t i = 0; i < n; ++i) {
        JournalWrite& write = m.recent_writes.emplace_back();
        write.first_seq = SeqNo(r.u64("JournalWrite.first_seq"));
        write.last_seq = SeqNo(r.u64("JournalWrite.last_seq"));
        write.written_ns = r.i64("JournalWrite.written_ns");
    }
    m.buffer = r.u32("JournalReport.buffer");
}

std::size_t payload_hint(const JournalReport& m) {
    return 52 + m.error.size() + m.recent_writes.size() * journal_write_bytes;
}

// ---- OpenBuffer, SelectBuffer, CloseBuffer --------------------------------------------

void write_fields(ByteWriter& w, const OpenBuffer& m) {
    w.u32(m.buffer);
    w.string(m.path, "OpenBuffer.path");
    write_stamp(w, m.stamp);
    w.string(m.journal_path, "OpenBuffer.journal_path");
}

void read_fields(ByteReader& r, OpenBuffer& m) {
    m.buffer = r.u32("OpenBuffer.buffer");
    m.path = r.string("OpenBuffer.path");
    m.stamp = read_stamp(r);
    m.journal_path = r.string("OpenBuffer.journal_path");
}

std::size_t payload_hint(const OpenBuffer& m) {
    return 12 + file_stamp_bytes + m.path.size() + m.journal_path.size();
}

void write_fields(ByteWriter& w, const SelectBuffer& m) {
    w.u32(m.buffer);
}

void read_fields(ByteReader& r, SelectBuffer& m) {
    m.buffer = r.u32("SelectBuffer.buffer");
}

std::size_t payload_hint(const SelectBuffer&) {
    return 4;
}

void write_fields(ByteWriter& w, const CloseBuffer& m) {
    w.u32(m.buffer);
}

void read_fields(ByteReader& r, CloseBuffer& m) {
    m.buffer = r.u32("CloseBuffer.buffer");
}

std::size_t payload_hint(const CloseBuffer&) {
    return 4;
}

} // namespace trio::protocol
