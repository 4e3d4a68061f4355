// Randomized model test: SearchJob on many-piece documents against std::string search on
// doc.text(), for every direction, case mode and wrap, and for budgets from one byte to
// unlimited (editor/search/search_job).
#include "editor/search/search_job.hpp"
#include "run_job.hpp"
#include "search_reference.hpp"

#include <gtest/gtest.h>
#include <limits>
#include <random>
#include <string>

namespace trio::search {
namespace {

using document::ByteOffset;
using document::ByteRange;
using document::Document;

// Few distinct "letters" so random needles match often; both cases, NUL and a Chinese
// character (three bytes) that edits can split.
constexpr std::string_view alphabet[] = {"a",     "b", "A", "B", " ", std::string_view("\0", 1),
                                         "\u4e2d"};

std::string random_text(std::mt19937& rng, std::size_t max_units) {
    std::string s;
    for (std::size_t n = rng() % (max_units + 1); n > 0; --n) {
        s += alphabet[rng() % std::size(alphabet)];
    }
    return s;
}

// Many small inserts (and some erases) at random places: a document of many pieces.
Document random_document(std::mt19937& rng) {
    Document doc(random_text(rng, 20));
    for (std::size_t edits = rng() % 120; edits > 0; --edits) {
        const std::uint64_t size = doc.size().value;
        const std::uint64_t at = rng() % (size + 1);
        if (rng() % 5 == 0 && size > 0) {
            const std::uint64_t end = std::min(size, at + rng() % 4);
            static_cast<void>(doc.erase(ByteRange{ByteOffset(at), ByteOffset(end)}));
        } else {
            static_cast<void>(doc.insert(ByteOffset(at), random_text(rng, 6)));
        }
    }
    return doc;
}

// Half the needles are cut from the text (so they match, often across pieces).
std::string random_needle(std::mt19937& rng, const std::string& text) {
    if (rng() % 2 == 0 && !text.empty()) {
        const std::size_t begin = rng() % text.size();
        return text.substr(begin, 1 + rng() % 8);
    }
    return random_text(rng, 4);
}

TEST(SearchJobModel, AgreesWithStdStringSearchForEveryBudget) {
    constexpr std::uint64_t budgets[] = {1, 7, 4096, std::numeric_limits<std::uint64_t>::max()};
    std::mt19937 rng(3);
    std::size_t found = 0;
    std::size_t wrapped = 0;
    for (int round = 0; round < 300; ++round) {
        const Document doc = random_document(rng);
        const std::string text = doc.text();
        for (int q = 0; q < 6; ++q) {
            const SearchQuery query{
                random_needle(rng, text),
                rng() % 2 == 0 ? Direction::Forward : Direction::Backward,
                rng() % 2 == 0 ? CaseMode::Sensitive : CaseMode::Insensitive,
                rng() % 3 == 0 ? Wrap::No : Wrap::Yes,
            };
            const std::uint64_t start = rng() % (text.size() + 1);
            const auto expected = testing::reference_search(text, query, start);
            for (const std::uint64_t budget : budgets) {
                SCOPED_TRACE("round " + std::to_string(round) + " query " + std::to_string(q) +
                             " budget " + std::to_string(budget));
                const StepResult r = testing::run_job(doc, query, start, budget);
                ASSERT_EQ(r.status == StepStatus::Found, expected.has_value());
                if (expected) {
                    ASSERT_EQ(r.match.begin.value, expected->begin);
                    ASSERT_EQ(r.match.size().value, query.needle.size());
                    ASSERT_EQ(r.wrapped, expected->wrapped);
                }
            }
            found += expected ? 1U : 0U;
            wrapped += expected && expected->wrapped ? 1U : 0U;
        }
    }
    // The generator must exercise both outcomes, and wrapping, or the test proves little.
    EXPECT_GT(found, 500U);
    EXPECT_GT(wrapped, 100U);
    EXPECT_GT(1800U - found, 200U);
}

} // namespace
} // namespace trio::search
