// Tests trio-bench's SVG charts: well-formed XML, one line per series, legends, escaping, the
// CDF's steps, bar labels and colours, and the "no samples" chart.
#include "bench/trio_bench/chart_frame.hpp"
#include "bench/trio_bench/svg_chart.hpp"

#include <gtest/gtest.h>
#include <limits>
#include <locale>
#include <sstream>

namespace trio::bench {
namespace {

// What an XML parser would reject first in our output: crossed or unclosed tags, a second
// root, unquoted attributes, and a '<' or '&' that is neither markup nor an entity. Returns
// "" when the text passes. Not a full parser (no DOCTYPE, CDATA or comments: we write none).
std::string entity_problem(std::string_view text, std::size_t at) {
    for (const std::string_view entity : {"&amp;", "&lt;", "&gt;", "&quot;", "&apos;"}) {
        if (text.substr(at, entity.size()) == entity) {
            return "";
        }
    }
    return "bad entity at " + std::to_string(at);
}

std::string attributes_problem(std::string_view tag) {
    std::size_t at = tag.find_first_of(" \n/");
    while (at < tag.size()) {
        at = tag.find_first_not_of(" \n", at);
        if (at == std::string_view::npos || tag.substr(at) == "/" || tag.substr(at) == "?") {
            return "";
        }
        const auto equals = tag.find('=', at);
        if (equals == std::string_view::npos || equals + 1 >= tag.size() ||
            tag[equals + 1] != '"') {
            return "unquoted attribute in <" + std::string(tag) + ">";
        }
        const auto close = tag.find('"', equals + 2);
        if (close == std::string_view::npos) {
            return "unterminated attribute in <" + std::string(tag) + ">";
        }
        for (auto i = equals + 2; i < close; ++i) {
            if (tag[i] == '<' || (tag[i] == '&' && !entity_problem(tag, i).empty())) {
                return "raw '<' or '&' in attribute of <" + std::string(tag) + ">";
            }
        }
        at = close + 1;
    }
    return "";
}

std::string xml_problem(std::string_view xml) {
    std::vector<std::string> open;
    int roots = 0;
    for (std::size_t at = 0; at < xml.size();) {
        if (xml[at] == '&') {
            if (auto problem = entity_problem(xml, at); !problem.empty()) {
                return problem;
            }
        }
        if (xml[at] != '<') {
            ++at;
            continue;
        }
        const auto end = xml.find('>', at);
        if (end == std::string_view::npos) {
            return "unterminated tag";
        }
        const auto tag = xml.substr(at + 1, end - at - 1);
        at = end + 1;
        const auto name = std::string(tag.substr(0, tag.find_first_of(" \n/", 1)));
        if (tag.front() == '/') {
            if (open.empty() || "/" + open.back() != name) {
                return "unexpected <" + name + ">";
            }
            open.pop_back();
            continue;
        }
        if (auto problem = attributes_problem(tag); !problem.empty()) {
            return problem;
        }
        if (tag.front() == '?') {
            continue;
        }
        if (open.empty() && ++roots > 1) {
            return "second root element <" + name + ">";
        }
        if (tag.back() != '/') {
            open.push_back(name);
        }
    }
    return open.empty() ? "" : "unclosed <" + open.back() + ">";
}

std::size_t count(const std::string& text, std::string_view what) {
    std::size_t found = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) {
        ++found;
    }
    return found;
}

std::string cdf_svg(const CdfChart& chart) {
    std::ostringstream out;
    write_cdf_svg(out, chart);
    return out.str();
}

std::string bar_svg(const BarChart& chart) {
    std::ostringstream out;
    write_bar_svg(out, chart);
    return out.str();
}

const CdfChart latencies{"Keystroke latency, 1 MiB file",
                         "ms",
                         {{"trio", {0.8, 1.2, 0.9, 3.5, 1.1}}, {"trio-proc", {1.4, 1.3, 22.0}}},
                         AxisScale::Log};

TEST(XmlProblem, CatchesWhatTheChartTestsRelyOn) {
    EXPECT_EQ(xml_problem("<a x=\"1\"><b/>t &amp; u</a>"), "");
    EXPECT_NE(xml_problem("<a><b></a></b>"), "");
    EXPECT_NE(xml_problem("<a><b></b>"), "");
    EXPECT_NE(xml_problem("<a/><b/>"), "");
    EXPECT_NE(xml_problem("<a x=1/>"), "");
    EXPECT_NE(xml_problem("<a>T & J</a>"), "");
    EXPECT_NE(xml_problem("<a x=\"<\"/>"), "");
}

TEST(SvgChart, CdfIsAWellFormedStandaloneSvg) {
    const auto svg = cdf_svg(latencies);
    EXPECT_EQ(xml_problem(svg), "");
    EXPECT_NE(svg.find("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"720\" "
                       "height=\"400\" viewBox=\"0 0 720 400\""),
              std::string::npos);
    EXPECT_NE(svg.find(">Keystroke latency, 1 MiB file</text>"), std::string::npos);
    EXPECT_NE(svg.find(">ms (log scale)</text>"), std::string::npos);
}

TEST(SvgChart, CdfDrawsOneLinePerSeriesAndNamesEachInTheLegend) {
    const auto svg = cdf_svg(latencies);
    EXPECT_EQ(count(svg, "<path "), 2u);
    EXPECT_NE(svg.find(">trio (n=5)</text>"), std::string::npos);
    EXPECT_NE(svg.find(">trio-proc (n=3)</text>"), std::string::npos);
    EXPECT_NE(svg.find("stroke=\"" + std::string(series_colour(0)) + "\""), std::string::npos);
    EXPECT_NE(svg.find("stroke=\"" + std::string(series_colour(1)) + "\""), std::string::npos);
}

TEST(SvgChart, CdfPointsClimbToOneOverDistinctValues) {
    const auto points = cdf_points({3, 1, 2, 2}, AxisScale::Linear);
    ASSERT_EQ(points.size(), 3u);
    EXPECT_DOUBLE_EQ(points[0].value, 1);
    EXPECT_DOUBLE_EQ(points[0].fraction, 0.25);
    EXPECT_DOUBLE_EQ(points[1].value, 2);
    EXPECT_DOUBLE_EQ(points[1].fraction, 0.75);
    EXPECT_DOUBLE_EQ(points[2].value, 3);
    EXPECT_DOUBLE_EQ(points[2].fraction, 1);
}

TEST(SvgChart, CdfPointsSkipWhatTheAxisCannotShow) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double infinity = std::numeric_limits<double>::infinity();
    const auto log = cdf_points({0, -1, nan, infinity, 10, 20}, AxisScale::Log);
    ASSERT_EQ(log.size(), 2u);
    EXPECT_DOUBLE_EQ(log[0].fraction, 0.5);
    EXPECT_DOUBLE_EQ(log[1].fraction, 1);
    EXPECT_EQ(cdf_points({0, -1, nan}, AxisScale::Linear).size(), 2u);
    EXPECT_TRUE(cdf_points({0, -1, nan}, AxisScale::Log).empty());
}

