// Every message that crosses between trio's components, declared once. The thread build
// moves these objects through in-process queues; the process build encodes them with
// protocol/codec (versioned bytes, documented in docs/protocol.md).
#pragma once

#include "editor/document/edit_op.hpp"
#include "editor/document/units.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace trio::protocol {

using document::ByteOffset;
using document::DisplayColumn;
using document::EditOp;
using document::LineIndex;
using document::SeqNo;

// Monotonic-clock nanoseconds (CLOCK_MONOTONIC is shared by all processes of a machine),
// carried in messages so each hop of a keystroke can be timed.
using TimestampNs = std::int64_t;

// ---- input → render -------------------------------------------------------------------

// One visible line, already clipped to the columns on screen. `text` starts at the first
// character that reaches into the visible columns; `first_column` is that character's
// display column from the start of the line (needed to expand tabs and to cut a wide
// character that straddles the left edge). Its size is bounded by the screen width.
struct ViewLine {
    std::string text;
    DisplayColumn first_column;
    // The 1-based document line this row shows, for the line-number gutter; 0 on the
    // continuation rows of a soft-wrapped line (their gutter is blank).
    std::uint64_t number = 0;
    // The selected part of this row, in the line's display columns: [begin, end). Equal: none.
    // `end` one column past the line's last character means the line break is selected
    // too (render highlights one blank cell there, as micro does).
    DisplayColumn selection_begin{0};
    DisplayColumn selection_end{0};
    bool operator==(const ViewLine&) const = default;
};

// The syntax render colours the text rows in (chosen by input from the file name and first
// line; render colours only the rows it draws, off the keystroke path).
enum class Language : std::uint8_t { None = 0, C = 1, Python = 2, Markdown = 3, Shell = 4 };

enum class Design : std::uint8_t { Threads = 1, Processes = 2 };

// Which question the message row asks, if any: the cursor then sits after the message, and
// render shows the keys that answer it in the hints row.
enum class Prompt : std::uint8_t {
    None = 0,
    Question = 1,           // Y / N / ^C
    Search = 2,             // the search field
    GoToLine = 3,           // the line[:column] field
    Recovery = 4,           // a journal survives: R recover / D discard / O read-only / ^Q
    RecoveryImpossible = 5, // a journal survives but cannot apply: D / O / ^Q
    LockHeld = 6,           // another editor has the file open: O read-only / C continue / ^Q
    Replace = 7,            // the replacement field of find and replace (Ctrl-R)
    ReplaceThis = 8,        // at each match: Y replace / N skip / A all / Esc stop
    FileName = 9,           // the name to save a new buffer as (or Save As)
    OpenFile = 10,          // the name of a file to open in another buffer (Ctrl-O)
    ChangedOnDisk = 11,     // the file changed on disk since read: Y save over it / N cancel
};

// Screen rows that are not document text: status bar, message line, key hints. Input sends
// (rows - chrome_rows) text lines; render lays them out above those three rows.
inline constexpr std::uint16_t chrome_rows = 3;

