// Tests the escaping, number format and document frame of trio-bench's SVG writer.
#include "bench/trio_bench/svg_writer.hpp"

#include <gtest/gtest.h>
#include <limits>

namespace trio::bench {
namespace {

TEST(SvgWriter, EscapesTheFiveXmlSpecialCharacters) {
    EXPECT_EQ(xml_escape(R"(<a href="x">Tom & 'Jerry'</a>)"),
              "&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;");
    EXPECT_EQ(xml_escape("中文 ≤ é"), "中文 ≤ é");
}

TEST(SvgWriter, ReplacesControlCharactersXmlCannotCarry) {
    EXPECT_EQ(xml_escape(std::string("a\x01"
                                     "b\nc\x1b",
                                     6)),
              "a b c ");
}

TEST(SvgWriter, NumbersHaveADotAtMostTwoDecimalsAndNoTrailingZeros) {
    EXPECT_EQ(svg_number(12.5), "12.5");
    EXPECT_EQ(svg_number(3), "3");
    EXPECT_EQ(svg_number(-0.25), "-0.25");
    EXPECT_EQ(svg_number(1.0 / 3), "0.33");
    EXPECT_EQ(svg_number(-0.001), "0");
    EXPECT_EQ(svg_number(std::numeric_limits<double>::quiet_NaN()), "0");
    EXPECT_EQ(svg_number(1e300), "1000000000");
}

TEST(SvgWriter, DocumentIsStandaloneSvgWithSizeAndViewBox) {
    SvgWriter svg(720, 400);
    svg.text({1, 2}, "a&b", {});
    const auto text = std::move(svg).finish();
    EXPECT_EQ(text.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg ", 0), 0u);
    EXPECT_NE(text.find("xmlns=\"http://www.w3.org/2000/svg\""), std::string::npos);
    EXPECT_NE(text.find("width=\"720\" height=\"400\" viewBox=\"0 0 720 400\""), std::string::npos);
    EXPECT_NE(text.find(">a&amp;b</text>"), std::string::npos);
    EXPECT_EQ(text.substr(text.size() - 7), "</svg>\n");
}

TEST(SvgWriter, RotatedTextTurnsAboutItsAnchor) {
    SvgWriter svg(10, 10);
    svg.text({18, 200.5}, "ms", {12, Anchor::Middle, Weight::Normal, -90});
    EXPECT_NE(std::move(svg).finish().find("transform=\"rotate(-90 18 200.5)\""),
              std::string::npos);
}

} // namespace
} // namespace trio::bench
