// Detects a file's language from its extension or "#!" line. Pure; used by input.
#include "editor/syntax/language.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace trio::syntax {

namespace {

using protocol::Language;

constexpr std::array<std::pair<std::string_view, Language>, 13> by_extension{{
    {"c", Language::C},
    {"h", Language::C},
    {"cc", Language::C},
    {"cpp", Language::C},
    {"cxx", Language::C},
    {"hpp", Language::C},
    {"hh", Language::C},
    {"py", Language::Python},
    {"md", Language::Markdown},
    {"markdown", Language::Markdown},
    {"sh", Language::Shell},
    {"bash", Language::Shell},
    {"zsh", Language::Shell},
}};

char lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equal_ignoring_case(std::string_view a, std::string_view b) {
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return lower(x) == y; });
}

Language from_extension(std::string_view file_name) {
    const std::size_t slash = file_name.rfind('/');
    const std::string_view base =
        slash == std::string_view::npos ? file_name : file_name.substr(slash + 1);
    const std::size_t dot = base.rfind('.');
    if (dot == std::string_view::npos || dot == 0) {
        return Language::None; // no extension, or a dot file such as ".bashrc"
    }
    const std::string_view extension = base.substr(dot + 1);
    for (const auto& [known, language] : by_extension) {
        if (equal_ignoring_case(extension, known)) {
            return language;
        }
    }
    return Language::None;
}

bool is_blank(char c) {
    return c == ' ' || c == '\t';
}

// The next blank-separated word of `text` at or after `pos`; `pos` moves past it.
std::string_view next_word(std::string_view text, std::size_t& pos) {
    while (pos < text.size() && is_blank(text[pos])) {
        ++pos;
    }
    const std::size_t begin = pos;
    while (pos < text.size() && !is_blank(text[pos]) && text[pos] != '\r') {
        ++pos;
    }
    return text.substr(begin, pos - begin);
}

Language from_interpreter(std::string_view first_line) {
    if (!first_line.starts_with("#!")) {
        return Language::None;
    }
    std::size_t pos = 2;
    std::string_view program = next_word(first_line, pos);
    program = program.substr(program.rfind('/') + 1); // npos + 1 == 0: the whole word
    if (program == "env") {
        do {
            program = next_word(first_line, pos); // skips env's options, e.g. -S
        } while (program.starts_with("-"));
    }
    if (program == "sh" || program == "bash" || program == "zsh" || program == "dash") {
        return Language::Shell;
    }
    if (program.starts_with("python")) {
        return Language::Python;
    }
    return Language::None;
}

} // namespace

protocol::Language detect_language(std::string_view file_name, std::string_view first_line) {
    const Language by_name = from_extension(file_name);
    return by_name != Language::None ? by_name : from_interpreter(first_line);
}

} // namespace trio::syntax
