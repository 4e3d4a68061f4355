// Lays out the key hints row. Render component.
#include "editor/render/key_hints.hpp"

#include <array>
#include <string_view>

namespace trio::render {

namespace {

struct Hint {
    std::string_view key;
    std::string_view label;
};

constexpr std::array hints{
    Hint{"^S", "Save"},     Hint{"^Q", "Quit"},        Hint{"^Home", "Top"},
    Hint{"^End", "Bottom"}, Hint{"PgUp/PgDn", "Page"},
};

constexpr std::size_t separator_width = 2;

// The hints are ASCII literals, so one character is one cell.
void append_ascii(CellRun& run, std::string_view text, Attr attr) {
    for (const char c : text) {
        run.push_back(Cell{std::string(1, c), 1, attr});
    }
}

} // namespace

CellRun key_hints(std::uint16_t columns) {
    CellRun row;
    for (const Hint& hint : hints) {
        const std::size_t separator = row.empty() ? 0 : separator_width;
        const std::size_t width = hint.key.size() + 1 + hint.label.size();
        if (row.size() + separator + width > columns) {
            break;
        }
        append(row, blank_cells(separator, Attr::Normal));
        append_ascii(row, hint.key, Attr::HintKey);
        append_ascii(row, " ", Attr::HintText);
        append_ascii(row, hint.label, Attr::HintText);
    }
    return row;
}

} // namespace trio::render