// What the screen should show now. Bounded by the screen size, never by the file size.
struct ViewMessage {
    SeqNo seq;                       // increases with every view sent
    TimestampNs key_read_ns = 0;     // when the key that caused this view was read (0: none)
    TimestampNs view_sent_ns = 0;    // when input offered it to render's channel (0: not yet)
    bool wants_frame_timing = false; // answer with a FrameTiming once drawn (the F2 panel)
    LineIndex first_line;            // document line shown on the first text row
    DisplayColumn left_column;       // horizontal scroll: first display column shown
    std::vector<ViewLine> lines;     // text rows, top to bottom (fewer at the end of the file)
    std::uint32_t cursor_row = 0;    // text row of the cursor, 0-based
    std::uint32_t cursor_column = 0; // screen column of the cursor, 0-based (gutter included)
    // Columns at the left of the text rows taken by line numbers (digits and one space);
    // 0: no gutter. The text area is `columns - gutter_width` wide.
    std::uint16_t gutter_width = 0;
    // Long lines wrap onto the next rows: each row is drawn from its own line.first_column
    // (left_column is 0), instead of every row from left_column.
    bool soft_wrap = false;
    Language language = Language::None;
    bool syntax_colours = true; // false: config `colours = off` / --no-colours
    // Status line.
    std::string file_name;
    bool modified = false;
    bool read_only = false;
    std::uint64_t cursor_line = 1;           // 1-based, for the status line
    std::uint64_t cursor_display_column = 1; // 1-based
    std::uint64_t line_count = 1;            // 0: not counted yet (a huge file, just opened)
    Design design = Design::Threads;
    // Message row: a prompt or a transient message ("Saved 12 lines", an error).
    std::string message;
    bool message_is_error = false;
    Prompt prompt = Prompt::None;
    std::string note; // right-aligned on the message row: progress ("Searching… 42%")
    // Status line, after the markers: the recovery journal's state ("journaled", "journal 3 s
    // behind", "journal failed"; empty when there is nothing to protect).
    std::string journal_state;
    bool journal_problem = false; // drawn as an error
    bool operator==(const ViewMessage&) const = default;
};

// Put `text` on the terminal's (system) clipboard with OSC 52, where the terminal supports
// it. A message of its own, not a ViewMessage field: views are coalesced (only the newest is
// drawn) and a copy must not be; nor should every view carry the clipboard. Input sends at
// most max_osc52_bytes of text (larger copies stay in the internal clipboard only).
struct ClipboardCopy {
    std::string text;
    bool operator==(const ClipboardCopy&) const = default;
};
inline constexpr std::size_t max_osc52_bytes = 128 * 1024;

// ---- render → input -------------------------------------------------------------------

// The terminal's size; sent once at start and after every resize.
struct TerminalSize {
    std::uint16_t rows = 0;
    std::uint16_t columns = 0;
    bool operator==(const TerminalSize&) const = default;
};

// A keystroke's view has reached the terminal: render sends this after present() returned
// (the frame's bytes were written) for a view with wants_frame_timing and a key_read_ns.
// Coalesced views are not timed: only the drawn view's key is, whose effect is what was shown.
// Input asks for it only while the F2 panel is shown: each one wakes input once more per
// frame, so with the panel closed the reverse traffic, and its cost, is nil. Render never
// waits to send it (try_send; dropped when the queue is full).
struct FrameTiming {
    TimestampNs key_read_ns = 0;    // copied from the drawn view
    TimestampNs view_sent_ns = 0;   // copied from the drawn view
    TimestampNs frame_drawn_ns = 0; // when present() returned, in render
    bool operator==(const FrameTiming&) const = default;
};

// ---- input → autosave -----------------------------------------------------------------

// The edits themselves travel as document::EditOp (large inserts split into chunks so a
// message stays under the transport's limit).

// One open file (buffer) of the session. Buffer 0 is the one the session starts with; each
// buffer opened later (a second file on the command line, Ctrl-O) gets the next number.
using BufferId = std::uint32_t;

// What tells whether a file on disk is still the one input read or last saved: the file's
// stat(2) fields. All zero: there was no file.
struct FileStamp {
    std::uint64_t size = 0;
    std::int64_t mtime_ns = 0; // st_mtim as nanoseconds since the epoch
    std::uint64_t inode = 0;
    std::uint64_t device = 0;
    bool operator==(const FileStamp&) const = default;
};

// Write the document, as of edit `seq`, to `path` atomically.
struct SaveRequest {
    SeqNo seq; // the replica must have applied every edit up to and including this one
    std::string path;
    // The file input expects at `path` (as it read or last saved it; all zero: no file). If
    // the file there is another (another program wrote it), nothing is written and the
    // SaveResult says changed_on_disk, unless `overwrite` (the user said to save over it).
    FileStamp expected{};
    bool overwrite = false;
    bool operator==(const SaveRequest&) const = default;
};

