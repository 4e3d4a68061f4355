// Builds the key scripts and the pasted text of trio-bench's latency scenario.
// Runs in trio-bench.
#include "bench/trio_bench/latency_keys.hpp"

#include <array>
#include <cstdio>
#include <stdexcept>

namespace trio::bench {
namespace {

constexpr std::size_t paste_line_bytes = 80;

void require(bool holds, const char* what) {
    if (!holds) {
        throw std::invalid_argument(what);
    }
}

std::string paste_line(std::size_t number) {
    char head[32];
    std::snprintf(head, sizeof head, "paste %06zu", number);
    std::string line = head;
    line += " pasted text, one edit for the whole block; no key is replayed";
    line.resize(paste_line_bytes - 1, '.');
    return line;
}

} // namespace

std::vector<std::string> typing_keys(int count, int line_length) {
    require(count >= 0 && line_length >= 1, "typing_keys needs count >= 0, line_length >= 1");
    std::vector<std::string> keys;
    int on_line = 0;
    int letter = 0;
    while (static_cast<int>(keys.size()) < count) {
        if (on_line == line_length) {
            keys.emplace_back("<ret>");
            on_line = 0;
            continue;
        }
        keys.emplace_back(1, static_cast<char>('a' + letter));
        letter = (letter + 1) % 26;
        ++on_line;
    }
    return keys;
}

std::vector<std::string> cursor_keys(int count, int side) {
    require(count >= 0 && side >= 1, "cursor_keys needs count >= 0, side >= 1");
    constexpr std::array<const char*, 4> directions = {"<down>", "<right>", "<up>", "<left>"};
    std::vector<std::string> keys;
    for (int i = 0; i < count; ++i) {
        keys.emplace_back(directions[static_cast<std::size_t>(i / side) % directions.size()]);
    }
    return keys;
}

std::vector<std::string> page_down_keys(int count) {
    require(count >= 0, "page_down_keys needs count >= 0");
    return std::vector<std::string>(static_cast<std::size_t>(count), "<pagedown>");
}

std::string paste_text(std::size_t bytes) {
    require(bytes >= 1, "paste_text needs at least one byte");
    std::string text;
    text.reserve(bytes);
    for (std::size_t number = 1; text.size() < bytes; ++number) {
        auto line = paste_line(number);
        line.resize(std::min(line.size(), bytes - text.size() - 1));
        text += line;
        text += '\n';
    }
    return text;
}

std::string last_pasted_line(std::size_t bytes) {
    const auto text = paste_text(bytes);
    const auto start = text.rfind('\n', text.size() - 2);
    return text.substr(start == std::string::npos ? 0 : start + 1,
                       text.size() - 1 - (start == std::string::npos ? 0 : start + 1));
}

std::string bracketed(const std::string& text) {
    return "\x1b[200~" + text + "\x1b[201~";
}

} // namespace trio::bench
