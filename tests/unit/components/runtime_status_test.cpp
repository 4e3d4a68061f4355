// Tests for the text of the F2 runtime panel: what it says about each build, and that every
// row fits the width it is given.
#include "editor/components/runtime_status.hpp"
#include "editor/text/glyph.hpp"

#include <gtest/gtest.h>

namespace trio::components {
namespace {

using protocol::Design;

RuntimeStatus processes() {
    RuntimeStatus status;
    status.design = Design::Processes;
    status.pid = 4241;
    status.components = {
        ComponentStatus{"input", 4242, false, std::nullopt, true},
        ComponentStatus{"render", 4243, false, 2, true},
        ComponentStatus{"autosave", 4244, false, 0, true},
    };
    status.channels = {
        ChannelStatus{"input → render", 0, 4, 61.0},
        ChannelStatus{"input → autosave", 3, 64, 120.25},
        ChannelStatus{"render → input", 0, 4, 0},
        ChannelStatus{"autosave → input", std::nullopt, 16, 1.0},
    };
    return status;
}

RuntimeStatus threads() {
    RuntimeStatus status;
    status.design = Design::Threads;
    status.pid = 900;
    status.components = {
        ComponentStatus{"input", 901, true, std::nullopt, true},
        ComponentStatus{"render", 902, true, std::nullopt, true},
        ComponentStatus{"autosave", 903, true, std::nullopt, false},
    };
    return status;
}

std::int64_t width_of(const std::string& line) {
    return text::display_width(line, 8);
}

TEST(RuntimePanel, ProcessBuildShowsPidsRestartsQueuesAndRates) {
    const std::vector<std::string> expected{
        "trio-proc: 3 processes, supervisor pid 4241",
        "",
        "component  pid   restarts  state",
        "input      4242  -         running",
        "render     4243  2         running",
        "autosave   4244  0         running",
        "",
        "channel           queued  msgs/s",
        "input → render    0/4       61.0",
        "input → autosave  3/64     120.2",
        "render → input    0/4        0.0",
        "autosave → input  ?/16       1.0",
        "",
        "F2 or Esc closes this panel",
    };
    EXPECT_EQ(runtime_panel_lines(processes(), 80), expected);
}

TEST(RuntimePanel, ThreadBuildShowsThreadIdsOfOneProcess) {
    const std::vector<std::string> lines = runtime_panel_lines(threads(), 80);
    ASSERT_GE(lines.size(), 6u);
    EXPECT_EQ(lines[0], "trio: 3 threads of pid 900");
    EXPECT_EQ(lines[2], "component  tid  restarts  state");
    EXPECT_EQ(lines[3], "input      901  -         running");
    EXPECT_EQ(lines[5], "autosave   903  -         not running");
    EXPECT_EQ(lines.back(), panel_closing_line);
}

TEST(RuntimePanel, UnknownValuesAreMarkedNotInvented) {
    RuntimeStatus status;
    status.design = Design::Processes;
    status.components = {ComponentStatus{"render", 0, false, 1, true}};
    status.channels = {ChannelStatus{"input → render", std::nullopt, 0, -3.0}};
    const std::vector<std::string> lines = runtime_panel_lines(status, 80);
    ASSERT_EQ(lines.size(), 9u);
    EXPECT_EQ(lines[0], "trio-proc: 1 process"); // no supervisor pid given
    EXPECT_EQ(lines[3], "render     ?    1         running");
    EXPECT_EQ(lines[6], "input → render  ?          0.0"); // no capacity; no negative rate
}

TEST(RuntimePanel, SectionsWithoutEntriesAreLeftOut) {
    RuntimeStatus status;
    const std::vector<std::string> expected{"trio: 0 threads", "", std::string(panel_closing_line)};
    EXPECT_EQ(runtime_panel_lines(status, 80), expected);
}

TEST(RuntimePanel, WideCharactersInNamesKeepTheColumnsAligned) {
    RuntimeStatus status = threads();
    status.components[1].name = "渲染"; // 4 columns in 6 bytes
    const std::vector<std::string> lines = runtime_panel_lines(status, 80);
    EXPECT_EQ(lines[4], "渲染       902  -         running");
    EXPECT_EQ(lines[4].find("902"), lines[3].find("901") + 2); // 2 more bytes, same column
}

TEST(RuntimePanel, EveryRowFitsTheWidthWithoutTrailingSpaces) {
    RuntimeStatus status = processes();
    status.components[0].name = "输入组件"; // wide characters at the cut
    for (std::uint32_t width = 0; width <= 50; ++width) {
        for (const std::string& line : runtime_panel_lines(status, width)) {
            EXPECT_LE(width_of(line), std::int64_t{width}) << '"' << line << '"';
            EXPECT_TRUE(line.empty() || line.back() != ' ') << '"' << line << '"';
        }
    }
}

TEST(RuntimePanel, ANarrowPanelCutsRowsAtAGlyphBoundary) {
    RuntimeStatus status = threads();
    status.components[0].name = "输入组件"; // columns 0-7
    const std::vector<std::string> lines = runtime_panel_lines(status, 7);
    EXPECT_EQ(lines[0], "trio: 3");
    EXPECT_EQ(lines[3], "输入组"); // 组 ends at column 6, 件 would straddle the edge
    EXPECT_EQ(lines.back(), "F2 or E");
}

RuntimeStatus with_pipeline() {
    RuntimeStatus status = processes();
    status.pipeline = {HopLatency{"key read → view sent", 32, 14'200, 41'000},
                       HopLatency{"→ frame drawn", 5, 88'000, 310'400},
                       HopLatency{"→ journal written", 0, 0, 0}};
    status.pipeline_window = 32;
    return status;
}

TEST(RuntimePanel, ThePipelineSectionComesLastBeforeTheClosingLine) {
    const std::vector<std::string> lines = runtime_panel_lines(with_pipeline(), 80);
    const std::vector<std::string> expected{
        "",
        "pipeline, last 32 keys  median     max",
        "key read → view sent     14 µs   41 µs",
        "→ frame drawn            88 µs  310 µs",
        "→ journal written            –       –", // no key timed yet
        "",
        "F2 or Esc closes this panel",
    };
    ASSERT_GE(lines.size(), expected.size());
    EXPECT_EQ(std::vector<std::string>(lines.end() - static_cast<std::ptrdiff_t>(expected.size()),
                                       lines.end()),
              expected);
}

TEST(RuntimePanel, ThePipelineSectionFitsANarrowPanelToo) {
    for (std::uint32_t width = 0; width <= 40; ++width) {
        for (const std::string& line : runtime_panel_lines(with_pipeline(), width)) {
            EXPECT_LE(width_of(line), std::int64_t{width}) << '"' << line << '"';
        }
    }
}

TEST(DurationText, KeepsTwoOrThreeSignificantDigitsInTheFittingUnit) {
    EXPECT_EQ(duration_text(0), "0.0 µs");
    EXPECT_EQ(duration_text(850), "0.8 µs");
    EXPECT_EQ(duration_text(3'449), "3.4 µs");
    EXPECT_EQ(duration_text(14'200), "14 µs");
    EXPECT_EQ(duration_text(310'400), "310 µs");
    EXPECT_EQ(duration_text(1'240'000), "1.2 ms");
    EXPECT_EQ(duration_text(41'000'000), "41 ms");
    EXPECT_EQ(duration_text(2'500'000'000), "2.5 s");
}

TEST(DurationText, RoundingNeverShowsAThousandOfAUnit) {
    EXPECT_EQ(duration_text(9'970), "10 µs");
    EXPECT_EQ(duration_text(999'700), "1.0 ms");
    EXPECT_EQ(duration_text(999'700'000), "1.0 s");
}

TEST(DurationText, ANegativeDurationShowsAsZero) {
    EXPECT_EQ(duration_text(-5'000), "0.0 µs");
}

} // namespace
} // namespace trio::components
