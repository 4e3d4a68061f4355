// trio-bench's charts as standalone SVG files: the latency distribution of each editor (a CDF)
// and grouped bars (startup, memory, CPU per key). Runs in trio-bench's main.
//
// Both writers are pure functions of their input: the same chart gives the same bytes, whatever
// the locale. They never throw on odd data: values that cannot be drawn (NaN, infinities, and
// zero or negatives on a log axis) are skipped, and a chart with nothing left to draw says "no
// samples". Series keep their colour by position (the i-th series named is always the i-th
// palette colour), so list editors in the same order in every chart.
#pragma once

#include "bench/trio_bench/chart_axis.hpp"

#include <ostream>
#include <string>
#include <vector>

namespace trio::bench {

struct ChartSeries {
    std::string name;           // the editor, "trio-proc"
    std::vector<double> values; // raw samples, any order
};

struct CdfChart {
    std::string title;
    std::string unit; // of the values, "ms"
    std::vector<ChartSeries> series;
    AxisScale x_scale = AxisScale::Log;
};

// One corner of a CDF's step line: the fraction of samples at or below `value`.
struct CdfPoint {
    double value = 0;
    double fraction = 0;
};

// The step line's corners: one per distinct plottable value, ascending; the last at fraction 1.
// Values that cannot be drawn on `scale` are dropped and not counted. Empty when none is left.
[[nodiscard]] std::vector<CdfPoint> cdf_points(std::vector<double> values, AxisScale scale);

// One step line per series that has samples: x = value, y = fraction of samples <= x. The
// legend gives each series' sample count, or "no samples".
void write_cdf_svg(std::ostream& out, const CdfChart& chart);

struct Bar {
    std::string series; // the editor
    double median = 0;
    double low = 0; // the whisker's ends (e.g. min and max); no whisker when low >= high
    double high = 0;
};

struct BarGroup {
    std::string label; // under the group, "1 KiB"
    std::vector<Bar> bars;
};

struct BarChart {
    std::string title;
    std::string unit; // of the values, "ms", "MiB"
    std::vector<BarGroup> groups;
    AxisScale y_scale = AxisScale::Linear; // Log: see write_bar_svg
};

// Grouped vertical bars, one colour per series in the order the series first appear, a whisker
// from low to high, and the median (three_figures()) above each bar. A linear axis starts at 0.
// A log axis is used only when the bars' values differ tenfold or more: on closer values it
// would distort the bars' lengths for nothing, so they get the linear axis instead.
void write_bar_svg(std::ostream& out, const BarChart& chart);

} // namespace trio::bench
