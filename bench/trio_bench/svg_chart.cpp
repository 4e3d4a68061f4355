// Lays out trio-bench's CDF and bar charts and writes them as SVG. Runs in trio-bench's main.
#include "bench/trio_bench/svg_chart.hpp"

#include "bench/trio_bench/chart_frame.hpp"
#include "bench/trio_bench/samples.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <iterator>
#include <limits>
#include <string>

namespace trio::bench {
namespace {

constexpr double cdf_line_width = 2;
// Steps closer than this share one vertical: a million samples make no bigger a file than a
// thousand.
constexpr double min_step_px = 0.25;
constexpr double max_bar_width = 56;
constexpr double group_fill = 0.8; // of each group's slot; the rest separates groups
constexpr double value_size = 11;
constexpr double label_headroom = 0.12; // of the value range

struct Range {
    double min = std::numeric_limits<double>::infinity();
    double max = -std::numeric_limits<double>::infinity();

    void add(double value) {
        min = std::min(min, value);
        max = std::max(max, value);
    }
};

std::string axis_label(const std::string& unit, AxisScale scale) {
    return scale == AxisScale::Log ? unit + " (log scale)" : unit;
}

// ---- CDF ----

std::string cdf_legend(const ChartSeries& series, std::size_t plotted) {
    if (plotted == 0) {
        return series.name + " (no samples)";
    }
    std::string text = series.name + " (n=" + std::to_string(plotted);
    if (plotted < series.values.size()) {
        text += ", " + std::to_string(series.values.size() - plotted) + " skipped";
    }
    return text + ")";
}

std::string step_path(const std::vector<CdfPoint>& points, const PlotArea& area, const Axis& axis) {
    const auto x_of = [&](double value) { return area.x_at(axis_fraction(axis, value)); };
    double drawn_x = x_of(points.front().value);
    std::string data = "M" + svg_number(drawn_x) + " " + svg_number(area.y_at(0));
    double reached = 0; // the fraction the line climbs to at drawn_x
    for (const auto& point : points) {
        const double x = x_of(point.value);
        if (x - drawn_x >= min_step_px) {
            data += "V" + svg_number(area.y_at(reached)) + "H" + svg_number(x);
            drawn_x = x;
        }
        reached = point.fraction;
    }
    return data + "V" + svg_number(area.y_at(reached));
}

struct CdfLine {
    std::vector<CdfPoint> points;
    LegendEntry legend;
};

std::vector<CdfLine> cdf_lines(const CdfChart& chart) {
    std::vector<CdfLine> lines;
    for (const auto& series : chart.series) {
        const auto plotted = std::count_if(series.values.begin(), series.values.end(),
                                           [&](double v) { return plottable(chart.x_scale, v); });
        lines.push_back(
            {cdf_points(series.values, chart.x_scale),
             {cdf_legend(series, static_cast<std::size_t>(plotted)), series_colour(lines.size())}});
    }
    return lines;
}

void draw_cdf(SvgWriter& svg, const CdfChart& chart, const std::vector<CdfLine>& lines,
              const Axis& x_axis) {
    std::vector<LegendEntry> legend;
    for (const auto& line : lines) {
        legend.push_back(line.legend);
    }
    const auto area = draw_title_and_legend(svg, chart.title, legend, LegendMark::Line);
    draw_y_axis(svg, area, make_axis(AxisScale::Linear, 0, 1), "fraction of samples \u2264 x");
    draw_x_axis(svg, area, x_axis, axis_label(chart.unit, chart.x_scale));
    for (const auto& line : lines) {
        if (!line.points.empty()) {
            svg.path(step_path(line.points, area, x_axis), {line.legend.colour, cdf_line_width},
                     line.legend.text);
        }
    }
}

// ---- bars ----

std::vector<std::string> series_order(const BarChart& chart) {
    std::vector<std::string> names;
    for (const auto& group : chart.groups) {
        for (const auto& bar : group.bars) {
            if (std::find(names.begin(), names.end(), bar.series) == names.end()) {
                names.push_back(bar.series);
            }
        }
    }
    return names;
}

bool has_whisker(const Bar& bar, AxisScale scale) {
    return plottable(scale, bar.low) && plottable(scale, bar.high) && bar.low < bar.high;
}

std::vector<Bar> drawable_bars(const BarGroup& group, AxisScale scale) {
    std::vector<Bar> bars;
    std::copy_if(group.bars.begin(), group.bars.end(), std::back_inserter(bars),
                 [&](const Bar& bar) { return plottable(scale, bar.median); });
    return bars;
}

struct BarGeometry {
    const PlotArea& area;
    const Axis& axis;
    double width = 0;

