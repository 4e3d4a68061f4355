// Writes SVG elements, escaped text and "C"-locale numbers for trio-bench's charts. Runs in
// trio-bench's main.
#include "bench/trio_bench/svg_writer.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <utility>

namespace trio::bench {
namespace {

std::string_view anchor_name(Anchor anchor) {
    switch (anchor) {
    case Anchor::Start:
        return "start";
    case Anchor::Middle:
        return "middle";
    case Anchor::End:
        return "end";
    }
    return "start";
}

} // namespace

std::string xml_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&apos;";
            break;
        default:
            out += static_cast<unsigned char>(c) < 0x20 ? ' ' : c;
        }
    }
    return out;
}

std::string svg_number(double value) {
    // Rounded first so that -0.001 prints as "0", not "-0"; clamped so that it fits the buffer
    // (nothing on a chart is that far away).
    double rounded = std::round(std::clamp(value, -1e9, 1e9) * 100) / 100;
    if (!std::isfinite(rounded) || rounded == 0) {
        rounded = 0;
    }
    std::array<char, 64> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), rounded,
                                      std::chars_format::fixed, 2);
    std::string text(buffer.data(), result.ptr);
    while (text.back() == '0') {
        text.pop_back();
    }
    if (text.back() == '.') {
        text.pop_back();
    }
    return text;
}

SvgWriter::SvgWriter(double width, double height) {
    const auto w = svg_number(width);
    const auto h = svg_number(height);
    m_out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" +
            w + "\" height=\"" + h + "\" viewBox=\"0 0 " + w + " " + h +
            "\" font-family=\"DejaVu Sans, Arial, sans-serif\">\n";
    rect({0, 0}, width, height, "#ffffff");
}

void SvgWriter::line(Point from, Point to, const Stroke& stroke) {
    m_out += "<line x1=\"" + svg_number(from.x) + "\" y1=\"" + svg_number(from.y) + "\" x2=\"" +
             svg_number(to.x) + "\" y2=\"" + svg_number(to.y) + "\" stroke=\"" +
             std::string(stroke.colour) + "\" stroke-width=\"" + svg_number(stroke.width) +
             "\"/>\n";
}

void SvgWriter::rect(Point corner, double width, double height, std::string_view fill) {
    m_out += "<rect x=\"" + svg_number(corner.x) + "\" y=\"" + svg_number(corner.y) +
             "\" width=\"" + svg_number(width) + "\" height=\"" + svg_number(height) +
             "\" fill=\"" + std::string(fill) + "\"/>\n";
}

void SvgWriter::path(std::string_view data, const Stroke& stroke, std::string_view tooltip) {
    m_out += "<path d=\"" + std::string(data) + "\" fill=\"none\" stroke=\"" +
             std::string(stroke.colour) + "\" stroke-width=\"" + svg_number(stroke.width) +
             "\" stroke-linejoin=\"round\"><title>" + xml_escape(tooltip) + "</title></path>\n";
}

void SvgWriter::text(Point at, std::string_view content, const TextStyle& style) {
    m_out += "<text x=\"" + svg_number(at.x) + "\" y=\"" + svg_number(at.y) + "\" font-size=\"" +
             svg_number(style.size) + "\" text-anchor=\"" + std::string(anchor_name(style.anchor)) +
             "\" fill=\"" + std::string(style.fill) + "\"";
    if (style.weight == Weight::Bold) {
        m_out += " font-weight=\"bold\"";
    }
    if (style.rotation != 0) {
        m_out += " transform=\"rotate(" + svg_number(style.rotation) + " " + svg_number(at.x) +
                 " " + svg_number(at.y) + ")\"";
    }
    m_out += ">" + xml_escape(content) + "</text>\n";
}

std::string SvgWriter::finish() && {
    m_out += "</svg>\n";
    return std::move(m_out);
}

} // namespace trio::bench
