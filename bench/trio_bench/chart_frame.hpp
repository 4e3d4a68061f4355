// What every trio-bench chart shares: the canvas, the colour palette, the title and legend,
// axes with grid lines, tick labels and unit labels, and the "no samples" notice. Runs in
// trio-bench's main.
#pragma once

#include "bench/trio_bench/chart_axis.hpp"
#include "bench/trio_bench/svg_writer.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace trio::bench {

constexpr double chart_width = 720;
constexpr double chart_height = 400;

// The rectangle the data is drawn in, in SVG pixels (y grows downwards).
struct PlotArea {
    double left = 0;
    double top = 0;
    double right = 0;
    double bottom = 0;

    // The pixel at a fraction (0..1) of the width, from the left / of the height, from the bottom.
    [[nodiscard]] double x_at(double fraction) const { return left + fraction * (right - left); }
    [[nodiscard]] double y_at(double fraction) const { return bottom - fraction * (bottom - top); }
};

enum class LegendMark { Line, Box };

struct LegendEntry {
    std::string text;
    std::string_view colour;
};

// The colour of the index-th series: the Okabe-Ito palette (told apart with the common colour
// vision deficiencies), reordered so that the pale yellow comes last; wraps around.
[[nodiscard]] std::string_view series_colour(std::size_t index);

// Roughly how wide `text` is at `size` px in a sans-serif font; no font metrics are at hand, so
// a code point counts as 0.55 em (about DejaVu Sans's average), a CJK one as 1 em.
[[nodiscard]] double text_width(std::string_view text, double size);

// Draws the title and, below it, the legend (wrapped into as many rows as it needs); returns the
// area left for the data, with margins for the axes' labels.
[[nodiscard]] PlotArea draw_title_and_legend(SvgWriter& svg, std::string_view title,
                                             const std::vector<LegendEntry>& legend,
                                             LegendMark mark);

// A grid line and a label per tick, the axis line, and `label` (the unit) beside the axis.
void draw_y_axis(SvgWriter& svg, const PlotArea& area, const Axis& axis, std::string_view label);
void draw_x_axis(SvgWriter& svg, const PlotArea& area, const Axis& axis, std::string_view label);

// Category labels centred under equal slots of the x axis, and the axis line.
void draw_category_axis(SvgWriter& svg, const PlotArea& area,
                        const std::vector<std::string>& labels);

// A chart with only its title and "no samples" in the middle.
void draw_no_samples(SvgWriter& svg, std::string_view title);

} // namespace trio::bench
