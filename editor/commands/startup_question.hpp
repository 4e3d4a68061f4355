// The question an editing session may open with, before any editing: a journal left by a
// crash (recover it?) or another editor holding the file (open read-only?). Prepared by the
// launcher, answered in the input component's Editor.
#pragma once

#include "editor/journal/journal_format.hpp"
#include "editor/protocol/messages.hpp"

#include <string>
#include <vector>

namespace trio::commands {

struct StartupQuestion {
    // Recovery (R / D / O / ^Q), RecoveryImpossible (D / O / ^Q), LockHeld (O / C / ^Q), or
    // None: no question, edit at once.
    protocol::Prompt prompt = protocol::Prompt::None;
    std::string text; // the message row
    // Recovery: the journal's records that apply to the file, in order (already checked
    // against it by journal::replay), and how many of them are edits.
    std::vector<journal::JournalRecord> records;
    std::size_t edits = 0;
    bool damaged = false; // the journal stops early: only a readable prefix is recovered
};

} // namespace trio::commands
