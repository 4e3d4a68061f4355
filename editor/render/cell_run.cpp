// Cells of glyphs and one-line fields, and wide-character-safe clipping. Render component.
#include "editor/render/cell_run.hpp"

namespace trio::render {

namespace {

Cell continuation(Attr attr) {
    return Cell{std::string(), 0, attr};
}

} // namespace

CellRun glyph_cells(std::string_view line, std::size_t pos, const text::Glyph& glyph, Attr attr,
                    Attr special) {
    const auto width = static_cast<std::size_t>(glyph.width > 0 ? glyph.width : 0);
    const std::string shown = text::glyph_text(line, pos, glyph);
    CellRun cells;
    if (glyph.kind == text::GlyphKind::Text) {
        cells.push_back(Cell{shown, static_cast<std::uint8_t>(width), attr});
        cells.resize(width, continuation(attr));
        return cells;
    }
    // Tabs and notations are plain ASCII, one character per cell; glyph_text promises
    // exactly `width` of them, the loop bound keeps the run's width right regardless.
    const Attr cell_attr = glyph.kind == text::GlyphKind::Tab ? attr : special;
    for (std::size_t i = 0; i < width; ++i) {
        cells.push_back(Cell{i < shown.size() ? std::string(1, shown[i]) : " ", 1, cell_attr});
    }
    return cells;
}

CellRun field_cells(std::string_view text, Attr attr, int tab_width) {
    CellRun cells;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const auto column = static_cast<std::int64_t>(cells.size());
        const text::Glyph glyph = text::next_glyph(text, pos, column, tab_width);
        append(cells, glyph_cells(text, pos, glyph, attr, attr));
        pos += glyph.bytes;
    }
    return cells;
}

CellRun blank_cells(std::size_t count, Attr attr) {
    return CellRun(count, Cell{" ", 1, attr});
}

void clip_right(CellRun& run, std::size_t width) {
    if (run.size() > width) {
        run.resize(width);
    }
    // A first half whose continuation was cut off goes too.
    if (!run.empty() && run.back().width > 1) {
        run.pop_back();
    }
}

void clip_left(CellRun& run, std::size_t width) {
    std::size_t drop = run.size() > width ? run.size() - width : 0;
    while (drop < run.size() && run[drop].width == 0) {
        ++drop;
    }
    run.erase(run.begin(), run.begin() + static_cast<std::ptrdiff_t>(drop));
}

void append(CellRun& run, const CellRun& more) {
    run.insert(run.end(), more.begin(), more.end());
}

} // namespace trio::render
