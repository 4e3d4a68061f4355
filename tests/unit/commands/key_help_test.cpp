// Unit tests for the key table behind the F1 help screen and docs/keys.md.
#include "editor/commands/key_help.hpp"

#include <fstream>
#include <gtest/gtest.h>
#include <set>
#include <sstream>
#include <string>

namespace trio::commands {
namespace {

TEST(KeyHelp, ListsEveryEditingKeyOfIssueSeven) {
    std::set<std::string_view> keys;
    for (const KeyHelp& entry : key_help()) {
        keys.insert(entry.keys);
        EXPECT_FALSE(entry.what.empty()) << entry.keys;
    }
    for (const std::string_view key : {"^S",
                                       "^Q",
                                       "^O",
                                       "^F",
                                       "F3 / Shift+F3",
                                       "^R",
                                       "^G",
                                       "^Z / ^Y",
                                       "^C",
                                       "^X",
                                       "^V",
                                       "^K",
                                       "^D",
                                       "^A",
                                       "Shift+Arrows",
                                       "^Left / ^Right",
                                       "^Backspace / ^Del",
                                       "M-N",
                                       "M-W",
                                       "F1",
                                       "F2",
                                       "Esc",
                                       "M-Left / M-Right",
                                       "^PgUp / ^PgDn"}) {
        EXPECT_TRUE(keys.contains(key)) << key;
    }
}

TEST(KeyHelp, GroupsAreContiguousSoEachHeadingAppearsOnce) {
    std::set<std::string_view> closed;
    std::string_view current;
    for (const KeyHelp& entry : key_help()) {
        if (entry.group != current) {
            EXPECT_FALSE(closed.contains(entry.group)) << entry.group;
            closed.insert(current);
            current = entry.group;
        }
    }
}

TEST(KeyHelp, HelpRowsShowEachKeyWithWhatItDoes) {
    const std::vector<std::string> rows = help_text_rows();
    ASSERT_GT(rows.size(), key_help().size());
    EXPECT_NE(rows.front().find("F1 or Esc closes"), std::string::npos);
    bool found = false;
    for (const std::string& row : rows) {
        found =
            found || (row.starts_with("  ^K ") && row.find("Cut the line") != std::string::npos);
        EXPECT_LE(row.size(), 80u) << row;
    }
    EXPECT_TRUE(found);
}

TEST(KeyHelp, DocsKeysMdListsEveryEntryOfTheTable) {
    std::ifstream file(std::string(TRIO_SOURCE_DIR) + "/docs/keys.md");
    ASSERT_TRUE(file) << "docs/keys.md";
    std::stringstream text;
    text << file.rdbuf();
    for (const KeyHelp& entry : key_help()) {
        const std::string row =
            "| `" + std::string(entry.keys) + "` | " + std::string(entry.what) + " |";
        EXPECT_NE(text.str().find(row), std::string::npos) << row;
    }
}

} // namespace
} // namespace trio::commands