TEST(SvgChart, CdfLineEndsAtFractionOneAtTheTopOfThePlot) {
    // The plot area is what the title and the same legend leave.
    SvgWriter scratch(chart_width, chart_height);
    const auto area = draw_title_and_legend(
        scratch, latencies.title,
        {{"trio (n=5)", series_colour(0)}, {"trio-proc (n=3)", series_colour(1)}},
        LegendMark::Line);
    const auto svg = cdf_svg(latencies);
    for (auto at = svg.find("<path d=\""); at != std::string::npos;
         at = svg.find("<path d=\"", at + 1)) {
        const auto data_end = svg.find('"', at + 9);
        const auto last_v = svg.rfind('V', data_end);
        EXPECT_EQ(svg.substr(last_v + 1, data_end - last_v - 1), svg_number(area.y_at(1)));
    }
}

TEST(SvgChart, ManySamplesMakeNoLongerALineThanThePlotHasPixels) {
    std::vector<double> values;
    for (int i = 0; i < 20000; ++i) {
        values.push_back(10 + i * 0.05); // 20000 distinct values over a few hundred pixels
    }
    const auto svg = cdf_svg({"t", "ms", {{"a", values}}, AxisScale::Log});
    const auto data = svg.find("<path d=\"");
    ASSERT_NE(data, std::string::npos);
    EXPECT_LT(svg.find('"', data + 9) - data, 50000u);
    EXPECT_GT(count(svg, "H"), 500u); // still a curve, not one step
}

