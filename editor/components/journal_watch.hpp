// What the input component knows of the recovery journal, for the status line: whether
// autosave keeps up (from its JournalReports) and whether it can write at all. Runs in the
// input component.
#pragma once

#include "editor/protocol/messages.hpp"

#include <deque>
#include <optional>
#include <string>
#include <utility>

namespace trio::components {

// Autosave reports after each fsync (at least once a second while edits arrive), so an edit
// unacknowledged for this long means the journal is falling behind.
inline constexpr protocol::TimestampNs journal_behind_after_ns = 3'000'000'000;

class JournalWatch {
public:
    // Edits up to `last` have been handed to autosave at `now_ns`.
    void edits_sent(document::SeqNo last, protocol::TimestampNs now_ns);
    // Returns the error when it is new (for the message row), else nullopt.
    [[nodiscard]] std::optional<std::string> report(const protocol::JournalReport& report);

    struct State {
        // "journaled", "journal 4 s behind", "journal failed", "not journaled", or ""
        std::string text;
        bool problem = false;
    };
    // `journaling`: the session keeps a journal at all; `modified`: there is something in it.
    [[nodiscard]] State state(bool journaling, bool modified, protocol::TimestampNs now_ns) const;
    // When the state's text changes by itself (the "behind" count), if ever.
    [[nodiscard]] std::optional<protocol::TimestampNs>
    next_change(protocol::TimestampNs now_ns) const;

private:
    // Edits sent and not yet reported written: (last seq of a batch, when it was sent). At
    // most one entry per batch, so a burst costs one entry.
    std::deque<std::pair<document::SeqNo, protocol::TimestampNs>> m_unacknowledged;
    document::SeqNo m_written;
    std::string m_error;
};

} // namespace trio::components
