// Unit tests for SearchJob: edge cases of the start, wrap and direction rules, progress and
// budgets (editor/search/search_job).
#include "editor/search/search_job.hpp"
#include "run_job.hpp"

#include <gtest/gtest.h>
#include <limits>
#include <string>

namespace trio::search {
namespace {

using document::ByteOffset;
using document::ByteRange;
using document::Document;
using testing::run_job;

constexpr std::uint64_t unlimited = std::numeric_limits<std::uint64_t>::max();

SearchQuery forward(std::string needle, Wrap wrap = Wrap::Yes) {
    return {std::move(needle), Direction::Forward, CaseMode::Sensitive, wrap};
}

SearchQuery backward(std::string needle, Wrap wrap = Wrap::Yes) {
    return {std::move(needle), Direction::Backward, CaseMode::Sensitive, wrap};
}

ByteRange range(std::uint64_t begin, std::uint64_t end) {
    return {ByteOffset(begin), ByteOffset(end)};
}

TEST(SearchJob, EmptyDocumentFindsNothing) {
    const Document doc;
    const StepResult r = run_job(doc, forward("a"), 0, unlimited);
    EXPECT_EQ(r.status, StepStatus::NotFound);
    EXPECT_EQ(r.progress.total, 0U);
}

TEST(SearchJob, EmptyNeedleIsNotFoundAtOnce) {
    const Document doc(std::string("abc"));
    SearchJob job(doc, forward(""), ByteOffset(1));
    EXPECT_EQ(job.step(doc, 1).status, StepStatus::NotFound);
}

TEST(SearchJob, NeedleLongerThanDocumentIsNotFound) {
    const Document doc(std::string("abc"));
    EXPECT_EQ(run_job(doc, forward("abcd"), 0, 1).status, StepStatus::NotFound);
    EXPECT_EQ(run_job(doc, backward("abcd"), 3, 1).status, StepStatus::NotFound);
}

TEST(SearchJob, FindsMatchAtOffsetZeroAndAtTheVeryEnd) {
    const Document doc(std::string("needle in a haystack, needle"));
    const StepResult first = run_job(doc, forward("needle"), 0, 1);
    EXPECT_EQ(first.status, StepStatus::Found);
    EXPECT_EQ(first.match, range(0, 6));
    EXPECT_FALSE(first.wrapped);
    const StepResult last = run_job(doc, backward("needle"), 28, 1);
    EXPECT_EQ(last.match, range(22, 28));
    EXPECT_FALSE(last.wrapped);
}

TEST(SearchJob, ForwardWrapsToTheStartAndSaysSo) {
    const Document doc(std::string("abc abc"));
    const StepResult r = run_job(doc, forward("abc"), 5, 7);
    EXPECT_EQ(r.status, StepStatus::Found);
    EXPECT_EQ(r.match, range(0, 3));
    EXPECT_TRUE(r.wrapped);
    EXPECT_EQ(run_job(doc, forward("abc", Wrap::No), 5, 7).status, StepStatus::NotFound);
}

TEST(SearchJob, BackwardWrapsToTheEndAndSaysSo) {
    const Document doc(std::string("abc abc"));
    const StepResult r = run_job(doc, backward("abc"), 0, 2);
    EXPECT_EQ(r.match, range(4, 7));
    EXPECT_TRUE(r.wrapped);
    EXPECT_EQ(run_job(doc, backward("abc", Wrap::No), 0, 2).status, StepStatus::NotFound);
}

TEST(SearchJob, MatchStraddlingStartIsThePreviousOneNotTheNext) {
    const Document doc(std::string("xxabcxx"));
    const StepResult next = run_job(doc, forward("abc"), 3, 1);
    EXPECT_EQ(next.match, range(2, 5));
    EXPECT_TRUE(next.wrapped);
    const StepResult previous = run_job(doc, backward("abc"), 3, 1);
    EXPECT_EQ(previous.match, range(2, 5));
    EXPECT_FALSE(previous.wrapped);
}

TEST(SearchJob, OverlappingMatchesAreEachFound) {
    const Document doc(std::string("aaaaa"));
    EXPECT_EQ(run_job(doc, forward("aaa"), 1, 1).match, range(1, 4));
    EXPECT_EQ(run_job(doc, forward("aaa"), 2, 1).match, range(2, 5));
    EXPECT_EQ(run_job(doc, backward("aaa"), 2, 1).match, range(1, 4));
    EXPECT_EQ(run_job(doc, backward("aaa"), 5, 1).match, range(2, 5));
}

TEST(SearchJob, FindsChineseNeedleAcrossPieces) {
    Document doc(std::string("\u4e2d\u6587 text"));
    static_cast<void>(doc.insert(ByteOffset(3), "\u6587 and \u4e2d")); // 中文 and 中|文 text
    const StepResult r = run_job(doc, backward("\u4e2d\u6587", Wrap::No), doc.size().value, 1);
    EXPECT_EQ(r.status, StepStatus::Found);
    EXPECT_EQ(doc.text(r.match), "\u4e2d\u6587");
    EXPECT_EQ(r.match.begin, ByteOffset(11));
}

TEST(SearchJob, CaseInsensitiveFoldsAsciiLettersOnly) {
    const Document doc(std::string("HeLLo \xc3\x89t\xc3\xa9"));
    SearchQuery hello{"hello", Direction::Forward, CaseMode::Insensitive, Wrap::No};
    EXPECT_EQ(run_job(doc, hello, 0, 3).match, range(0, 5));
    SearchQuery accent{"\xc3\xa9T\xc3\xa9", Direction::Forward, CaseMode::Insensitive, Wrap::No};
    EXPECT_EQ(run_job(doc, accent, 0, 3).status, StepStatus::NotFound);
}

TEST(SearchJob, NulBytesAreOrdinaryBytes) {
    const Document doc(std::string("a\0b\0\0c", 6));
    const StepResult r = run_job(doc, forward(std::string("\0\0", 2)), 0, 1);
    EXPECT_EQ(r.match, range(3, 5));
}

TEST(SearchJob, ProgressCountsEveryPositionOnceAndReachesTheTotal) {
    const Document doc(std::string(1000, 'x'));
    SearchJob job(doc, forward("y"), ByteOffset(400));
    std::uint64_t steps = 0;
    StepResult r;
    do {
        r = job.step(doc, 100);
        ++steps;
        EXPECT_EQ(r.progress.total, 1000U);
        EXPECT_EQ(r.progress.scanned, std::min<std::uint64_t>(steps * 100, 1000));
    } while (r.status == StepStatus::Running);
    EXPECT_EQ(r.status, StepStatus::NotFound);
    EXPECT_EQ(steps, 10U);
    EXPECT_EQ(job.step(doc, 100).status, StepStatus::NotFound) << "the end is sticky";
}

TEST(SearchJob, WithoutWrapTheTotalIsOneSideOfTheStart) {
    const Document doc(std::string(1000, 'x'));
    EXPECT_EQ(run_job(doc, forward("y", Wrap::No), 400, 64).progress.total, 600U);
    EXPECT_EQ(run_job(doc, backward("y", Wrap::No), 400, 64).progress.total, 400U);
}

TEST(SearchJob, MatchAcrossTheInternalSliceBoundaryIsFound) {
    // The job reads at most 1 MiB of positions per slice; put a match across that line.
    constexpr std::uint64_t mib = std::uint64_t{1} << 20;
    std::string text(3 * mib, '.');
    text.replace(mib - 2, 6, "needle");
    text.replace(2 * mib + 7, 6, "needle");
    const Document doc(std::move(text));
    EXPECT_EQ(run_job(doc, forward("needle"), 0, unlimited).match, range(mib - 2, mib + 4));
    EXPECT_EQ(run_job(doc, backward("needle"), 3 * mib, unlimited).match.begin,
              ByteOffset(2 * mib + 7));
    EXPECT_EQ(run_job(doc, backward("needle"), 2 * mib, unlimited).match.begin,
              ByteOffset(mib - 2));
}

TEST(SearchJob, StartBeyondTheDocumentThrows) {
    const Document doc(std::string("abc"));
    EXPECT_THROW(SearchJob(doc, forward("a"), ByteOffset(4)), std::out_of_range);
}

TEST(SearchJob, AChangedDocumentSizeIsDetected) {
    Document doc(std::string("abc"));
    SearchJob job(doc, forward("z"), ByteOffset(0));
    static_cast<void>(doc.insert(ByteOffset(0), "x"));
    EXPECT_THROW(static_cast<void>(job.step(doc, 1)), std::logic_error);
}

} // namespace
} // namespace trio::search
