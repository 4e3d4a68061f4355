// What find and replace (Ctrl-R) remembers while it asks at each match: the replacement, the
// job looking for the next match, the match asked about and the edits made so far (one undo
// step). Runs in the input component.
#pragma once

#include "editor/document/units.hpp"
#include "editor/history/undo_history.hpp"
#include "editor/search/search_job.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace trio::commands {

struct ReplaceState {
    std::string replacement;
    std::optional<search::SearchJob> job;     // looking for the next match
    std::optional<document::ByteRange> match; // the match the question is about
    // The pass from the cursor to the end, then the wrapped pass from the top to where it
    // began (`stop`, shifted by the replacements made before it): every match is asked once,
    // and a replacement that contains the needle is never searched again.
    document::ByteOffset next;
    document::ByteOffset stop;
    bool wrapped = false;
    bool all = false;                 // (a)ll: replace every remaining match without asking
    std::uint64_t count = 0;          // replacements made
    std::uint64_t scanned = 0;        // the job's progress so far, to charge each slice its work
    std::vector<history::Edit> edits; // recorded as one undo step when it ends
    document::ByteOffset cursor_before;
};

} // namespace trio::commands