TEST(SvgChart, LogAxisOverTenToAThousandIsLabelledByDecade) {
    const auto svg = cdf_svg({"t", "us", {{"a", {10, 50, 1000}}}, AxisScale::Log});
    EXPECT_NE(svg.find(">10</text>"), std::string::npos);
    EXPECT_NE(svg.find(">100</text>"), std::string::npos);
    EXPECT_NE(svg.find(">1000</text>"), std::string::npos);
    EXPECT_EQ(svg.find(">10000</text>"), std::string::npos);
    EXPECT_EQ(svg.find(">1</text>"), std::string::npos);
}

TEST(SvgChart, SkippedValuesAreCountedInTheLegend) {
    const auto svg = cdf_svg({"t", "ms", {{"a", {0, 2, 3}}}, AxisScale::Log});
    EXPECT_NE(svg.find(">a (n=2, 1 skipped)</text>"), std::string::npos);
}

TEST(SvgChart, TitleAndNamesAreEscaped) {
    const auto cdf = cdf_svg({"<\"Tom\" & 'Jerry'>", "µs", {{"a<b", {1, 2}}}, AxisScale::Log});
    EXPECT_EQ(xml_problem(cdf), "");
    EXPECT_NE(cdf.find(">&lt;&quot;Tom&quot; &amp; &apos;Jerry&apos;&gt;</text>"),
              std::string::npos);
    EXPECT_NE(cdf.find(">a&lt;b (n=2)</text>"), std::string::npos);
    EXPECT_NE(cdf.find("<title>a&lt;b (n=2)</title>"), std::string::npos);
    const auto bars = bar_svg({"a&b", "<MiB>", {{"1 <KiB>", {{"x\"y", 1, 0, 2}}}}});
    EXPECT_EQ(xml_problem(bars), "");
    EXPECT_NE(bars.find(">1 &lt;KiB&gt;</text>"), std::string::npos);
    EXPECT_NE(bars.find(">x&quot;y</text>"), std::string::npos);
}

TEST(SvgChart, EmptyInputSaysNoSamples) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const std::vector<std::string> charts = {
        cdf_svg({"none", "ms", {}, AxisScale::Log}),
        cdf_svg({"empty", "ms", {{"a", {}}, {"b", {}}}, AxisScale::Linear}),
        cdf_svg({"unplottable", "ms", {{"a", {0, -1, nan}}}, AxisScale::Log}),
        bar_svg({"none", "ms", {}}),
        bar_svg({"no bars", "ms", {{"1 KiB", {}}}}),
        bar_svg({"unplottable", "ms", {{"1 KiB", {{"a", 0, 0, 1}}}}, AxisScale::Log}),
        bar_svg({"nan", "ms", {{"1 KiB", {{"a", nan, 0, 1}}}}})};
    for (const auto& svg : charts) {
        EXPECT_EQ(xml_problem(svg), "");
        EXPECT_NE(svg.find(">no samples</text>"), std::string::npos) << svg;
        EXPECT_EQ(svg.find("<path"), std::string::npos);
    }
}

TEST(SvgChart, ExtremeValuesStillMakeAWellFormedChart) {
    const double largest = std::numeric_limits<double>::max();
    const double smallest = std::numeric_limits<double>::denorm_min();
    for (const auto scale : {AxisScale::Log, AxisScale::Linear}) {
        const auto cdf = cdf_svg({"t", "ms", {{"a", {smallest, 1, largest}}}, scale});
        EXPECT_EQ(xml_problem(cdf), "");
        EXPECT_EQ(count(cdf, "<path "), 1u);
        EXPECT_EQ(count(cdf, "nan"), 0u);
        EXPECT_EQ(count(cdf, "inf"), 0u);
        const auto bars = bar_svg({"t", "ms", {{"g", {{"a", largest, 1, largest}}}}, scale});
        EXPECT_EQ(xml_problem(bars), "");
        EXPECT_EQ(count(bars, "nan"), 0u);
        EXPECT_EQ(count(bars, "inf"), 0u);
    }
}

TEST(SvgChart, AnEmptySeriesBesideOthersIsNamedButNotDrawn) {
    const auto svg = cdf_svg({"t", "ms", {{"a", {}}, {"b", {1, 2}}}, AxisScale::Log});
    EXPECT_EQ(count(svg, "<path "), 1u);
    EXPECT_NE(svg.find(">a (no samples)</text>"), std::string::npos);
    EXPECT_NE(svg.find(">b (n=2)</text>"), std::string::npos);
    EXPECT_EQ(svg.find(">no samples</text>"), std::string::npos);
}

