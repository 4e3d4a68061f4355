// Frames for a stream of views, each built from the frame before: only the text rows whose
// line (or syntax state) changed are laid out again. Render component.
#pragma once

#include "editor/render/frame.hpp"
#include "editor/render/layout.hpp"
#include "editor/syntax/highlight.hpp"

#include <optional>
#include <vector>

namespace trio::render {

// A cursor key changes no text row (only the status bar and the cursor), typing changes one:
// laying out (and colouring) all of them again was most of a keystroke's cost. A row is
// redrawn when its line changed or when the syntax state it starts in did (typing "/*"
// recolours the rows below it). Single-threaded (the render component's); never throws
// except std::bad_alloc.
class FrameBuilder {
public:
    explicit FrameBuilder(LayoutOptions options) : m_options(options) {}

    // Exactly layout(view, size, options); the reference is valid until the next call.
    [[nodiscard]] const Frame& build(const protocol::ViewMessage& view,
                                     protocol::TerminalSize size);

private:
    // What every text row depends on besides its line: a change redraws all of them.
    struct Shape {
        protocol::DisplayColumn left_column;
        std::uint16_t gutter_width = 0;
        bool soft_wrap = false;
        protocol::Language language = protocol::Language::None;
        bool syntax_colours = false;
        bool operator==(const Shape&) const = default;
    };
    // What a text row of m_frame was drawn from.
    struct DrawnRow {
        bool drawn = false;
        std::optional<protocol::ViewLine> line; // nullopt: blank, past the end of the file
        syntax::State entry = syntax::State::Normal;
        syntax::State exit = syntax::State::Normal;
    };

    LayoutOptions m_options;
    Frame m_frame;
    Shape m_shape;
    // One per text row of m_frame; empty when m_frame is not a text screen of this size
    // (first frame, too small): the next build lays out every row.
    std::vector<DrawnRow> m_rows;
    std::vector<syntax::Span> m_spans; // scratch for the highlighter
};

} // namespace trio::render
