// The round-trip corpus: odd files (line endings, NUL and invalid bytes, Unicode, huge lines,
// many lines) generated on demand, each with what its first screen must show. Test process.
#pragma once

#include "tests/e2e/harness/terminal_size.hpp"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace trio::e2e {

// The terminal every round-trip run uses: text rows 0..8, then the status bar, the message
// row and the key hints.
inline constexpr TerminalSize roundtrip_size{12, 80};
inline constexpr int roundtrip_status_row = 9;
inline constexpr int roundtrip_message_row = 10;

enum class RowMatch { Equals, StartsWith, Contains };

// One property of the first screen: row `row` (trailing blanks ignored) equals, starts with or
// contains `text`. `why` names the property in a failure message.
struct RowCheck {
    int row = 0;
    RowMatch match = RowMatch::Equals;
    std::string text;
    std::string why;

    [[nodiscard]] bool holds(const std::vector<std::string>& rows) const;
};

struct CorpusFile {
    std::string name;                   // e.g. "crlf", also the test name suffix
    std::function<std::string()> bytes; // deterministic; called once per run (the 50 MiB one too)
    std::vector<RowCheck> first_screen; // may be empty when nothing on screen is meaningful
};

// Every file of the corpus, in a fixed order. Cheap: no file is generated here.
[[nodiscard]] std::vector<CorpusFile> corpus_files();

// The corpus file called `name`; throws std::out_of_range for an unknown name.
[[nodiscard]] CorpusFile corpus_file(std::string_view name);

} // namespace trio::e2e
