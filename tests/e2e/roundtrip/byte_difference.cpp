// Finds and formats the first difference between two byte strings. Runs in the test process.
#include "tests/e2e/roundtrip/byte_difference.hpp"

#include <algorithm>

namespace trio::e2e {
namespace {

constexpr std::size_t context_before = 4;
constexpr std::size_t shown_bytes = 16;

std::string hex_window(std::string_view bytes, std::size_t from) {
    static constexpr char digits[] = "0123456789abcdef";
    // Built by appending: "@" + std::to_string(...) trips g++ 12's -Wrestrict at -O3.
    std::string text = "@";
    text += std::to_string(from);
    text += ':';
    const auto end = std::min(bytes.size(), from + shown_bytes);
    for (auto i = from; i < end; ++i) {
        const auto byte = static_cast<unsigned char>(bytes[i]);
        text += ' ';
        text += digits[byte >> 4];
        text += digits[byte & 0xF];
    }
    if (end == bytes.size()) {
        text += " <end>";
    }
    return text;
}

} // namespace

std::optional<std::size_t> first_difference(std::string_view expected, std::string_view actual) {
    const auto common = std::min(expected.size(), actual.size());
    const auto mismatch =
        std::mismatch(expected.begin(), expected.begin() + common, actual.begin());
    const auto offset = static_cast<std::size_t>(mismatch.first - expected.begin());
    if (offset == common && expected.size() == actual.size()) {
        return std::nullopt;
    }
    return offset;
}

std::string describe_difference(std::string_view expected, std::string_view actual) {
    const auto offset = first_difference(expected, actual);
    if (!offset) {
        return {};
    }
    const auto from = *offset > context_before ? *offset - context_before : 0;
    std::string text = "sizes ";
    text += std::to_string(expected.size());
    text += " (expected) and ";
    text += std::to_string(actual.size());
    text += " (on disk); first difference at offset ";
    text += std::to_string(*offset);
    text += "\n  expected " + hex_window(expected, from);
    text += "\n  on disk  " + hex_window(actual, from) + "\n";
    return text;
}

} // namespace trio::e2e
