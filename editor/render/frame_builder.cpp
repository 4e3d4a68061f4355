// Builds each frame from the one before, laying out only changed text rows. Render component.
#include "editor/render/frame_builder.hpp"

#include "editor/render/text_row.hpp"

#include <algorithm>

namespace trio::render {

const Frame& FrameBuilder::build(const protocol::ViewMessage& view, protocol::TerminalSize size) {
    const bool same_shape = !m_rows.empty() && m_frame.rows == size.rows &&
                            m_frame.columns == size.columns && m_left_column == view.left_column;
    if (!same_shape) {
        m_frame = layout(view, size, m_options);
        m_rows.clear();
        if (size.rows >= min_rows && size.columns >= min_columns) {
            const auto text_rows = static_cast<std::size_t>(size.rows - protocol::chrome_rows);
            m_rows.resize(text_rows);
            for (std::size_t i = 0; i < std::min(text_rows, view.lines.size()); ++i) {
                m_rows[i] = view.lines[i];
            }
            m_left_column = view.left_column;
        }
        return m_frame;
    }
    const int tab_width = std::max(m_options.tab_width, 1);
    const protocol::ViewLine blank{};
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const protocol::ViewLine* line = i < view.lines.size() ? &view.lines[i] : nullptr;
        const bool unchanged = line != nullptr ? m_rows[i] == *line : !m_rows[i].has_value();
        if (unchanged) {
            continue;
        }
        draw_text_row(frame_row(m_frame, static_cast<std::uint16_t>(i)),
                      line != nullptr ? *line : blank, view.left_column, tab_width);
        m_rows[i] = line != nullptr ? std::optional(*line) : std::nullopt;
    }
    lay_out_chrome(m_frame, view, m_options);
    return m_frame;
}

} // namespace trio::render
