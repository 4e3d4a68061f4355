// Chooses nice bounds and ticks for trio-bench's chart axes. Runs in trio-bench's main.
#include "bench/trio_bench/chart_axis.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

namespace trio::bench {
namespace {

constexpr int target_ticks = 5;
constexpr int max_decade_ticks = 8;
// Beyond this span a log axis rounds out to whole decades; below it to 1-2-5 values.
constexpr int max_bounded_decades = 4;
// Below this span a log axis labels 2 and 5 times each power of ten as well.
constexpr double max_sparse_decades = 1.5;
// log10 of an exact power of ten can come out a hair off an integer.
constexpr double log_slack = 1e-9;

std::string decimal_label(double value, int decimals) {
    std::array<char, 64> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value,
                                      std::chars_format::fixed, decimals);
    return {buffer.data(), result.ptr};
}

// Plain digits for 0.0001 .. 100000, "1e+06" style beyond (as %g would, but locale-free).
std::string power_label(double value, int exponent) {
    if (exponent < -4 || exponent > 5) {
        std::array<char, 64> buffer{};
        const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value,
                                          std::chars_format::scientific, 0);
        return {buffer.data(), result.ptr};
    }
    return decimal_label(value, std::max(0, -exponent));
}

double nice_step(double span) {
    const double raw = span / target_ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double residual = raw / magnitude;
    const double factor = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10;
    return factor * magnitude;
}

Axis linear_axis(double min, double max) {
    if (min == max) {
        // A lone value: from zero to it; zero alone: 0..1.
        if (min == 0) {
            max = 1;
        } else if (min > 0) {
            min = 0;
        } else {
            max = 0;
        }
    }
    const double step = nice_step(max - min);
    const auto first = static_cast<long long>(std::floor(min / step + log_slack));
    const auto last = static_cast<long long>(std::ceil(max / step - log_slack));
    const int decimals = std::max(0, -static_cast<int>(std::floor(std::log10(step) + log_slack)));
    Axis axis{
        AxisScale::Linear, static_cast<double>(first) * step, static_cast<double>(last) * step, {}};
    for (long long i = first; i <= last; ++i) {
        // Indices times the step, not a running sum, so no error accumulates.
        const double value = static_cast<double>(i) * step;
        axis.ticks.push_back({value, decimal_label(i == 0 ? 0.0 : value, decimals)});
    }
    return axis;
}

// Over many decades, decade bounds and a tick every few decades keep the labels apart.
Axis decade_axis(double min, double max) {
    const int first = static_cast<int>(std::floor(std::log10(min) + log_slack));
    int last = static_cast<int>(std::ceil(std::log10(max) - log_slack));
    const int stride = (last - first + max_decade_ticks - 1) / max_decade_ticks;
    last = first + (last - first + stride - 1) / stride * stride;
    Axis axis{AxisScale::Log, std::pow(10.0, first), std::pow(10.0, last), {}};
    for (int exponent = first; exponent <= last; exponent += stride) {
        const double decade = std::pow(10.0, exponent);
        axis.ticks.push_back({decade, power_label(decade, exponent)});
    }
    return axis;
}

int exponent_of(double value) {
    return static_cast<int>(std::floor(std::log10(value) + log_slack));
}

// The largest 1, 2 or 5 times a power of ten at or below `value`, or (Round::Up) the smallest
// at or above it.
enum class Round { Down, Up };
double one_two_five(double value, Round round) {
    const double decade = std::pow(10.0, exponent_of(value));
    constexpr std::array<double, 4> factors = {1, 2, 5, 10};
    if (round == Round::Up) {
        for (const double factor : factors) {
            if (factor * decade >= value * (1 - log_slack)) {
                return factor * decade;
            }
        }
    }
    for (auto factor = factors.rbegin() + 1; factor != factors.rend(); ++factor) {
        if (*factor * decade <= value * (1 + log_slack)) {
            return *factor * decade;
        }
    }
    return decade;
}

// Ends at 1-2-5 values rather than whole decades, so that little of the plot is empty; ticks at
// both ends and every decade between, and at the 2s and 5s too when there are too few decades.
Axis one_two_five_axis(double min, double max) {
    const double low = one_two_five(min, Round::Down);
    double high = one_two_five(max, Round::Up);
    if (high <= low) {
        high = one_two_five(low * 1.5, Round::Up);
    }
    Axis axis{AxisScale::Log, low, high, {}};
    const bool few_decades = high < low * std::pow(10.0, max_sparse_decades);
    for (int exponent = exponent_of(low); exponent <= exponent_of(high); ++exponent) {
        for (const double factor : {1.0, 2.0, 5.0}) {
            const double value = factor * std::pow(10.0, exponent);
            const bool inner = value > low * (1 + log_slack) && value < high * (1 - log_slack);
            if ((inner && (factor == 1 || few_decades)) || value == low || value == high) {
                axis.ticks.push_back({value, power_label(value, exponent)});
            }
        }
    }
    return axis;
}

Axis log_axis(double min, double max) {
    if (max > min * std::pow(10.0, max_bounded_decades)) {
        return decade_axis(min, max);
    }
    if (max < 10 * min) {
        // Within a decade, linear 1-2-5 steps give more ticks than 1, 2 and 5 would, as long as
        // they stay above zero.
        auto axis = linear_axis(min, max);
        if (axis.low > 0) {
            axis.scale = AxisScale::Log;
            return axis;
        }
    }
    return one_two_five_axis(min, max);
}

} // namespace

bool plottable(AxisScale scale, double value) {
    return std::isfinite(value) && (scale == AxisScale::Linear || value > 0);
}

Axis make_axis(AxisScale scale, double min, double max) {
    // Beyond these the arithmetic below overflows (a span of infinity, a power of ten of zero);
    // no measurement comes near them.
    constexpr double largest = 1e300;
    min = std::clamp(min, scale == AxisScale::Log ? 1 / largest : -largest, largest);
    max = std::clamp(max, min, largest);
    return scale == AxisScale::Log ? log_axis(min, max) : linear_axis(min, max);
}

double axis_fraction(const Axis& axis, double value) {
    if (axis.scale == AxisScale::Log) {
        // Differences of logarithms, not logarithms of quotients, which can overflow.
        const double low = std::log10(axis.low);
        return (std::log10(value) - low) / (std::log10(axis.high) - low);
    }
    return (value - axis.low) / (axis.high - axis.low);
}

} // namespace trio::bench
