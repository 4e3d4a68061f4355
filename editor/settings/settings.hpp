// The user's editing settings (tab width, spaces for tabs, line numbers, soft wrap, colours)
// and partial sets of them, as a config file or the command line gives them. Value types,
// used by the launcher before any component starts.
#pragma once

#include <optional>

namespace trio::settings {

inline constexpr int min_tab_width = 1;
inline constexpr int max_tab_width = 16;

// What the editor starts with when neither the config file nor a flag says otherwise.
struct Settings {
    int tab_width = 8;
    bool spaces_for_tabs = false;
    bool line_numbers = false;
    bool soft_wrap = false;
    bool colours = true;
};

// Some of the settings: those a config file sets, or those flags override. Unset fields leave
// the value below them alone.
struct SettingOverrides {
    std::optional<int> tab_width;
    std::optional<bool> spaces_for_tabs;
    std::optional<bool> line_numbers;
    std::optional<bool> soft_wrap;
    std::optional<bool> colours;
};

// `base` with every field `over` sets replaced; layered as defaults ← config file ← flags.
[[nodiscard]] Settings apply(Settings base, const SettingOverrides& over);

} // namespace trio::settings
