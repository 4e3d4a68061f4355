// The config file's `key = value` format; see config_parser.hpp. Runs in the launcher.
#include "editor/settings/config_parser.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <optional>

namespace trio::settings {

namespace {

// A quoted excerpt of what the user wrote; a line of binary junk must not fill the screen.
constexpr std::size_t quoted_limit = 40;

std::string_view trimmed(std::string_view text) {
    constexpr std::string_view blanks = " \t\r\f\v";
    const auto first = text.find_first_not_of(blanks);
    if (first == std::string_view::npos) {
        return {};
    }
    return text.substr(first, text.find_last_not_of(blanks) - first + 1);
}

std::string quoted(std::string_view text) {
    if (text.size() > quoted_limit) {
        return "'" + std::string(text.substr(0, quoted_limit)) + "…'";
    }
    return "'" + std::string(text) + "'";
}

std::string lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](char c) {
        return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    });
    return out;
}

std::optional<bool> parse_bool(std::string_view value) {
    const std::string word = lower(value);
    if (word == "on" || word == "true" || word == "yes" || word == "1") {
        return true;
    }
    if (word == "off" || word == "false" || word == "no" || word == "0") {
        return false;
    }
    return std::nullopt;
}

std::optional<int> parse_tab_width(std::string_view value) {
    int width = 0;
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), width);
    if (error != std::errc{} || end != value.data() + value.size() || width < min_tab_width ||
        width > max_tab_width) {
        return std::nullopt;
    }
    return width;
}

struct BoolKey {
    std::string_view name;
    std::optional<bool> SettingOverrides::*field;
};
constexpr std::array<BoolKey, 5> bool_keys{{
    {"spaces_for_tabs", &SettingOverrides::spaces_for_tabs},
    {"line_numbers", &SettingOverrides::line_numbers},
    {"soft_wrap", &SettingOverrides::soft_wrap},
    {"colours", &SettingOverrides::colours},
    {"colors", &SettingOverrides::colours},
}};

// Applies one `key = value` line to `values`; returns the problem, or "" when it applied.
std::string apply_line(std::string_view key, std::string_view value, SettingOverrides& values) {
    if (key.empty()) {
        return "expected a setting name before '='";
    }
    if (key == "tab_width") {
        const auto width = parse_tab_width(value);
        if (!width) {
            return "tab_width must be 1 to 16, not " + quoted(value);
        }
        values.tab_width = width;
        return {};
    }
    for (const BoolKey& known : bool_keys) {
        if (key == known.name) {
            const auto flag = parse_bool(value);
            if (!flag) {
                return std::string(key) + " must be on or off, not " + quoted(value);
            }
            values.*known.field = flag;
            return {};
        }
    }
    return "unknown setting " + quoted(key);
}

} // namespace

ConfigValues parse_config(std::string_view text, std::string_view shown_name) {
    ConfigValues result;
    std::size_t line_number = 0;
    while (!text.empty()) {
        ++line_number;
        const auto end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
        // No value contains '#', so a comment may follow one.
        line = trimmed(line.substr(0, line.find('#')));
        if (line.empty()) {
            continue;
        }
        const auto equals = line.find('=');
        std::string problem = equals == std::string_view::npos
                                  ? "expected 'setting = value', not " + quoted(line)
                                  : apply_line(trimmed(line.substr(0, equals)),
                                               trimmed(line.substr(equals + 1)), result.values);
        if (!problem.empty()) {
            result.problems.push_back(std::string(shown_name) + " line " +
                                      std::to_string(line_number) + ": " + problem);
        }
    }
    return result;
}

} // namespace trio::settings
