// The status bar row: file name and markers on the left, position and design on the right.
// Pure; render component.
#pragma once

#include "editor/protocol/messages.hpp"
#include "editor/render/cell_run.hpp"

#include <cstdint>
#include <string>

namespace trio::render {

// "Ln {cursor_line}/{line_count}, Col {cursor_display_column}  {label} ", the label being
// "threads  " or "processes" (both 9 columns, so the two builds' screens line up);
// {line_count} is "?" while it is 0 (not counted yet).
[[nodiscard]] std::string status_right_text(const protocol::ViewMessage& view);
// "Ln {cursor_line}/{line_count}, Col {cursor_display_column}" alone.
[[nodiscard]] std::string status_position_text(const protocol::ViewMessage& view);

// Exactly `columns` StatusBar cells: " " + file name + " [+]" (modified) + " [read-only]"
// on the left, status_right_text right-aligned, at least one blank between them. When both
// do not fit, the file name is shortened from the left and starts with "<"; with no room
// for even that, the name goes, then the markers (never half a marker). When not even the
// right part fits, the design label is left out of it ("Ln 3/9, Col 5 "); when not even that
// fits, it is drawn from column 0 and cut at the right edge.
[[nodiscard]] CellRun status_bar(const protocol::ViewMessage& view, std::uint16_t columns,
                                 int tab_width);

} // namespace trio::render
