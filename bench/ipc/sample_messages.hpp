// One realistic instance of each message trio's components exchange, for the codec benchmarks
// of trio_ipc_bench (no component uses them).
#pragma once

#include "editor/protocol/messages.hpp"

#include <cstddef>

namespace trio::ipc_bench {

// What input sends render after a keystroke on a 24x80 terminal: 21 full 80-column text rows
// (24 minus chrome_rows) and a filled-in status line.
[[nodiscard]] protocol::ViewMessage full_screen_view();

// Edits as the document reports them: one typed character, a 4 KiB chunk of a paste (large
// inserts travel in chunks), one character erased by Backspace.
[[nodiscard]] protocol::EditOp typed_character();
[[nodiscard]] protocol::EditOp pasted_chunk(std::size_t bytes = 4096);
[[nodiscard]] protocol::EditOp erased_character();

[[nodiscard]] protocol::SaveRequest save_request();
[[nodiscard]] protocol::SaveResult save_result();
[[nodiscard]] protocol::AutosaveProblem autosave_problem();
// After an fsync while typing: a few journal writes since the previous report.
[[nodiscard]] protocol::JournalReport journal_report();
[[nodiscard]] protocol::TerminalSize terminal_size();
[[nodiscard]] protocol::FrameTiming frame_timing();

} // namespace trio::ipc_bench
