// Builds each frame from the one before, laying out only changed text rows. Render component.
#include "editor/render/frame_builder.hpp"

namespace trio::render {

const Frame& FrameBuilder::build(const protocol::ViewMessage& view, protocol::TerminalSize size) {
    if (size.rows < min_rows || size.columns < min_columns) {
        m_frame = layout(view, size, m_options);
        m_rows.clear();
        return m_frame;
    }
    const Shape shape{view.left_column, view.gutter_width, view.soft_wrap, view.language,
                      view.syntax_colours};
    if (m_rows.empty() || m_frame.rows != size.rows || m_frame.columns != size.columns ||
        m_shape != shape) {
        m_frame = blank_frame(size.rows, size.columns);
        m_rows.assign(static_cast<std::size_t>(size.rows - protocol::chrome_rows), DrawnRow{});
        m_shape = shape;
    }
    syntax::State state = syntax::State::Normal;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const protocol::ViewLine* line = i < view.lines.size() ? &view.lines[i] : nullptr;
        DrawnRow& drawn = m_rows[i];
        const bool same_line = line != nullptr ? drawn.line == *line : !drawn.line.has_value();
        if (drawn.drawn && same_line && drawn.entry == state) {
            state = drawn.exit;
            continue;
        }
        drawn.entry = state;
        state = lay_out_text_row(m_frame, static_cast<std::uint16_t>(i), view, line, state,
                                 m_options, m_spans);
        drawn.exit = state;
        drawn.line = line != nullptr ? std::optional(*line) : std::nullopt;
        drawn.drawn = true;
    }
    lay_out_chrome(m_frame, view, m_options);
    return m_frame;
}

} // namespace trio::render
