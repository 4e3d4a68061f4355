// Frames for a stream of views, each built from the frame before: only the text rows whose
// line changed are laid out again. Render component.
#pragma once

#include "editor/render/frame.hpp"
#include "editor/render/layout.hpp"

#include <optional>
#include <vector>

namespace trio::render {

// A cursor key changes no text row (only the status bar and the cursor), typing changes one:
// laying out all of them again was most of a keystroke's cost. Single-threaded (the render
// component's); never throws except std::bad_alloc.
class FrameBuilder {
public:
    explicit FrameBuilder(LayoutOptions options) : m_options(options) {}

    // Exactly layout(view, size, options); the reference is valid until the next call.
    [[nodiscard]] const Frame& build(const protocol::ViewMessage& view,
                                     protocol::TerminalSize size);

private:
    LayoutOptions m_options;
    Frame m_frame;
    protocol::DisplayColumn m_left_column;
    // What each text row of m_frame shows (nullopt: blank, past the end of the file). Empty
    // when m_frame was not built by a full layout of this size (first frame, resize, too
    // small): the next build lays out every row.
    std::vector<std::optional<protocol::ViewLine>> m_rows;
};

} // namespace trio::render
