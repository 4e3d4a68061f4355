// Builds the sample messages of the codec benchmarks (see sample_messages.hpp). Runs on the
// benchmark thread of trio_ipc_bench.
#include "bench/ipc/sample_messages.hpp"

#include <string>

namespace trio::ipc_bench {

namespace {

constexpr std::uint16_t screen_rows = 24;
constexpr std::uint16_t screen_columns = 80;
constexpr protocol::TimestampNs some_time_ns = 1'700'000'000'000'000'000;

// 80 columns of prose-like ASCII, different on every row.
std::string text_row(std::size_t row) {
    const std::string words = "the quick brown fox jumps over the lazy dog; ";
    std::string text;
    for (std::size_t i = 0; text.size() < screen_columns; ++i) {
        text += words[(row * 7 + i) % words.size()];
    }
    return text;
}

} // namespace

protocol::ViewMessage full_screen_view() {
    protocol::ViewMessage view;
    view.seq = protocol::SeqNo(1234);
    view.key_read_ns = some_time_ns;
    view.first_line = protocol::LineIndex(5000);
    for (std::size_t row = 0; row < screen_rows - protocol::chrome_rows; ++row) {
        view.lines.push_back(protocol::ViewLine{text_row(row), protocol::DisplayColumn(0)});
    }
    view.cursor_row = 10;
    view.cursor_column = 42;
    view.file_name = "docs/architecture.md";
    view.modified = true;
    view.cursor_line = 5011;
    view.cursor_display_column = 43;
    view.line_count = 12000;
    view.design = protocol::Design::Processes;
    view.message = "Saved 12000 lines";
    view.journal_state = "journaled";
    return view;
}

protocol::EditOp typed_character() {
    return protocol::EditOp{protocol::SeqNo(1234), protocol::EditOp::Kind::Insert,
                            protocol::ByteOffset(400'000), "x"};
}

protocol::EditOp pasted_chunk(std::size_t bytes) {
    std::string text;
    for (std::size_t row = 0; text.size() < bytes; ++row) {
        text += text_row(row);
        text += '\n';
    }
    text.resize(bytes);
    return protocol::EditOp{protocol::SeqNo(1235), protocol::EditOp::Kind::Insert,
                            protocol::ByteOffset(400'001), std::move(text)};
}

protocol::EditOp erased_character() {
    return protocol::EditOp{protocol::SeqNo(1236), protocol::EditOp::Kind::Erase,
                            protocol::ByteOffset(400'000), "x"};
}

protocol::SaveRequest save_request() {
    return protocol::SaveRequest{protocol::SeqNo(1236), "/home/user/projects/trio/notes.txt"};
}

protocol::SaveResult save_result() {
    protocol::SaveResult result;
    result.seq = protocol::SeqNo(1236);
    result.ok = true;
    result.bytes_written = 987'654;
    result.lines_written = 12'000;
    return result;
}

protocol::AutosaveProblem autosave_problem() {
    return protocol::AutosaveProblem{
        "cannot read /home/user/projects/trio/notes.txt: Permission denied"};
}

protocol::JournalReport journal_report() {
    protocol::JournalReport report;
    report.written = protocol::SeqNo(1236);
    report.synced = protocol::SeqNo(1230);
    report.bytes_written = 56'789;
    report.write_calls = 345;
    report.fsync_calls = 67;
    for (std::uint64_t i = 0; i < 4; ++i) {
        report.recent_writes.push_back(protocol::JournalWrite{
            protocol::SeqNo(1230 + i), protocol::SeqNo(1230 + i),
            some_time_ns + static_cast<protocol::TimestampNs>(i) * 1'000'000});
    }
    return report;
}

protocol::TerminalSize terminal_size() {
    return protocol::TerminalSize{screen_rows, screen_columns};
}

protocol::FrameTiming frame_timing() {
    return protocol::FrameTiming{some_time_ns, some_time_ns + 40'000, some_time_ns + 250'000};
}

} // namespace trio::ipc_bench
