// A chart axis: the range a chart's values span, rounded out to "nice" bounds, with labelled
// ticks (1-2-5 steps on a linear axis, decades on a log axis). Runs in trio-bench's main.
#pragma once

#include <string>
#include <vector>

namespace trio::bench {

enum class AxisScale { Linear, Log };

struct Tick {
    double value = 0;
    std::string label; // "0.2", "100", "1e-06": "C" locale, no trailing noise
};

struct Axis {
    AxisScale scale = AxisScale::Linear;
    double low = 0;          // the first tick; on a log axis a power of ten
    double high = 1;         // the last tick
    std::vector<Tick> ticks; // ascending, from low to high
};

// Whether `value` can be drawn on an axis of `scale`: finite, and positive on a log axis.
[[nodiscard]] bool plottable(AxisScale scale, double value);

// An axis from at most `min` to at least `max`, both plottable with min <= max; a single value
// gets an axis around it.
// - Linear: about five ticks at multiples of 1, 2 or 5 times a power of ten, bounds on ticks.
// - Log, up to four decades: bounds at 1, 2 or 5 times a power of ten, ticks at both bounds and
//   every decade between (and every 2 and 5 below a decade and a half); within one decade,
//   linear 1-2-5 ticks (or 1, 2 and 5 when those would reach zero).
// - Log, more than four decades: bounds and ticks at decades, every few decades if need be.
[[nodiscard]] Axis make_axis(AxisScale scale, double min, double max);

// Where `value` sits on `axis`: 0 at low, 1 at high (outside 0..1 beyond them).
[[nodiscard]] double axis_fraction(const Axis& axis, double value);

} // namespace trio::bench
