// What the editor remembers about searching: the query, the case mode, the job scanning the
// document in slices and what it found. Runs in the input component.
#pragma once

#include "editor/document/units.hpp"
#include "editor/search/search_job.hpp"

#include <optional>
#include <string>

namespace trio::commands {

enum class SearchOutcome { None, Found, Wrapped, NotFound };

struct SearchState {
    std::string query; // the last search, kept for F3 and the next Ctrl-F
    search::CaseMode case_mode = search::CaseMode::Sensitive;
    document::ByteOffset origin; // the cursor when the prompt opened; Esc returns there
    std::optional<search::SearchJob> job;
    std::optional<document::ByteRange> match; // the match the cursor is on
    SearchOutcome outcome = SearchOutcome::None;
    std::uint64_t percent_done = 0;
    bool close_when_done = false; // Enter was pressed while the job was still running
    bool replacing = false;       // the prompt is the first field of find and replace
};

} // namespace trio::commands
