// Parsing of the "LINE[:COLUMN]" answer to go-to-line (and, later, of +LINE[:COL] on the
// command line). Pure; runs in the input component.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace trio::commands {

struct LineColumn {
    std::uint64_t line = 1;   // 1-based
    std::uint64_t column = 1; // 1-based display column
    bool operator==(const LineColumn&) const = default;
};

// "12" → {12, 1}; "12:5" → {12, 5}; surrounding blanks are allowed; 0 counts as 1 (as in
// vim); anything else (empty, a sign, letters, overflow) is std::nullopt.
[[nodiscard]] std::optional<LineColumn> parse_line_column(std::string_view text);

} // namespace trio::commands
