// Which syntax a file is coloured in, from its name and first line. Pure; called by input's
// view builder (the language travels in the ViewMessage) and by tests.
#pragma once

#include "editor/protocol/messages.hpp"

#include <string_view>

namespace trio::syntax {

// The language of `file_name` (a path; only the part after the last '/' counts), judged by
// its extension, case-insensitively:
//   .c .h .cc .cpp .cxx .hpp .hh → C;  .py → Python;  .md .markdown → Markdown;
//   .sh .bash .zsh → Shell.
// A name with none of these falls back on `first_line`: a "#!" line whose interpreter (or,
// for "#!/usr/bin/env [-S] X", X) is sh, bash, zsh or dash is Shell, python* is Python.
// Otherwise Language::None. Pure, thread-safe, never throws.
[[nodiscard]] protocol::Language detect_language(std::string_view file_name,
                                                 std::string_view first_line);

} // namespace trio::syntax
