// `trio --recover FILE -o OUT`: recovery for scripts, without a terminal. Runs in place of
// the editor, in the launcher's process.
#pragma once

#include "editor/state/state_dir.hpp"

#include <ostream>
#include <string>
#include <string_view>

namespace trio::recovery {

// Exit statuses, documented in --help and docs/recovery.md.
inline constexpr int recover_ok = 0;      // recovered completely and written
inline constexpr int recover_failed = 1;  // nothing written (see the message)
inline constexpr int recover_partial = 3; // a damaged journal: the readable part written
inline constexpr int recover_nothing = 4; // no journal, or nothing in it to recover

// Replays FILE's journal over FILE and writes the text to `out` ("-": standard output) with
// an atomic save; FILE and the journal are left as they are. One line on `messages` says
// what happened. Never throws (but std::bad_alloc). Blocks on the disk.
[[nodiscard]] int run_recover_command(const state::StateEnvironment& environment,
                                      const std::string& file, const std::string& out,
                                      std::string_view program, std::ostream& messages);

} // namespace trio::recovery
