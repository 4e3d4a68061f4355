// Draws the line-number gutter of one row. Render component.
#include "editor/render/gutter.hpp"

#include <charconv>

namespace trio::render {

void draw_gutter(std::span<Cell> cells, std::uint64_t number, Attr attr) {
    for (Cell& cell : cells) {
        cell.text.assign(1, ' ');
        cell.width = 1;
        cell.attr = Attr::Normal;
    }
    if (number == 0 || cells.size() < 2) {
        return;
    }
    char digits[20]; // the most digits a std::uint64_t has
    const auto [end, error] = std::to_chars(digits, digits + sizeof digits, number);
    (void)error; // 20 digits always suffice
    const auto count = static_cast<std::size_t>(end - digits);
    const std::size_t room = cells.size() - 1;
    const std::size_t shown = count < room ? count : room;
    for (std::size_t i = 0; i < shown; ++i) {
        Cell& cell = cells[room - shown + i];
        cell.text.assign(1, digits[count - shown + i]);
        cell.attr = attr;
    }
}

} // namespace trio::render
