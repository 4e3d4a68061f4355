// Parsing of "LINE[:COLUMN]". Input component.
#include "editor/commands/line_column.hpp"

#include <algorithm>
#include <charconv>

namespace trio::commands {

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
        s.remove_prefix(1);
    }
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) {
        s.remove_suffix(1);
    }
    return s;
}

std::optional<std::uint64_t> parse_number(std::string_view s) {
    std::uint64_t value = 0;
    const auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (s.empty() || error != std::errc() || end != s.data() + s.size()) {
        return std::nullopt;
    }
    return std::max<std::uint64_t>(value, 1);
}

} // namespace

std::optional<LineColumn> parse_line_column(std::string_view text) {
    text = trim(text);
    const std::size_t colon = text.find(':');
    const auto line = parse_number(text.substr(0, colon));
    if (!line) {
        return std::nullopt;
    }
    if (colon == std::string_view::npos) {
        return LineColumn{*line, 1};
    }
    const auto column = parse_number(text.substr(colon + 1));
    if (!column) {
        return std::nullopt;
    }
    return LineColumn{*line, *column};
}

} // namespace trio::commands
