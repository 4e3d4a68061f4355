// Encode and decode cost of every message trio's components exchange, through the process
// transport's codec (protocol::Codec), with the encoded size of each. A developer tool; no
// component runs it. The thread transport encodes nothing: it copies the object into its
// queue (try_send takes a const reference) and moves it out.
#include "bench/ipc/sample_messages.hpp"
#include "editor/protocol/codec.hpp"

#include <benchmark/benchmark.h>
#include <cstddef>
#include <vector>

namespace trio::ipc_bench {

namespace {

using protocol::ToAutosave;
using protocol::ToInputFromAutosave;
using protocol::ToInputFromRender;
using protocol::ToRender;

void report_size(benchmark::State& state, std::size_t encoded_bytes) {
    state.counters["bytes"] = static_cast<double>(encoded_bytes);
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(encoded_bytes));
}

// Into one reused buffer, as InterprocessSender does.
template <class Channel> void encode(benchmark::State& state, const Channel& msg) {
    std::vector<std::byte> out;
    for (auto _ : state) {
        protocol::Codec<Channel>::encode(msg, out);
        benchmark::DoNotOptimize(out.data());
        benchmark::ClobberMemory();
    }
    report_size(state, out.size());
}

template <class Channel> void decode(benchmark::State& state, const Channel& msg) {
    std::vector<std::byte> bytes;
    protocol::Codec<Channel>::encode(msg, bytes);
    for (auto _ : state) {
        Channel decoded = protocol::Codec<Channel>::decode(bytes);
        benchmark::DoNotOptimize(decoded);
    }
    if (protocol::Codec<Channel>::decode(bytes) != msg) {
        state.SkipWithError("decode(encode(msg)) != msg");
    }
    report_size(state, bytes.size());
}

BENCHMARK_CAPTURE(encode, view_24x80, ToRender(full_screen_view()));
BENCHMARK_CAPTURE(decode, view_24x80, ToRender(full_screen_view()));
BENCHMARK_CAPTURE(encode, edit_insert_1_byte, ToAutosave(typed_character()));
BENCHMARK_CAPTURE(decode, edit_insert_1_byte, ToAutosave(typed_character()));
BENCHMARK_CAPTURE(encode, edit_insert_4_kib, ToAutosave(pasted_chunk()));
BENCHMARK_CAPTURE(decode, edit_insert_4_kib, ToAutosave(pasted_chunk()));
BENCHMARK_CAPTURE(encode, edit_erase_1_byte, ToAutosave(erased_character()));
BENCHMARK_CAPTURE(decode, edit_erase_1_byte, ToAutosave(erased_character()));
BENCHMARK_CAPTURE(encode, save_request, ToAutosave(save_request()));
BENCHMARK_CAPTURE(decode, save_request, ToAutosave(save_request()));
BENCHMARK_CAPTURE(encode, drop_journal, ToAutosave(protocol::DropJournal{}));
BENCHMARK_CAPTURE(decode, drop_journal, ToAutosave(protocol::DropJournal{}));
BENCHMARK_CAPTURE(encode, save_result, ToInputFromAutosave(save_result()));
BENCHMARK_CAPTURE(decode, save_result, ToInputFromAutosave(save_result()));
BENCHMARK_CAPTURE(encode, autosave_problem, ToInputFromAutosave(autosave_problem()));
BENCHMARK_CAPTURE(decode, autosave_problem, ToInputFromAutosave(autosave_problem()));
BENCHMARK_CAPTURE(encode, journal_report, ToInputFromAutosave(journal_report()));
BENCHMARK_CAPTURE(decode, journal_report, ToInputFromAutosave(journal_report()));
BENCHMARK_CAPTURE(encode, terminal_size, ToInputFromRender(terminal_size()));
BENCHMARK_CAPTURE(decode, terminal_size, ToInputFromRender(terminal_size()));
BENCHMARK_CAPTURE(encode, frame_timing, ToInputFromRender(frame_timing()));
BENCHMARK_CAPTURE(decode, frame_timing, ToInputFromRender(frame_timing()));

} // namespace

} // namespace trio::ipc_bench
