// The Scanner the language rules share. Render component.
#include "editor/syntax/scanner.hpp"

#include <algorithm>
#include <limits>

namespace trio::syntax {

Scanner::Scanner(std::string_view text, std::vector<Span>& spans)
    : m_text(text.substr(
          0, std::min<std::size_t>(text.size(), std::numeric_limits<std::uint32_t>::max()))),
      m_spans(spans) {
    m_spans.clear();
}

char Scanner::peek(std::size_t ahead) const {
    return m_pos + ahead < m_text.size() ? m_text[m_pos + ahead] : '\0';
}

bool Scanner::looking_at(std::string_view s) const {
    return m_text.substr(std::min(m_pos, m_text.size())).starts_with(s);
}

char Scanner::previous() const {
    return m_pos > 0 && m_pos <= m_text.size() ? m_text[m_pos - 1] : '\0';
}

void Scanner::advance(std::size_t bytes) {
    m_pos = std::min(m_pos + bytes, m_text.size());
}

void Scanner::skip_blanks() {
    while (peek() == ' ' || peek() == '\t') {
        ++m_pos;
    }
}

void Scanner::colour_from(std::size_t begin, Colour colour) {
    if (begin >= m_pos || colour == Colour::Plain) {
        return;
    }
    const auto b = static_cast<std::uint32_t>(begin);
    const auto e = static_cast<std::uint32_t>(m_pos);
    if (!m_spans.empty() && m_spans.back().end == b && m_spans.back().colour == colour) {
        m_spans.back().end = e;
        return;
    }
    m_spans.push_back(Span{b, e, colour});
}

std::string_view Scanner::take_identifier() {
    const std::size_t begin = m_pos;
    if (done() || is_digit(peek()) || !is_identifier_char(peek())) {
        return {};
    }
    while (!done() && is_identifier_char(peek())) {
        ++m_pos;
    }
    return m_text.substr(begin, m_pos - begin);
}

bool Scanner::skip_number() {
    if (!is_digit(peek()) && !(peek() == '.' && is_digit(peek(1)))) {
        return false;
    }
    while (!done()) {
        const char c = peek();
        const bool exponent_sign = (c == '+' || c == '-') &&
                                   (previous() == 'e' || previous() == 'E') && m_pos >= 2 &&
                                   !(m_text[m_pos - 2] == 'x' || m_text[m_pos - 2] == 'X');
        if (!(is_identifier_char(c) || c == '.' || c == '\'' || exponent_sign)) {
            break;
        }
        ++m_pos;
    }
    return true;
}

bool Scanner::skip_quoted(char quote, Escapes escapes) {
    ++m_pos; // the opening quote
    while (!done()) {
        const char c = peek();
        if (c == '\\' && escapes == Escapes::Backslash) {
            advance(2);
            continue;
        }
        ++m_pos;
        if (c == quote) {
            return true;
        }
    }
    return false;
}

bool Scanner::skip_past(std::string_view end) {
    const std::size_t found = m_text.find(end, m_pos);
    if (found == std::string_view::npos) {
        m_pos = m_text.size();
        return false;
    }
    m_pos = found + end.size();
    return true;
}

bool is_identifier_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == '_' ||
           static_cast<unsigned char>(c) >= 0x80;
}

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

bool is_one_of(std::span<const std::string_view> sorted_words, std::string_view word) {
    return std::binary_search(sorted_words.begin(), sorted_words.end(), word);
}

} // namespace trio::syntax
