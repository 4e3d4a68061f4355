// An incremental literal search over a Document that runs in bounded slices, so a search of a
// 1 GiB file never stalls the keystroke loop. Runs in the input component.
#pragma once

#include "editor/document/document.hpp"
#include "editor/document/units.hpp"
#include "editor/search/literal_finder.hpp"
#include "editor/search/search_query.hpp"

#include <array>
#include <cstdint>
#include <optional>

namespace trio::search {

// Progress in candidate start positions: `scanned` never decreases between steps, and equals
// `total` when the job ends with NotFound. total is the document size (or the size of the
// one side of `start` searched, without wrap).
struct Progress {
    std::uint64_t scanned = 0;
    std::uint64_t total = 0;
};

enum class StepStatus { Running, Found, NotFound };

struct StepResult {
    StepStatus status = StepStatus::Running;
    document::ByteRange match; // Found only: the bytes that matched
    bool wrapped = false;      // Found only: the search went round the end of the document
    Progress progress;
};

// Contract:
// - Forward finds the first match beginning at or after `start`, then (with Wrap::Yes) the
//   first beginning before it. Backward finds the last match beginning before `start`, then
//   (with Wrap::Yes) the last beginning at or after it. So a match that begins before `start`
//   and ends after it is the previous match, not the next. Matches may overlap one another
//   and may straddle the document's internal chunks.
// - An empty needle matches nothing: the first step returns NotFound.
// - step() examines at most max(max_bytes, 1) candidate start positions (reading that many
//   bytes, plus needle size - 1 per 1 MiB slice) and returns Running if it has not finished.
//   Once Found or NotFound, every later step() returns the same result. The result never
//   depends on the budgets used. Measured full-scan speed is about 9 GB/s (Release build;
//   bench/search), so a budget of 8 MiB costs about 1 ms per step.
// - The job keeps no pointer into the document: each step() takes it anew. The document
//   must be the one the job was built for, unchanged; after any edit the caller discards the
//   job and starts a new one. A changed size is detected (std::logic_error); an edit that
//   keeps the size is not, and gives unspecified (but memory-safe) results.
// - Errors: `start` beyond doc.size() throws std::out_of_range. Not thread-safe; copyable.
class SearchJob {
public:
    SearchJob(const document::Document& doc, SearchQuery query, document::ByteOffset start);

    [[nodiscard]] StepResult step(const document::Document& doc, std::uint64_t max_bytes);

    [[nodiscard]] const SearchQuery& query() const { return m_query; }

private:
    // Candidate start positions [begin, end) searched in one direction. Positions too close
    // to the end for the needle to fit are counted as scanned without reading anything.
    struct Pass {
        std::uint64_t begin = 0;
        std::uint64_t end = 0;
        bool wrapped = false;
    };

    [[nodiscard]] std::optional<std::uint64_t> scan(const document::Document& doc,
                                                    std::uint64_t first, std::uint64_t last);
    [[nodiscard]] StepResult result() const;

    SearchQuery m_query;
    std::optional<LiteralFinder> m_finder; // nullopt for an empty needle
    std::uint64_t m_size;
    std::array<Pass, 2> m_passes{};
    std::size_t m_pass_count = 0;
    std::size_t m_pass = 0; // the pass being searched; m_pass_count when all are done
    std::uint64_t m_cursor; // Forward: next position to examine; Backward: one past it
    std::uint64_t m_scanned = 0;
    std::uint64_t m_total = 0;
    StepStatus m_status = StepStatus::Running;
    std::uint64_t m_match_begin = 0;
    bool m_match_wrapped = false;
};

} // namespace trio::search
