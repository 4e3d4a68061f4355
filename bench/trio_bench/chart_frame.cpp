// Draws the title, legend, axes and notices of trio-bench's charts. Runs in trio-bench's main.
#include "bench/trio_bench/chart_frame.hpp"

#include <array>

namespace trio::bench {
namespace {

constexpr std::array<std::string_view, 8> okabe_ito = {"#0072B2", "#E69F00", "#009E73", "#D55E00",
                                                       "#CC79A7", "#56B4E9", "#000000", "#F0E442"};

constexpr double title_size = 16;
constexpr double label_size = 12;
constexpr double tick_size = 11;
constexpr double title_baseline = 24;
constexpr double legend_top = 34;
constexpr double legend_row = 18;
constexpr double swatch = 18;
constexpr double legend_gap = 18;
constexpr double margin_left = 72;
constexpr double margin_right = 32;
constexpr double margin_bottom = 56;
constexpr double gap_above_plot = 16;

constexpr Stroke axis_stroke{"#444444", 1};
constexpr Stroke grid_stroke{"#dddddd", 1};

void draw_legend_mark(SvgWriter& svg, Point at, std::string_view colour, LegendMark mark) {
    const double middle = at.y + legend_row / 2;
    if (mark == LegendMark::Line) {
        svg.line({at.x, middle}, {at.x + swatch, middle}, {colour, 2.5});
    } else {
        svg.rect({at.x + 3, middle - 6}, 12, 12, colour);
    }
}

} // namespace

std::string_view series_colour(std::size_t index) {
    return okabe_ito[index % okabe_ito.size()];
}

double text_width(std::string_view text, double size) {
    double ems = 0;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        // UTF-8 continuation bytes do not start a code point; a lead byte from 0xE3 to 0xED
        // starts one in U+3000..U+DFFF, which is mostly CJK: a full em wide.
        if ((byte & 0xC0) != 0x80) {
            ems += byte >= 0xE3 && byte <= 0xED ? 1 : 0.55;
        }
    }
    return ems * size;
}

PlotArea draw_title_and_legend(SvgWriter& svg, std::string_view title,
                               const std::vector<LegendEntry>& legend, LegendMark mark) {
    svg.text({chart_width / 2, title_baseline}, title,
             {title_size, Anchor::Middle, Weight::Bold, 0, "#222222"});
    const double right = chart_width - margin_right;
    Point at{margin_left, legend_top};
    for (const auto& entry : legend) {
        const double width = swatch + 6 + text_width(entry.text, label_size);
        if (at.x > margin_left && at.x + width > right) {
            at = {margin_left, at.y + legend_row};
        }
        draw_legend_mark(svg, at, entry.colour, mark);
        svg.text({at.x + swatch + 6, at.y + 13}, entry.text, {label_size});
        at.x += width + legend_gap;
    }
    const double legend_bottom = legend.empty() ? legend_top : at.y + legend_row;
    return {margin_left, legend_bottom + gap_above_plot, right, chart_height - margin_bottom};
}

void draw_y_axis(SvgWriter& svg, const PlotArea& area, const Axis& axis, std::string_view label) {
    for (const auto& tick : axis.ticks) {
        const double y = area.y_at(axis_fraction(axis, tick.value));
        svg.line({area.left, y}, {area.right, y}, grid_stroke);
        svg.text({area.left - 6, y + 4}, tick.label, {tick_size, Anchor::End});
    }
    svg.line({area.left, area.top}, {area.left, area.bottom}, axis_stroke);
    svg.text({18, (area.top + area.bottom) / 2}, label,
             {label_size, Anchor::Middle, Weight::Normal, -90});
}

void draw_x_axis(SvgWriter& svg, const PlotArea& area, const Axis& axis, std::string_view label) {
    for (const auto& tick : axis.ticks) {
        const double x = area.x_at(axis_fraction(axis, tick.value));
        svg.line({x, area.top}, {x, area.bottom}, grid_stroke);
        svg.text({x, area.bottom + 16}, tick.label, {tick_size, Anchor::Middle});
    }
    svg.line({area.left, area.bottom}, {area.right, area.bottom}, axis_stroke);
    svg.text({(area.left + area.right) / 2, area.bottom + 38}, label, {label_size, Anchor::Middle});
}

void draw_category_axis(SvgWriter& svg, const PlotArea& area,
                        const std::vector<std::string>& labels) {
    const double slot = (area.right - area.left) / static_cast<double>(labels.size());
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const double x = area.left + (static_cast<double>(i) + 0.5) * slot;
        svg.text({x, area.bottom + 18}, labels[i], {label_size, Anchor::Middle});
    }
    svg.line({area.left, area.bottom}, {area.right, area.bottom}, axis_stroke);
}

void draw_no_samples(SvgWriter& svg, std::string_view title) {
    const auto area = draw_title_and_legend(svg, title, {}, LegendMark::Line);
    svg.line({area.left, area.bottom}, {area.right, area.bottom}, axis_stroke);
    svg.line({area.left, area.top}, {area.left, area.bottom}, axis_stroke);
    svg.text({(area.left + area.right) / 2, (area.top + area.bottom) / 2}, "no samples",
             {label_size + 2, Anchor::Middle, Weight::Normal, 0, "#666666"});
}

} // namespace trio::bench
