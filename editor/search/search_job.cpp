// An incremental literal search over a Document in bounded slices. Runs in the input
// component.
#include "editor/search/search_job.hpp"

#include "editor/search/chunked_matcher.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <utility>

namespace trio::search {

namespace {

// Each step reads the document in slices of at most this many start positions: a Forward
// search stops reading at the slice that holds a match, and a Backward one scans slices from
// the end, so neither reads far past its answer even with an unlimited budget.
constexpr std::uint64_t slice_positions = std::uint64_t{1} << 20;

} // namespace

SearchJob::SearchJob(const document::Document& doc, SearchQuery query, document::ByteOffset start)
    : m_query(std::move(query)), m_size(doc.size().value) {
    if (start.value > m_size) {
        throw std::out_of_range("SearchJob: start " + std::to_string(start.value) +
                                " is beyond the document size " + std::to_string(m_size));
    }
    if (!m_query.needle.empty()) {
        m_finder.emplace(m_query.needle, m_query.case_mode);
    }
    const Pass before{0, start.value, false};
    const Pass after{start.value, m_size, false};
    const bool forward = m_query.direction == Direction::Forward;
    m_passes[0] = forward ? after : before;
    m_passes[1] = forward ? before : after;
    m_passes[1].wrapped = true;
    m_pass_count = m_query.wrap == Wrap::Yes ? 2 : 1;
    for (std::size_t i = 0; i < m_pass_count; ++i) {
        m_total += m_passes[i].end - m_passes[i].begin;
    }
    m_cursor = forward ? m_passes[0].begin : m_passes[0].end;
    if (!m_finder) {
        m_scanned = m_total;
        m_pass = m_pass_count;
        m_status = StepStatus::NotFound;
    }
}

// The match that begins in positions [first, last) nearest the search's start, if any. The
// bytes read are [first, last + needle size - 1): exactly those a match there can cover.
std::optional<std::uint64_t> SearchJob::scan(const document::Document& doc, std::uint64_t first,
                                             std::uint64_t last) {
    const std::uint64_t needle = m_finder->size();
    if (m_size < needle || first > m_size - needle) {
        return std::nullopt;
    }
    const std::uint64_t bytes_end = std::min(m_size, last + needle - 1);
    ChunkedMatcher matcher(
        *m_finder, m_query.direction == Direction::Forward ? Occurrence::First : Occurrence::Last,
        first);
    doc.for_each_chunk(
        document::ByteRange{document::ByteOffset(first), document::ByteOffset(bytes_end)},
        [&](std::string_view chunk) { matcher.feed(chunk); });
    return matcher.match();
}

StepResult SearchJob::step(const document::Document& doc, std::uint64_t max_bytes) {
    if (doc.size().value != m_size) {
        throw std::logic_error("SearchJob: the document changed size during the search (" +
                               std::to_string(m_size) + " -> " + std::to_string(doc.size().value) +
                               " bytes)");
    }
    std::uint64_t budget = std::max<std::uint64_t>(max_bytes, 1);
    const bool forward = m_query.direction == Direction::Forward;
    while (m_status == StepStatus::Running && m_pass < m_pass_count && budget > 0) {
        const Pass& pass = m_passes[m_pass];
        const std::uint64_t left = forward ? pass.end - m_cursor : m_cursor - pass.begin;
        const std::uint64_t count = std::min({left, budget, slice_positions});
        const std::uint64_t first = forward ? m_cursor : m_cursor - count;
        const std::optional<std::uint64_t> found =
            count == 0 ? std::nullopt : scan(doc, first, first + count);
        if (found) {
            // Only the positions between the slice's near end and the match were examined.
            m_scanned += forward ? *found - first : first + count - *found;
            m_status = StepStatus::Found;
            m_match_begin = *found;
            m_match_wrapped = pass.wrapped;
            break;
        }
        m_scanned += count;
        budget -= count;
        m_cursor = forward ? m_cursor + count : m_cursor - count;
        if (m_cursor == (forward ? pass.end : pass.begin)) {
            ++m_pass;
            if (m_pass < m_pass_count) {
                m_cursor = forward ? m_passes[m_pass].begin : m_passes[m_pass].end;
            }
        }
    }
    if (m_status == StepStatus::Running && m_pass == m_pass_count) {
        m_status = StepStatus::NotFound;
    }
    return result();
}

StepResult SearchJob::result() const {
    StepResult r;
    r.status = m_status;
    r.progress = Progress{m_scanned, m_total};
    if (m_status == StepStatus::Found) {
        r.match = document::ByteRange{document::ByteOffset(m_match_begin),
                                      document::ByteOffset(m_match_begin + m_finder->size())};
        r.wrapped = m_match_wrapped;
    }
    return r;
}

} // namespace trio::search
