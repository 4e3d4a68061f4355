// Layering of settings: defaults, then the config file, then the flags. Tests for the
// launcher's settings.
#include "editor/settings/settings.hpp"

#include <gtest/gtest.h>

namespace trio::settings {
namespace {

TEST(Settings, DefaultsAreNanoLike) {
    const Settings defaults;
    EXPECT_EQ(defaults.tab_width, 8);
    EXPECT_FALSE(defaults.spaces_for_tabs);
    EXPECT_FALSE(defaults.line_numbers);
    EXPECT_FALSE(defaults.soft_wrap);
    EXPECT_TRUE(defaults.colours);
}

TEST(Settings, FlagsOverrideTheFileWhichOverridesTheDefaults) {
    SettingOverrides file;
    file.tab_width = 4;
    file.line_numbers = true;
    file.colours = false;
    SettingOverrides flags;
    flags.line_numbers = false;
    flags.soft_wrap = true;
    const Settings result = apply(apply(Settings{}, file), flags);
    EXPECT_EQ(result.tab_width, 4);       // file
    EXPECT_FALSE(result.line_numbers);    // flag over file
    EXPECT_TRUE(result.soft_wrap);        // flag
    EXPECT_FALSE(result.colours);         // file
    EXPECT_FALSE(result.spaces_for_tabs); // default
}

} // namespace
} // namespace trio::settings
