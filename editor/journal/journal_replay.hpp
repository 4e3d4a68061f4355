// Rebuilds the text a journal describes from the original file's bytes: the recovery half of
// the journal. Pure; run by recovery (the editor's recovery prompt and `trio --recover`).
#pragma once

#include "editor/journal/file_identity.hpp"
#include "editor/journal/journal_reader.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace trio::journal {

struct Recovery {
    enum class Outcome : std::uint8_t {
        Recovered,        // `text` holds the original with every valid record applied
        Partial,          // `text` holds a valid prefix; `problem` says why it stops there
        NothingToRecover, // the journal ends with a Saved marker: the file already holds it
        Unreadable,       // the header is bad: nothing is known, `text` is empty
    };
    Outcome outcome = Outcome::Unreadable;
    std::string text;
    document::SeqNo seq;             // the seq `text` corresponds to
    std::size_t records_applied = 0; // of contents.records, counted from the first
    // The reader's problem, or the first record that did not apply (an erase of bytes that
    // are not there, an offset past the end). Partial and Unreadable always have one.
    std::optional<std::string> problem;
};

// Applies the journal's records in order to `original` (the original file's bytes, which the
// header's identity describes; check it first with check_original()). A Snapshot replaces the
// text; a Saved marker changes nothing. Stops at the first record that does not apply, so the
// result is always the text of some valid prefix of the journal, never a guess. Never throws
// (but std::bad_alloc). Cost: O(log pieces) per edit over a piece table sharing `original`,
// plus one copy of the result.
// With ReplayText::Skip, `text` stays empty: the caller only wants to know how many records
// apply (the editor then performs them as edits itself), and a copy of a large file is saved.
enum class ReplayText : std::uint8_t { Build, Skip };
[[nodiscard]] Recovery replay(std::string_view original, const JournalContents& contents,
                              ReplayText text = ReplayText::Build);

// Whether the file at `path` is still the one the journal's edits apply to. Returns the errno
// of identify() when the file cannot be read (ENOENT: it is gone).
struct OriginalCheck {
    int error = 0;
    IdentityMatch match = IdentityMatch::Same;
};
[[nodiscard]] OriginalCheck check_original(const JournalHeader& header, const std::string& path);

} // namespace trio::journal
