// Drives a SearchJob to its end with a fixed budget per step, checking the progress contract
// on the way. Test-only; no component runs it.
#pragma once

#include "editor/search/search_job.hpp"

#include <gtest/gtest.h>

namespace trio::search::testing {

inline StepResult run_job(const document::Document& doc, const SearchQuery& query,
                          std::uint64_t start, std::uint64_t budget) {
    SearchJob job(doc, query, document::ByteOffset(start));
    StepResult r = job.step(doc, budget);
    std::uint64_t steps = 1;
    Progress last = r.progress;
    while (r.status == StepStatus::Running) {
        r = job.step(doc, budget);
        ++steps;
        EXPECT_GE(r.progress.scanned, last.scanned) << "progress went back";
        EXPECT_EQ(r.progress.total, last.total);
        EXPECT_LE(r.progress.scanned, r.progress.total);
        // A step examines at least one position, so a job ends within total + 2 steps.
        if (steps > r.progress.total + 2) {
            ADD_FAILURE() << "job does not finish";
            break;
        }
        last = r.progress;
    }
    if (r.status == StepStatus::NotFound) {
        EXPECT_EQ(r.progress.scanned, r.progress.total);
    }
    return r;
}

} // namespace trio::search::testing
