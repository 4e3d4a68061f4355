// Micro-benchmarks of literal search: SearchJob full scans (needle absent) over 1 MiB and
// 1 GiB documents of 80-column text, and glibc memmem/memchr on the same bytes as a baseline.
// A developer tool; no component runs it. Run:
//   cmake -S . -B build-rel -G Ninja -DCMAKE_BUILD_TYPE=Release
//   cmake --build build-rel --target trio_search_bench && build-rel/bin/trio_search_bench
#include "editor/document/document.hpp"
#include "editor/search/search_job.hpp"

#include <benchmark/benchmark.h>
#include <cstring>
#include <limits>
#include <memory>
#include <string>
#include <string_view>

namespace {

using trio::document::ByteOffset;
using trio::document::Document;
using namespace trio::search;

constexpr std::uint64_t mib = std::uint64_t{1} << 20;
constexpr std::uint64_t gib = std::uint64_t{1} << 30;

// Common English words, all lower case and without 'q' or 'z'. The needles below are absent
// (checked), so every benchmark is a full scan; the 5- and 16-byte ones are made of common
// letters, so the scan's filter bytes do occur and candidates must be verified.
constexpr std::string_view words[] = {
    "the",  "of",    "and",  "to",    "in",    "is",     "was",   "that", "for",  "on",
    "are",  "with",  "as",   "his",   "they",  "be",     "at",    "one",  "have", "this",
    "from", "or",    "had",  "by",    "word",  "but",    "what",  "some", "we",   "can",
    "out",  "other", "were", "all",   "there", "when",   "up",    "use",  "your", "how",
    "said", "an",    "each", "she",   "which", "do",     "their", "time", "if",   "will",
    "way",  "about", "many", "then",  "them",  "write",  "would", "like", "so",   "these",
    "her",  "long",  "make", "thing", "see",   "him",    "two",   "has",  "look", "more",
    "day",  "could", "go",   "come",  "did",   "number", "sound", "no",   "most", "people",
    "my",   "over",  "know", "water", "than",  "call",   "first", "who",  "may",  "down",
    "side", "been",  "now",  "find"};

constexpr std::string_view needles[] = {"Q", "thank", "number of thinks"};

// Lines of at most 79 characters plus '\n', words from a fixed-seed generator.
std::string make_text(std::uint64_t size) {
    std::string s;
    s.reserve(size + 100);
    std::uint64_t state = 12345;
    std::size_t column = 0;
    while (s.size() < size) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        const std::string_view w = words[(state >> 33U) % std::size(words)];
        if (column + w.size() + 1 > 79) {
            s += '\n';
            column = 0;
            continue;
        }
        if (column > 0) {
            s += ' ';
            ++column;
        }
        s += w;
        column += w.size();
    }
    s.resize(size);
    return s;
}

// The documents, built on first use so a filtered run builds only what it needs. Owned by
// main() and handed to the benchmarks by reference.
class Corpus {
public:
    const std::string& text(std::uint64_t size) {
        std::unique_ptr<std::string>& t = size == gib ? m_text_gib : m_text_mib;
        if (!t) {
            t = std::make_unique<std::string>(make_text(size));
        }
        return *t;
    }

    // pieces == 1: the document as opened; otherwise 5,000 inserts spread evenly through it
    // cut it into about 10,000 pieces.
    const Document& document(std::uint64_t size, int pieces) {
        std::unique_ptr<Document>& d = size == gib ? (pieces == 1 ? m_doc_gib : m_edited_gib)
                                                   : (pieces == 1 ? m_doc_mib : m_edited_mib);
        if (!d) {
            d = std::make_unique<Document>(make_text(size));
            if (pieces > 1) {
                const std::uint64_t edits = static_cast<std::uint64_t>(pieces) / 2;
                for (std::uint64_t i = edits; i > 0; --i) {
                    const std::uint64_t at = i * (size / (edits + 1));
                    static_cast<void>(d->insert(ByteOffset(at), "edit "));
                }
            }
        }
        return *d;
    }

private:
    std::unique_ptr<std::string> m_text_mib, m_text_gib;
    std::unique_ptr<Document> m_doc_mib, m_doc_gib, m_edited_mib, m_edited_gib;
};

void search_job_full_scan(benchmark::State& state, Corpus& corpus, std::uint64_t size, int pieces,
                          CaseMode mode, std::string_view needle) {
    const Document& doc = corpus.document(size, pieces);
    const SearchQuery query{std::string(needle), Direction::Forward, mode, Wrap::Yes};
    for (auto _ : state) {
        SearchJob job(doc, query, ByteOffset(0));
        const StepResult r = job.step(doc, std::numeric_limits<std::uint64_t>::max());
        if (r.status != StepStatus::NotFound) {
            state.SkipWithError("the needle occurs in the text: not a full scan");
            break;
        }
        benchmark::DoNotOptimize(r);
    }
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(size));
}

void glibc_memmem(benchmark::State& state, Corpus& corpus, std::uint64_t size,
                  std::string_view needle) {
    const std::string& text = corpus.text(size);
    for (auto _ : state) {
        const void* hit = memmem(text.data(), text.size(), needle.data(), needle.size());
        if (hit != nullptr) {
            state.SkipWithError("the needle occurs in the text: not a full scan");
            break;
        }
        benchmark::DoNotOptimize(hit);
    }
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(size));
}

void register_all(Corpus& corpus) {
    for (const std::uint64_t size : {mib, gib}) {
        const std::string size_name = size == gib ? "1GiB" : "1MiB";
        for (const int pieces : {1, 10000}) {
            for (const CaseMode mode : {CaseMode::Sensitive, CaseMode::Insensitive}) {
                for (const std::string_view needle : needles) {
                    if (pieces > 1 && needle.size() != 5) {
                        continue; // pieces cost per chunk, not per needle: one needle shows it
                    }
                    const std::string name =
                        "SearchJob/" + size_name + "/" + (pieces > 1 ? "10000pieces" : "1piece") +
                        "/" + (mode == CaseMode::Sensitive ? "sensitive" : "insensitive") +
                        "/needle" + std::to_string(needle.size());
                    benchmark::RegisterBenchmark(name.c_str(), search_job_full_scan,
                                                 std::ref(corpus), size, pieces, mode, needle)
                        ->Unit(benchmark::kMillisecond)
                        ->MinTime(size == gib ? 2.0 : 0.5);
                }
            }
        }
        for (const std::string_view needle : needles) {
            const std::string name =
                "glibc_memmem/" + size_name + "/needle" + std::to_string(needle.size());
            benchmark::RegisterBenchmark(name.c_str(), glibc_memmem, std::ref(corpus), size, needle)
                ->Unit(benchmark::kMillisecond)
                ->MinTime(size == gib ? 2.0 : 0.5);
        }
    }
}

} // namespace

int main(int argc, char** argv) {
    Corpus corpus;
    register_all(corpus);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