const BarChart startup{"Startup",
                       "ms",
                       {{"1 KiB", {{"trio", 12.3456, 11, 14}, {"trio-proc", 0.73449, 0.7, 0.8}}},
                        {"1 MiB", {{"vi", 412.34, 400, 400}, {"trio-proc", 20, 19, 21}}}}};

TEST(SvgChart, BarsAreWellFormedAndLabelledWithThreeFigures) {
    const auto svg = bar_svg(startup);
    EXPECT_EQ(xml_problem(svg), "");
    EXPECT_NE(svg.find(">12.35</text>"), std::string::npos);
    EXPECT_NE(svg.find(">0.734</text>"), std::string::npos);
    EXPECT_NE(svg.find(">412.3</text>"), std::string::npos);
    EXPECT_NE(svg.find(">20.00</text>"), std::string::npos);
    EXPECT_NE(svg.find(">1 KiB</text>"), std::string::npos);
    EXPECT_NE(svg.find(">1 MiB</text>"), std::string::npos);
    EXPECT_NE(svg.find(">ms</text>"), std::string::npos);
}

TEST(SvgChart, BarColoursFollowTheSeriesFirstAppearance) {
    const auto svg = bar_svg(startup);
    std::vector<std::string> fills;
    for (auto at = svg.find("<rect "); at != std::string::npos; at = svg.find("<rect ", at + 1)) {
        const auto fill = svg.find("fill=\"", at) + 6;
        fills.push_back(svg.substr(fill, svg.find('"', fill) - fill));
    }
    const std::string trio(series_colour(0));
    const std::string proc(series_colour(1));
    const std::string vi(series_colour(2));
    // Background, three legend boxes, then the bars group by group.
    EXPECT_EQ(fills, (std::vector<std::string>{"#ffffff", trio, proc, vi, trio, proc, vi, proc}));
}

TEST(SvgChart, WhiskersOnlyWhereLowIsBelowHigh) {
    // Three of the four bars have a spread: a line and two caps each.
    EXPECT_EQ(count(bar_svg(startup), "stroke=\"#222222\" stroke-width=\"1.2\""), 9u);
}

TEST(SvgChart, LogBarsSkipMediansTheAxisCannotShow) {
    const auto svg = bar_svg({"t",
                              "MiB",
                              {{"g", {{"a", 0, 0, 0}, {"b", 10, 9, 11}, {"c", 500, 400, 600}}}},
                              AxisScale::Log});
    EXPECT_EQ(count(svg, "<rect "), 1u + 3u + 2u); // background, legend, b's and c's bars
    EXPECT_NE(svg.find(">MiB (log scale)</text>"), std::string::npos);
    EXPECT_NE(svg.find(">10.00</text>"), std::string::npos);
    EXPECT_NE(svg.find(">500.0</text>"), std::string::npos);
}

TEST(SvgChart, LogBarsWithinATenfoldRangeAreDrawnLinearFromZero) {
    const auto svg = bar_svg(
        {"t", "ms", {{"1 KiB", {{"a", 14.46, 11, 25}, {"b", 27.73, 24, 28}}}}, AxisScale::Log});
    EXPECT_EQ(svg.find("log scale"), std::string::npos);
    EXPECT_NE(svg.find(">ms</text>"), std::string::npos);
    EXPECT_NE(svg.find(">0</text>"), std::string::npos);
}

TEST(SvgChart, OutputIgnoresTheStreamsLocale) {
    // A locale that writes 0,5 and groups thousands must not leak into the numbers.
    struct Comma : std::numpunct<char> {
        char do_decimal_point() const override { return ','; }
        char do_thousands_sep() const override { return '.'; }
        std::string do_grouping() const override { return "\3"; }
    };
    std::ostringstream plain;
    std::ostringstream comma;
    comma.imbue(std::locale(comma.getloc(), new Comma));
    write_cdf_svg(plain, latencies);
    write_cdf_svg(comma, latencies);
    EXPECT_EQ(comma.str(), plain.str());
    write_bar_svg(plain, startup);
    write_bar_svg(comma, startup);
    EXPECT_EQ(comma.str(), plain.str());
}

} // namespace
} // namespace trio::bench
