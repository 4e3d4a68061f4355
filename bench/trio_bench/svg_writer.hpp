// A minimal SVG 1.1 document builder for trio-bench's charts: elements, XML escaping and
// locale-independent numbers. Runs in trio-bench's main.
#pragma once

#include <string>
#include <string_view>

namespace trio::bench {

struct Point {
    double x = 0;
    double y = 0;
};

enum class Anchor { Start, Middle, End };
enum class Weight { Normal, Bold };

struct TextStyle {
    double size = 12;
    Anchor anchor = Anchor::Start;
    Weight weight = Weight::Normal;
    double rotation = 0; // degrees, about the anchor point
    std::string_view fill = "#222222";
};

struct Stroke {
    std::string_view colour = "#222222";
    double width = 1;
};

// `text` with & < > " ' replaced by entities, and control characters (which XML 1.0 cannot
// carry) by spaces.
[[nodiscard]] std::string xml_escape(std::string_view text);

// `value` with at most two decimals and no trailing zeros ("12.5", "3", "-0.25"), whatever the
// C locale says: SVG wants a dot as the decimal separator.
[[nodiscard]] std::string svg_number(double value);

// Builds one standalone SVG document in memory. Numbers go through svg_number() and text
// through xml_escape(), so any input gives well-formed XML. Not thread-safe; cheap to move.
class SvgWriter {
public:
    // Opens the document: XML declaration, <svg> with xmlns, width, height, viewBox, and a
    // white background.
    SvgWriter(double width, double height);

    void line(Point from, Point to, const Stroke& stroke);
    void rect(Point corner, double width, double height, std::string_view fill);
    // `data` is SVG path data built with svg_number(); `tooltip` becomes its <title>.
    void path(std::string_view data, const Stroke& stroke, std::string_view tooltip);
    void text(Point at, std::string_view content, const TextStyle& style);

    // The document with its closing tag; the writer is spent afterwards.
    [[nodiscard]] std::string finish() &&;

private:
    std::string m_out;
};

} // namespace trio::bench
