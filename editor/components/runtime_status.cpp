// Lays out the F2 runtime panel as rows of text. Input component.
#include "editor/components/runtime_status.hpp"

#include "editor/text/glyph.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <span>
#include <string>
#include <vector>

namespace trio::components {

namespace {

// Names are ours and hold no tabs; the value only has to match how render expands them.
constexpr int tab_width = 8;
constexpr std::string_view column_gap = "  ";

std::size_t width_of(std::string_view text) {
    return static_cast<std::size_t>(text::display_width(text, tab_width));
}

enum class Align { Left, Right };

struct Column {
    std::string_view heading;
    Align align = Align::Left;
};

using Row = std::vector<std::string>;

// The heading row and one row per entry, every column as wide as its widest cell.
std::vector<std::string> table(std::span<const Column> columns, const std::vector<Row>& rows) {
    std::vector<std::size_t> widths;
    for (const Column& column : columns) {
        widths.push_back(width_of(column.heading));
    }
    for (const Row& row : rows) {
        for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i) {
            widths[i] = std::max(widths[i], width_of(row[i]));
        }
    }
    auto line_of = [&](auto cell_text) {
        std::string line;
        for (std::size_t i = 0; i < columns.size(); ++i) {
            const std::string_view cell = cell_text(i);
            const std::string padding(widths[i] - width_of(cell), ' ');
            line += i == 0 ? "" : column_gap;
            line += columns[i].align == Align::Left ? std::string(cell) + padding
                                                    : padding + std::string(cell);
        }
        return line;
    };
    std::vector<std::string> lines;
    lines.push_back(line_of([&](std::size_t i) { return columns[i].heading; }));
    for (const Row& row : rows) {
        lines.push_back(line_of([&](std::size_t i) -> std::string_view {
            return i < row.size() ? std::string_view(row[i]) : std::string_view();
        }));
    }
    return lines;
}

std::string count_of(std::size_t count, std::string_view singular, std::string_view plural) {
    return std::to_string(count) + " " + std::string(count == 1 ? singular : plural);
}

std::string title(const RuntimeStatus& status) {
    const std::size_t count = status.components.size();
    const std::string pid = std::to_string(status.pid);
    if (status.design == protocol::Design::Processes) {
        return "trio-proc: " + count_of(count, "process", "processes") +
               (status.pid != 0 ? ", supervisor pid " + pid : "");
    }
    return "trio: " + count_of(count, "thread", "threads") +
           (status.pid != 0 ? " of pid " + pid : "");
}

std::vector<std::string> component_table(const std::vector<ComponentStatus>& components) {
    const bool all_threads = std::all_of(components.begin(), components.end(),
                                         [](const ComponentStatus& c) { return c.thread; });
    const std::array columns{Column{"component"}, Column{all_threads ? "tid" : "pid"},
                             Column{"restarts"}, Column{"state"}};
    std::vector<Row> rows;
    for (const ComponentStatus& c : components) {
        rows.push_back({c.name, c.id != 0 ? std::to_string(c.id) : "?",
                        c.restarts ? std::to_string(*c.restarts) : "-",
                        c.running ? "running" : "not running"});
    }
    return table(columns, rows);
}

std::string queued_text(const ChannelStatus& channel) {
    const std::string depth = channel.depth ? std::to_string(*channel.depth) : "?";
    return channel.capacity != 0 ? depth + "/" + std::to_string(channel.capacity) : depth;
}

// `decimals` after the point, whatever the locale.
std::string fixed(double value, int decimals) {
    std::array<char, 32> buffer{};
    const double shown = std::isfinite(value) ? std::max(value, 0.0) : 0.0;
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), shown,
                                      std::chars_format::fixed, decimals);
    return std::string(buffer.data(), result.ptr);
}

std::string rate_text(double per_second) {
    return fixed(per_second, 1);
}

std::vector<std::string> channel_table(const std::vector<ChannelStatus>& channels) {
    const std::array columns{Column{"channel"}, Column{"queued"}, Column{"msgs/s", Align::Right}};
    std::vector<Row> rows;
    for (const ChannelStatus& channel : channels) {
        rows.push_back({channel.name, queued_text(channel), rate_text(channel.per_second)});
    }
    return table(columns, rows);
}

std::vector<std::string> pipeline_table(const RuntimeStatus& status) {
    const std::string heading = "pipeline, last " + count_of(status.pipeline_window, "key", "keys");
    const std::array columns{Column{heading}, Column{"median", Align::Right},
                             Column{"max", Align::Right}};
    std::vector<Row> rows;
    for (const HopLatency& hop : status.pipeline) {
        const bool timed = hop.samples != 0;
        rows.push_back({hop.name, timed ? duration_text(hop.median) : "–",
                        timed ? duration_text(hop.max) : "–"});
    }
    return table(columns, rows);
}

void trim_right(std::string& line) {
    line.erase(line.find_last_not_of(' ') + 1);
}

// At most `width` display columns, never half a glyph, no trailing spaces.
std::string fitted(std::string line, std::uint32_t width) {
    trim_right(line);
    if (width_of(line) > width) {
        line.resize(text::byte_at_column(line, width, tab_width));
        trim_right(line);
    }
    return line;
}

void add_section(std::vector<std::string>& lines, std::vector<std::string> section) {
    if (section.empty()) {
        return;
    }
    lines.emplace_back();
    lines.insert(lines.end(), std::make_move_iterator(section.begin()),
                 std::make_move_iterator(section.end()));
}

} // namespace

std::vector<std::string> runtime_panel_lines(const RuntimeStatus& status, std::uint32_t width) {
    std::vector<std::string> lines{title(status)};
    if (!status.components.empty()) {
        add_section(lines, component_table(status.components));
    }
    if (!status.channels.empty()) {
        add_section(lines, channel_table(status.channels));
    }
    if (!status.pipeline.empty()) {
        add_section(lines, pipeline_table(status));
    }
    add_section(lines, {std::string(panel_closing_line)});
    for (std::string& line : lines) {
        line = fitted(std::move(line), width);
    }
    return lines;
}

std::string duration_text(protocol::TimestampNs ns) {
    // Thresholds on the rounded figure, so 999.7 µs reads "1.0 ms", never "1000 µs".
    const double us = static_cast<double>(std::max<protocol::TimestampNs>(ns, 0)) / 1e3;
    if (us < 9.95) {
        return fixed(us, 1) + " µs";
    }
    if (us < 999.5) {
        return fixed(us, 0) + " µs";
    }
    const double ms = us / 1e3;
    if (ms < 9.95) {
        return fixed(ms, 1) + " ms";
    }
    if (ms < 999.5) {
        return fixed(ms, 0) + " ms";
    }
    return fixed(ms / 1e3, 1) + " s";
}

} // namespace trio::components
