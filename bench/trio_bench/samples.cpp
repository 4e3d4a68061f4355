// Summary statistics of trio-bench's samples. Runs in trio-bench.
#include "bench/trio_bench/samples.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace trio::bench {
namespace {

// The q-quantile (0..1) of sorted, non-empty values, interpolating between neighbours.
double quantile(const std::vector<double>& sorted, double q) {
    const double position = q * static_cast<double>(sorted.size() - 1);
    const auto below = static_cast<std::size_t>(std::floor(position));
    const auto above = std::min(below + 1, sorted.size() - 1);
    const double weight = position - static_cast<double>(below);
    return sorted[below] * (1 - weight) + sorted[above] * weight;
}

} // namespace

Summary summarize(std::vector<double> values) {
    if (values.empty()) {
        return {};
    }
    std::sort(values.begin(), values.end());
    return {values.size(),         quantile(values, 0.5), values.front(),        values.back(),
            quantile(values, 0.1), quantile(values, 0.9), quantile(values, 0.99)};
}

std::string three_figures(double value) {
    char text[32];
    const double size = std::abs(value);
    const int decimals = size < 10 ? 3 : size < 100 ? 2 : size < 1000 ? 1 : 0;
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    return text;
}

std::vector<double> values_of(const std::vector<Sample>& samples, const std::string& editor,
                              const std::string& file, const std::string& figure) {
    std::vector<double> values;
    for (const auto& sample : samples) {
        if (sample.editor == editor && sample.file == file && sample.figure.name == figure) {
            values.push_back(sample.figure.value);
        }
    }
    return values;
}

} // namespace trio::bench
