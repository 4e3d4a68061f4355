// A journal left behind by an editor that is no longer running: what it holds, whether its
// edits still apply to the file on disk, and how the user is asked about it. Read by the
// launcher before the components start, and by `trio --recover`.
#pragma once

#include "editor/journal/journal_reader.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace trio::recovery {

enum class Verdict : std::uint8_t {
    Applies,          // its edits apply to the file as it is on disk: offer to recover
    FileChanged,      // the file is not the one the edits were made to: they cannot apply
    Unreadable,       // not even the header can be trusted
    NothingToRecover, // it ends with a save, or holds no edit: it can simply go
};

struct LeftoverJournal {
    std::string path;
    std::uint64_t bytes = 0;     // its size on disk
    std::int64_t written_ns = 0; // its last modification (CLOCK_REALTIME ns)
    journal::JournalContents contents;
    Verdict verdict = Verdict::Unreadable;
    std::string reason;      // FileChanged / Unreadable: why, for the user
    std::size_t records = 0; // Applies: how many of contents.records apply, from the first
    std::size_t edits = 0;   // … of which edits (not snapshots or save marks)
    std::optional<std::string> damage; // Applies: why reading or replay stopped early
};

// Looks at `journal_path` for a journal of `file`, whose current bytes are `original`
// (`file_exists` false: the file does not exist). nullopt when there is no journal.
// Error style: throws state::StateError when something other than our own regular file is
// at the path (a planted symlink); I/O errors reading it give Verdict::Unreadable.
// Blocks on the disk (reads the whole journal and samples of the file).
[[nodiscard]] std::optional<LeftoverJournal> find_leftover_journal(const std::string& journal_path,
                                                                   const std::string& file,
                                                                   std::string_view original,
                                                                   bool file_exists);

// The question on the message row, e.g. "Recover the unsaved edits from 5 min ago (journal
// 2 KiB)?". `now_ns` is CLOCK_REALTIME.
[[nodiscard]] std::string recovery_question(const LeftoverJournal& journal, std::int64_t now_ns);

// "5 s", "3 min", "2 h", "4 days": how long ago, coarse, for people.
[[nodiscard]] std::string describe_age(std::int64_t seconds);
// "812 B", "2 KiB", "1.5 MiB".
[[nodiscard]] std::string describe_size(std::uint64_t bytes);

} // namespace trio::recovery