    [[nodiscard]] double y_of(double value) const {
        return area.y_at(std::clamp(axis_fraction(axis, value), 0.0, 1.0));
    }
};

void draw_value_label(SvgWriter& svg, const BarGeometry& geometry, double centre, double top,
                      double median) {
    const auto text = three_figures(median);
    if (text_width(text, value_size) <= geometry.width + 4) {
        svg.text({centre, top - 4}, text, {value_size, Anchor::Middle});
    } else {
        // Too narrow for the text across: stand it up, reading upwards from above the bar.
        svg.text({centre + value_size * 0.35, top - 4}, text,
                 {value_size, Anchor::Start, Weight::Normal, -90});
    }
}

void draw_bar(SvgWriter& svg, const BarGeometry& geometry, const Bar& bar, double left,
              std::string_view colour) {
    const auto& axis = geometry.axis;
    const double base = geometry.y_of(axis.scale == AxisScale::Log ? axis.low : 0.0);
    const double end = geometry.y_of(bar.median);
    svg.rect({left + 1, std::min(base, end)}, geometry.width - 2, std::abs(base - end), colour);
    const double centre = left + geometry.width / 2;
    double top = end;
    if (has_whisker(bar, axis.scale)) {
        const double low = geometry.y_of(bar.low);
        const double high = geometry.y_of(bar.high);
        const double cap = geometry.width * 0.15;
        const Stroke whisker{"#222222", 1.2};
        svg.line({centre, low}, {centre, high}, whisker);
        svg.line({centre - cap, low}, {centre + cap, low}, whisker);
        svg.line({centre - cap, high}, {centre + cap, high}, whisker);
        top = std::min(top, high);
    }
    draw_value_label(svg, geometry, centre, top, bar.median);
}

Range bar_values(const BarChart& chart, AxisScale scale) {
    Range range;
    for (const auto& group : chart.groups) {
        for (const auto& bar : drawable_bars(group, scale)) {
            range.add(bar.median);
            if (has_whisker(bar, scale)) {
                range.add(bar.low);
                range.add(bar.high);
            }
        }
    }
    return range;
}

// Log only where bars differ tenfold or more: closer values would only have their lengths
// distorted (a bar's length on a log axis depends on where the axis happens to start).
AxisScale bar_scale(const BarChart& chart) {
    const auto range = bar_values(chart, AxisScale::Log);
    const bool within_tenfold = range.min <= range.max && range.max < 10 * range.min;
    return chart.y_scale == AxisScale::Log && !within_tenfold ? AxisScale::Log : AxisScale::Linear;
}

Axis bar_axis(const BarChart& chart, AxisScale scale) {
    auto range = bar_values(chart, scale);
    // Room above the tallest bar for its value label, even one stood up on a narrow bar.
    if (scale == AxisScale::Linear) {
        range.add(0); // bars measure from zero
        range.max += (range.max - range.min) * label_headroom;
    } else {
        range.max *= std::pow(range.max / range.min, label_headroom);
    }
    return make_axis(scale, range.min, range.max);
}

void draw_bars(SvgWriter& svg, const BarChart& chart, AxisScale scale, std::size_t most_bars) {
    const auto names = series_order(chart);
    std::vector<LegendEntry> legend;
    for (std::size_t i = 0; i < names.size(); ++i) {
        legend.push_back({names[i], series_colour(i)});
    }
    const auto area = draw_title_and_legend(svg, chart.title, legend, LegendMark::Box);
    const auto axis = bar_axis(chart, scale);
    draw_y_axis(svg, area, axis, axis_label(chart.unit, scale));
    std::vector<std::string> labels;
    for (const auto& group : chart.groups) {
        labels.push_back(group.label);
    }
    draw_category_axis(svg, area, labels);
    const double slot = (area.right - area.left) / static_cast<double>(chart.groups.size());
    const BarGeometry geometry{
        area, axis, std::min(max_bar_width, slot * group_fill / static_cast<double>(most_bars))};
    for (std::size_t g = 0; g < chart.groups.size(); ++g) {
        // The group's bars side by side, centred on its slot; colours follow the series order.
        const auto bars = drawable_bars(chart.groups[g], scale);
        const double centre = area.left + (static_cast<double>(g) + 0.5) * slot;
        double left = centre - static_cast<double>(bars.size()) * geometry.width / 2;
        for (const auto& bar : bars) {
            const auto index = std::find(names.begin(), names.end(), bar.series) - names.begin();
            draw_bar(svg, geometry, bar, left, series_colour(static_cast<std::size_t>(index)));
            left += geometry.width;
        }
    }
}

} // namespace

std::vector<CdfPoint> cdf_points(std::vector<double> values, AxisScale scale) {
    std::erase_if(values, [&](double value) { return !plottable(scale, value); });
    std::sort(values.begin(), values.end());
    std::vector<CdfPoint> points;
    const auto count = static_cast<double>(values.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
        // Only the last of equal values makes a corner: the fraction at or below it.
        if (i + 1 == values.size() || values[i + 1] != values[i]) {
            points.push_back({values[i], static_cast<double>(i + 1) / count});
        }
    }
    return points;
}

void write_cdf_svg(std::ostream& out, const CdfChart& chart) {
    SvgWriter svg(chart_width, chart_height);
    const auto lines = cdf_lines(chart);
    Range range;
    for (const auto& line : lines) {
        for (const auto& point : line.points) {
            range.add(point.value);
        }
    }
    if (range.min > range.max) {
        draw_no_samples(svg, chart.title);
    } else {
        draw_cdf(svg, chart, lines, make_axis(chart.x_scale, range.min, range.max));
    }
    out << std::move(svg).finish();
}

void write_bar_svg(std::ostream& out, const BarChart& chart) {
    SvgWriter svg(chart_width, chart_height);
    const auto scale = bar_scale(chart);
    std::size_t most_bars = 0;
    for (const auto& group : chart.groups) {
        most_bars = std::max(most_bars, drawable_bars(group, scale).size());
    }
    if (most_bars == 0) {
        draw_no_samples(svg, chart.title);
    } else {
        draw_bars(svg, chart, scale, most_bars);
    }
    out << std::move(svg).finish();
}

} // namespace trio::bench
