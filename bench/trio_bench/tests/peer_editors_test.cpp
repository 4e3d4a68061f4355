// Tests how trio-bench describes its peers: --peer parsing and command splitting.
#include "bench/trio_bench/peer_editors.hpp"

#include <gtest/gtest.h>
#include <stdexcept>

namespace trio::bench {
namespace {

TEST(PeerEditors, CommandsSplitAtSpacesAndQuotesKeepThem) {
    const std::vector<std::string> expected = {"micro", "-config-dir", "/tmp/a b", "x y", "-z"};
    EXPECT_EQ(split_command("micro  -config-dir '/tmp/a b' \"x y\" -z"), expected);
    EXPECT_TRUE(split_command("   ").empty());
    EXPECT_EQ(split_command("''"), std::vector<std::string>{""});
    EXPECT_THROW((void)split_command("vi 'oops"), std::invalid_argument);
}

TEST(PeerEditors, APeerIsModelessFoundOnScreenAndKilledAtTheEnd) {
    const auto peer = parse_peer("micro=micro -clipboard internal");
    EXPECT_EQ(peer.name, "micro");
    EXPECT_EQ(peer.argv, (std::vector<std::string>{"micro", "-clipboard", "internal"}));
    EXPECT_FALSE(peer.is_trio);
    EXPECT_LT(peer.first_text_row, 0);
    EXPECT_TRUE(peer.stop_typing_keys.empty());
    EXPECT_TRUE(peer.discard_quit_keys.empty());
    EXPECT_TRUE(peer.quit_keys.empty());
}

TEST(PeerEditors, APeerNeedsANameAndACommand) {
    EXPECT_THROW((void)parse_peer("micro"), std::invalid_argument);
    EXPECT_THROW((void)parse_peer("=micro"), std::invalid_argument);
    EXPECT_THROW((void)parse_peer("micro=  "), std::invalid_argument);
}

TEST(PeerEditors, ProgramsAreFoundInPathOrByTheirPath) {
    const auto sh = find_program("sh");
    ASSERT_TRUE(sh.has_value());
    EXPECT_TRUE(sh->is_absolute());
    EXPECT_EQ(find_program(sh->string()), sh);
    EXPECT_FALSE(find_program("trio-bench-no-such-editor").has_value());
    EXPECT_FALSE(find_program("/nonexistent/vim").has_value());
}

} // namespace
} // namespace trio::bench
