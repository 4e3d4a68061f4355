// The config file's format: every setting, comments, and every kind of problem with its line.
// Tests for the launcher's config parser.
#include "editor/settings/config_parser.hpp"

#include <gtest/gtest.h>

namespace trio::settings {
namespace {

constexpr std::string_view name = "~/.config/trio/config";

TEST(ConfigParser, EverySettingIsReadWithBlanksAndCommentsAround) {
    const ConfigValues config = parse_config("# trio settings\n"
                                             "\n"
                                             "tab_width = 4\n"
                                             "  spaces_for_tabs=on   # Tab inserts spaces\n"
                                             "line_numbers = Yes\r\n"
                                             "soft_wrap\t=\ttrue\n"
                                             "colours = 0",
                                             name);
    EXPECT_TRUE(config.problems.empty()) << config.problems.front();
    EXPECT_EQ(config.values.tab_width, 4);
    EXPECT_EQ(config.values.spaces_for_tabs, true);
    EXPECT_EQ(config.values.line_numbers, true);
    EXPECT_EQ(config.values.soft_wrap, true);
    EXPECT_EQ(config.values.colours, false);
}

TEST(ConfigParser, AnEmptyFileSetsNothing) {
    const ConfigValues config = parse_config("", name);
    EXPECT_TRUE(config.problems.empty());
    EXPECT_FALSE(config.values.tab_width || config.values.spaces_for_tabs ||
                 config.values.line_numbers || config.values.soft_wrap || config.values.colours);
}

TEST(ConfigParser, EveryBooleanSpellingIsAccepted) {
    for (const char* yes : {"on", "true", "yes", "1", "ON", "True"}) {
        EXPECT_EQ(parse_config(std::string("soft_wrap = ") + yes, name).values.soft_wrap, true)
            << yes;
    }
    for (const char* no : {"off", "false", "no", "0", "Off"}) {
        EXPECT_EQ(parse_config(std::string("soft_wrap = ") + no, name).values.soft_wrap, false)
            << no;
    }
}

TEST(ConfigParser, ColorsIsTheSameSettingAsColours) {
    EXPECT_EQ(parse_config("colors = off", name).values.colours, false);
}

TEST(ConfigParser, ALaterLineOverridesAnEarlierOne) {
    EXPECT_EQ(parse_config("tab_width = 2\ntab_width = 6\n", name).values.tab_width, 6);
}

TEST(ConfigParser, AnUnknownSettingIsNamedWithItsLineAndTheRestApplies) {
    const ConfigValues config =
        parse_config("line_numbers = on\n# comment\ntabwidth = 4\nsoft_wrap = on\n", name);
    ASSERT_EQ(config.problems.size(), 1u);
    EXPECT_EQ(config.problems[0], "~/.config/trio/config line 3: unknown setting 'tabwidth'");
    EXPECT_EQ(config.values.line_numbers, true);
    EXPECT_EQ(config.values.soft_wrap, true);
    EXPECT_FALSE(config.values.tab_width);
}

TEST(ConfigParser, ABadTabWidthIsRefusedWithItsLine) {
    for (const char* bad : {"0", "17", "four", "4x", "-1", ""}) {
        const ConfigValues config = parse_config(std::string("\ntab_width = ") + bad, name);
        ASSERT_EQ(config.problems.size(), 1u) << bad;
        EXPECT_EQ(config.problems[0], "~/.config/trio/config line 2: tab_width must be 1 to 16, "
                                      "not '" +
                                          std::string(bad) + "'");
        EXPECT_FALSE(config.values.tab_width);
    }
    EXPECT_EQ(parse_config("tab_width = 16", name).values.tab_width, 16);
    EXPECT_EQ(parse_config("tab_width = 1", name).values.tab_width, 1);
}

TEST(ConfigParser, ABadBooleanIsRefusedWithItsLine) {
    const ConfigValues config = parse_config("colours = maybe\n", name);
    ASSERT_EQ(config.problems.size(), 1u);
    EXPECT_EQ(config.problems[0], "~/.config/trio/config line 1: colours must be on or off, "
                                  "not 'maybe'");
    EXPECT_FALSE(config.values.colours);
}

TEST(ConfigParser, ALineWithoutEqualsOrKeyIsRefusedWithItsLine) {
    const ConfigValues config = parse_config("line_numbers on\n= on\n", name);
    ASSERT_EQ(config.problems.size(), 2u);
    EXPECT_EQ(config.problems[0],
              "~/.config/trio/config line 1: expected 'setting = value', not 'line_numbers on'");
    EXPECT_EQ(config.problems[1],
              "~/.config/trio/config line 2: expected a setting name before '='");
}

TEST(ConfigParser, EveryProblemIsReportedInLineOrder) {
    const ConfigValues config = parse_config("a = 1\nsoft_wrap = on\nb\ntab_width = 99\n", name);
    ASSERT_EQ(config.problems.size(), 3u);
    EXPECT_NE(config.problems[0].find("line 1:"), std::string::npos);
    EXPECT_NE(config.problems[1].find("line 3:"), std::string::npos);
    EXPECT_NE(config.problems[2].find("line 4:"), std::string::npos);
    EXPECT_EQ(config.values.soft_wrap, true);
}

TEST(ConfigParser, ALongBadLineIsQuotedShortened) {
    const ConfigValues config = parse_config(std::string(500, 'x'), name);
    ASSERT_EQ(config.problems.size(), 1u);
    EXPECT_LT(config.problems[0].size(), 120u);
}

} // namespace
} // namespace trio::settings
