// Cell access and small helpers for Frame. Render component.
#include "editor/render/frame.hpp"

#include <cassert>

namespace trio::render {

Cell& Frame::at(std::uint16_t r, std::uint16_t c) {
    assert(r < rows && c < columns);
    return cells[std::size_t{r} * columns + c];
}

const Cell& Frame::at(std::uint16_t r, std::uint16_t c) const {
    assert(r < rows && c < columns);
    return cells[std::size_t{r} * columns + c];
}

Frame blank_frame(std::uint16_t rows, std::uint16_t columns) {
    Frame frame;
    frame.rows = rows;
    frame.columns = columns;
    frame.cells.resize(std::size_t{rows} * columns);
    return frame;
}

std::string row_text(const Frame& frame, std::uint16_t r) {
    std::string out;
    for (std::uint16_t c = 0; c < frame.columns; ++c) {
        out += frame.at(r, c).text;
    }
    return out;
}

} // namespace trio::render
