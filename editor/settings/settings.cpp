// Layers partial settings over complete ones; see settings.hpp. Runs in the launcher.
#include "editor/settings/settings.hpp"

namespace trio::settings {

Settings apply(Settings base, const SettingOverrides& over) {
    base.tab_width = over.tab_width.value_or(base.tab_width);
    base.spaces_for_tabs = over.spaces_for_tabs.value_or(base.spaces_for_tabs);
    base.line_numbers = over.line_numbers.value_or(base.line_numbers);
    base.soft_wrap = over.soft_wrap.value_or(base.soft_wrap);
    base.colours = over.colours.value_or(base.colours);
    return base;
}

} // namespace trio::settings
