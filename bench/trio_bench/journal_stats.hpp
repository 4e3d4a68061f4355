// The journal's own account of what it cost, as the autosave component writes it at the end of
// a session to the file named by TRIO_JOURNAL_STATS; parsed by trio-bench's journal scenario.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string_view>

namespace trio::bench {

// The environment variable that asks an editor for its journal statistics: at the end of the
// session its autosave component appends one line `records R bytes B writes W fsyncs F`.
inline constexpr std::string_view journal_stats_variable = "TRIO_JOURNAL_STATS";

// One session's journal work (or the sum of several lines' work).
struct JournalStats {
    std::uint64_t records = 0; // edit records appended
    std::uint64_t bytes = 0;   // bytes handed to write(2)
    std::uint64_t writes = 0;  // write(2) calls
    std::uint64_t fsyncs = 0;  // fsync/fdatasync calls

    bool operator==(const JournalStats&) const = default;
};

// Parses the text of a stats file: one or more lines of `records R bytes B writes W fsyncs F`
// (the four names in any order, separated by spaces or tabs; blank lines ignored), summed
// line by line: a supervisor that restarts autosave may leave two lines for one session.
// nullopt when there is no line, or any line lacks one of the four names, repeats one, has
// another word, or a value that is not a decimal number: a figure built on a misread line
// would look plausible and be wrong.
[[nodiscard]] std::optional<JournalStats> parse_journal_stats(std::string_view text);

// parse_journal_stats of the file at `path`; nullopt also when it is missing or unreadable
// (an editor without the statistics, or one run without a journal, writes nothing).
[[nodiscard]] std::optional<JournalStats> read_journal_stats(const std::filesystem::path& path);

} // namespace trio::bench
