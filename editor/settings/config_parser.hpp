// Parses the text of trio's config file (`key = value` lines) into settings and readable
// problems. Pure; runs in the launcher.
#pragma once

#include "editor/settings/settings.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace trio::settings {

// What a config file sets, and what was wrong in it.
struct ConfigValues {
    SettingOverrides values;
    // Whole messages, in line order, each naming the file and the line:
    // "~/.config/trio/config line 3: unknown setting 'tabwidth'".
    std::vector<std::string> problems;
};

// The format, one setting per line:
//   # a comment (also after a value), blank lines ignored
//   tab_width = 4          1 to 16
//   spaces_for_tabs = on   booleans: on/off, true/false, yes/no, 1/0 (any case)
//   line_numbers = off
//   soft_wrap = yes
//   colours = no           (also spelled colors)
// Blanks around the key and the value are ignored. A later line overrides an earlier one.
// A line that is wrong (no '=', an unknown key, a bad value) is reported and skipped; every
// other line still applies. Never throws (except std::bad_alloc). `shown_name` is how the
// messages name the file.
[[nodiscard]] ConfigValues parse_config(std::string_view text, std::string_view shown_name);

} // namespace trio::settings
