// Reads the journal statistics line the autosave component appends at the end of a session.
// Runs in trio-bench.
#include "bench/trio_bench/journal_stats.hpp"

#include <array>
#include <charconv>
#include <fstream>
#include <iterator>
#include <string>

namespace trio::bench {
namespace {

constexpr std::array<std::string_view, 4> field_names = {"records", "bytes", "writes", "fsyncs"};

bool is_blank(char c) {
    return c == ' ' || c == '\t' || c == '\r';
}

// The next blank-separated word of `line` from `position` on; empty at the end.
std::string_view next_word(std::string_view line, std::size_t& position) {
    while (position < line.size() && is_blank(line[position])) {
        ++position;
    }
    const auto start = position;
    while (position < line.size() && !is_blank(line[position])) {
        ++position;
    }
    return line.substr(start, position - start);
}

std::optional<std::uint64_t> parse_number(std::string_view word) {
    std::uint64_t value = 0;
    const auto result = std::from_chars(word.data(), word.data() + word.size(), value);
    if (word.empty() || result.ec != std::errc{} || result.ptr != word.data() + word.size()) {
        return std::nullopt;
    }
    return value;
}

// One line's four fields; nullopt when it is not exactly the four name-number pairs.
std::optional<std::array<std::uint64_t, 4>> parse_line(std::string_view line) {
    std::array<std::optional<std::uint64_t>, 4> values;
    std::size_t position = 0;
    for (auto name = next_word(line, position); !name.empty(); name = next_word(line, position)) {
        std::size_t field = 0;
        while (field < field_names.size() && field_names[field] != name) {
            ++field;
        }
        if (field == field_names.size() || values[field]) {
            return std::nullopt;
        }
        values[field] = parse_number(next_word(line, position));
        if (!values[field]) {
            return std::nullopt;
        }
    }
    std::array<std::uint64_t, 4> fields{};
    for (std::size_t field = 0; field < fields.size(); ++field) {
        if (!values[field]) {
            return std::nullopt;
        }
        fields[field] = *values[field];
    }
    return fields;
}

} // namespace

std::optional<JournalStats> parse_journal_stats(std::string_view text) {
    JournalStats total;
    bool any = false;
    while (!text.empty()) {
        const auto end = text.find('\n');
        const auto line = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
        std::size_t position = 0;
        if (next_word(line, position).empty()) {
            continue;
        }
        const auto fields = parse_line(line);
        if (!fields) {
            return std::nullopt;
        }
        total.records += (*fields)[0];
        total.bytes += (*fields)[1];
        total.writes += (*fields)[2];
        total.fsyncs += (*fields)[3];
        any = true;
    }
    if (!any) {
        return std::nullopt;
    }
    return total;
}

std::optional<JournalStats> read_journal_stats(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return std::nullopt;
    }
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (in.bad()) {
        return std::nullopt;
    }
    return parse_journal_stats(text);
}

} // namespace trio::bench
