// The soft-wrap half of the view builder: scrolling by wrapped rows and building the rows.
// Internal to trio_view (view_builder.cpp calls it); runs in the input component.
#pragma once

#include "editor/view/view_builder.hpp"

namespace trio::view {

// scroll_to_cursor with soft wrap, for a text area `rows` × `width`; see view_builder.hpp.
void scroll_wrapped(Viewport& viewport, const ViewSource& source, std::uint64_t rows,
                    std::uint32_t width);

// Fills view.lines (the rows from viewport.first_line's row viewport.first_row), cursor_row and
// cursor_column (in the text area, without the gutter).
void build_wrapped_rows(protocol::ViewMessage& view, const ViewSource& source,
                        const Viewport& viewport, std::uint64_t rows, std::uint32_t width);

} // namespace trio::view
