// Word boundaries for Ctrl-Left/Right and the word deletions. Runs in the input component.
#include "editor/commands/word_motion.hpp"

#include <algorithm>
#include <string>

namespace trio::commands {

using document::ByteOffset;
using document::ByteRange;

namespace {

// How far a word motion looks: far beyond any real word or gap, short enough to cost nothing.
constexpr std::uint64_t window = 4096;

} // namespace

bool is_word_byte(char byte) {
    const auto b = static_cast<unsigned char>(byte);
    return b >= 0x80 || b == '_' || (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') ||
           (b >= 'A' && b <= 'Z');
}

ByteOffset next_word_end(const document::Document& doc, ByteOffset pos) {
    const std::uint64_t end = std::min(doc.size().value, pos.value + window);
    const std::string text = doc.text(ByteRange{pos, ByteOffset(end)});
    std::size_t i = 0;
    while (i < text.size() && !is_word_byte(text[i])) {
        ++i;
    }
    while (i < text.size() && is_word_byte(text[i])) {
        ++i;
    }
    return ByteOffset(pos.value + i);
}

ByteOffset previous_word_start(const document::Document& doc, ByteOffset pos) {
    const std::uint64_t begin = pos.value - std::min(pos.value, window);
    const std::string text = doc.text(ByteRange{ByteOffset(begin), pos});
    std::size_t i = text.size();
    while (i > 0 && !is_word_byte(text[i - 1])) {
        --i;
    }
    while (i > 0 && is_word_byte(text[i - 1])) {
        --i;
    }
    return ByteOffset(begin + i);
}

} // namespace trio::commands
