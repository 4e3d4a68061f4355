// Micro-benchmarks of Document: an edit in the middle from 1 KiB to 1 GiB, indexing every
// line of 1 GiB, Ctrl-End and first paint on a fresh 1 GiB document, and edits in a tree of
// ~100,000 pieces. A developer tool; no component runs it. Run:
//   cmake -S . -B build-rel -G Ninja -DCMAKE_BUILD_TYPE=Release
//   cmake --build build-rel --target trio_document_bench && build-rel/bin/trio_document_bench
#include "editor/document/document.hpp"
#include "editor/document/original_bytes.hpp"

#include <benchmark/benchmark.h>
#include <limits>
#include <map>
#include <memory>
#include <random>
#include <string>

namespace {

using trio::document::ByteOffset;
using trio::document::ByteRange;
using trio::document::Document;
using trio::document::LineIndex;
using trio::document::OriginalBytes;

constexpr std::uint64_t kib = std::uint64_t{1} << 10;
constexpr std::uint64_t mib = std::uint64_t{1} << 20;
constexpr std::uint64_t gib = std::uint64_t{1} << 30;
constexpr std::uint64_t everything = std::numeric_limits<std::uint64_t>::max();

std::string eighty_column_lines(std::uint64_t bytes) {
    std::string line;
    for (int i = 0; i < 79; ++i) {
        line += static_cast<char>('a' + i % 26);
    }
    line += '\n';
    std::string s;
    s.reserve(bytes);
    while (s.size() + line.size() <= bytes) {
        s += line;
    }
    s.append(line, 0, bytes - s.size());
    return s;
}

// Originals are made once per size and shared by every benchmark, as a file mapping would be
// (a 1 GiB string takes about a second to build). Bench-only state.
std::shared_ptr<const OriginalBytes> original_of(std::uint64_t bytes) {
    static std::map<std::uint64_t, std::shared_ptr<const OriginalBytes>> made;
    auto& slot = made[bytes];
    if (!slot) {
        slot = OriginalBytes::from_string(eighty_column_lines(bytes));
    }
    return slot;
}

Document indexed_document(std::uint64_t bytes) {
    Document doc(original_of(bytes));
    (void)doc.index_lines(everything);
    return doc;
}

// The figure: this edit in 1 GiB within 2x of 1 KiB, far under a millisecond. After
// the first iteration the middle is a piece boundary, so this is the steady cost of typing
// and deleting at one place.
void insert_and_erase_in_the_middle(benchmark::State& state) {
    Document doc = indexed_document(static_cast<std::uint64_t>(state.range(0)));
    const ByteOffset middle(doc.size().value / 2);
    for (auto _ : state) {
        benchmark::DoNotOptimize(doc.insert(middle, "x"));
        benchmark::DoNotOptimize(doc.erase({middle, ByteOffset(middle.value + 1)}));
    }
    state.counters["pieces"] = static_cast<double>(doc.piece_count());
}
BENCHMARK(insert_and_erase_in_the_middle)->Arg(kib)->Arg(mib)->Arg(gib);

// The same edit at a new place each time, so every insert first cuts an original piece (and
// counts the newlines of the shorter side through the block index). The document is reset
// every 1024 edits so the piece count stays near 2,000.
void insert_and_erase_at_a_new_place(benchmark::State& state) {
    const Document pristine = indexed_document(static_cast<std::uint64_t>(state.range(0)));
    Document doc = pristine;
    std::mt19937_64 rng(1);
    std::uniform_int_distribution<std::uint64_t> place(0, pristine.size().value - 1);
    int edits = 0;
    for (auto _ : state) {
        if (++edits % 1024 == 0) {
            state.PauseTiming();
            doc = pristine;
            state.ResumeTiming();
        }
        const ByteOffset at(place(rng));
        benchmark::DoNotOptimize(doc.insert(at, "x"));
        benchmark::DoNotOptimize(doc.erase({at, ByteOffset(at.value + 1)}));
    }
}
BENCHMARK(insert_and_erase_at_a_new_place)->Arg(kib)->Arg(mib)->Arg(gib);

// Counting every line of a fresh 1 GiB document: what idle-time indexing does in slices.
void index_every_line(benchmark::State& state) {
    const auto original = original_of(static_cast<std::uint64_t>(state.range(0)));
    for (auto _ : state) {
        Document doc(original);
        benchmark::DoNotOptimize(doc.index_lines(everything));
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(original->size()));
}
BENCHMARK(index_every_line)->Arg(gib)->Unit(benchmark::kMillisecond);

// Ctrl-End on a fresh document: the last line of the end, then where that line starts.
void go_to_the_last_line(benchmark::State& state) {
    const auto original = original_of(static_cast<std::uint64_t>(state.range(0)));
    for (auto _ : state) {
        Document doc(original);
        const LineIndex last = doc.line_of(ByteOffset(doc.size().value));
        benchmark::DoNotOptimize(doc.line_start(last));
    }
}
BENCHMARK(go_to_the_last_line)->Arg(mib)->Arg(gib)->Unit(benchmark::kMillisecond);

// Opening and the first screen: 50 lines' starts and ends (the original is already in memory,
// as a warm file mapping would be).
void open_and_find_the_first_screen(benchmark::State& state) {
    const auto original = original_of(static_cast<std::uint64_t>(state.range(0)));
    for (auto _ : state) {
        Document doc(original);
        for (std::uint64_t k = 0; k <= 50; ++k) {
            benchmark::DoNotOptimize(doc.line_start(LineIndex(k)));
            benchmark::DoNotOptimize(doc.line_end(LineIndex(k)));
        }
    }
}
BENCHMARK(open_and_find_the_first_screen)->Arg(mib)->Arg(gib)->Unit(benchmark::kMicrosecond);

// Tree depth: 100,000 random inserts and erases first (tens of thousands of pieces), then an
// insert at the end (and its erase, to stay steady).
void insert_at_the_end_after_many_edits(benchmark::State& state) {
    Document doc = indexed_document(static_cast<std::uint64_t>(state.range(0)));
    std::mt19937_64 rng(2);
    for (int i = 0; i < 100000; ++i) {
        const std::uint64_t at =
            std::uniform_int_distribution<std::uint64_t>(0, doc.size().value)(rng);
        if (i % 3 == 2 && at < doc.size().value) {
            (void)doc.erase({ByteOffset(at), ByteOffset(std::min(doc.size().value, at + 5))});
        } else {
            (void)doc.insert(ByteOffset(at), "edit\n");
        }
    }
    (void)doc.line_count();
    for (auto _ : state) {
        const ByteOffset end(doc.size().value);
        benchmark::DoNotOptimize(doc.insert(end, "x"));
        benchmark::DoNotOptimize(doc.erase({end, ByteOffset(end.value + 1)}));
    }
    state.counters["pieces"] = static_cast<double>(doc.piece_count());
}
BENCHMARK(insert_at_the_end_after_many_edits)->Arg(mib)->Arg(gib);

} // namespace

BENCHMARK_MAIN();