// Open another buffer in autosave: it loads `path` itself (maps it, as input did) and checks
// it is the file input loaded (`stamp`); if not, that buffer's saves fail with a message
// (never write bytes other than the user's). Edits, saves and DropJournal that follow a
// SelectBuffer naming it apply to it. Sent once per buffer, before its first SelectBuffer.
struct OpenBuffer {
    BufferId buffer = 0;
    std::string path;         // the file ("" : an unnamed buffer, empty text)
    FileStamp stamp{};        // as input loaded it (all zero: no file: an empty buffer)
    std::string journal_path; // empty: no journal for this buffer
    bool operator==(const OpenBuffer&) const = default;
};

// The EditOps, SaveRequests and DropJournals that follow are for `buffer` (until the next
// SelectBuffer). Before any, they are for buffer 0.
struct SelectBuffer {
    BufferId buffer = 0;
    bool operator==(const SelectBuffer&) const = default;
};

// The buffer was closed (its journal was dropped or kept, as for a session's end): autosave
// forgets its replica. Messages that name it afterwards are ignored.
struct CloseBuffer {
    BufferId buffer = 0;
    bool operator==(const CloseBuffer&) const = default;
};

// Delete the recovery journal now: the user saved and quit, quit without saving, or chose
// to discard a journal left by a crash.
struct DropJournal {
    bool operator==(const DropJournal&) const = default;
};

// ---- autosave → input -----------------------------------------------------------------

struct SaveResult {
    SeqNo seq; // the SaveRequest this answers
    bool ok = false;
    std::uint64_t bytes_written = 0;
    std::uint64_t lines_written = 0;
    std::string error; // human-readable, with the path and strerror; empty if ok
    // Nothing was written: the file at the path is not the one the request expected.
    bool changed_on_disk = false;
    FileStamp saved{};   // ok: the file as written (the next save expects it)
    BufferId buffer = 0; // the buffer the request was for
    bool operator==(const SaveResult&) const = default;
};

// A problem autosave hit outside a save (e.g. the original file could not be read).
struct AutosaveProblem {
    std::string error;
    BufferId buffer = 0; // the buffer it concerns
    bool operator==(const AutosaveProblem&) const = default;
};

// One write(2) of the recovery journal: it took the edits first_seq..last_seq to the kernel
// (a snapshot record stands for every edit up to last_seq that it replaces).
struct JournalWrite {
    SeqNo first_seq;            // the first edit this write carried
    SeqNo last_seq;             // the last one
    TimestampNs written_ns = 0; // when write(2) returned, in autosave
    bool operator==(const JournalWrite&) const = default;
};

// At most this many JournalWrites travel in one JournalReport (the latest ones).
inline constexpr std::size_t max_recent_writes = 16;

// The recovery journal's progress, sent after each fsync and whenever its error changes
// (not per edit: the status line needs no more, and the reverse traffic would cost a
// wake-up of input per keystroke).
struct JournalReport {
    SeqNo written;     // every edit up to this one has reached the kernel (survives a kill)
    SeqNo synced;      // … and the disk (survives a power loss)
    std::string error; // why the journal cannot be written; empty when it can
    // What the journal has cost so far (this session): for the F2 panel and trio-bench.
    std::uint64_t bytes_written = 0;
    std::uint64_t write_calls = 0;
    std::uint64_t fsync_calls = 0;
    // The journal's write(2)s since the previous report, oldest first; only the latest
    // max_recent_writes when there were more. For the F2 panel's "→ journal written" latency.
    std::vector<JournalWrite> recent_writes;
    BufferId buffer = 0; // whose journal this is (each buffer has its own)
    bool operator==(const JournalReport&) const = default;
};

// ---- one variant per channel ----------------------------------------------------------

using ToRender = std::variant<ViewMessage, ClipboardCopy>;
using ToInputFromRender = std::variant<TerminalSize, FrameTiming>;
using ToAutosave =
    std::variant<EditOp, SaveRequest, DropJournal, OpenBuffer, SelectBuffer, CloseBuffer>;
using ToInputFromAutosave = std::variant<SaveResult, AutosaveProblem, JournalReport>;

} // namespace trio::protocol
