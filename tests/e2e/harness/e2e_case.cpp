// Reads an e2e case directory into an E2eCase, and the small text formats inside it.
#include "tests/e2e/harness/e2e_case.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace trio::e2e {
namespace fs = std::filesystem;
namespace {

std::optional<std::string> read_optional(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return std::nullopt;
    }
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

std::string trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) {
        return {};
    }
    const auto last = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(first, last - first + 1));
}

[[noreturn]] void malformed(const fs::path& file, const std::string& why) {
    throw std::runtime_error(file.string() + ": " + why);
}

int parse_int(const fs::path& file, std::istream& in) {
    int value = 0;
    if (!(in >> value)) {
        malformed(file, "expected a number");
    }
    return value;
}

} // namespace

std::vector<std::string> find_cases(const fs::path& root) {
    std::vector<std::string> names;
    std::error_code error;
    for (auto it = fs::recursive_directory_iterator(root, error);
         !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
        if (it->path().filename() == "keys" && it->is_regular_file()) {
            names.push_back(it->path().parent_path().lexically_relative(root).generic_string());
        }
    }
    std::sort(names.begin(), names.end());
    return names;
}

namespace {

TerminalSize parse_size(const fs::path& path, const std::string& text) {
    std::istringstream in(trimmed(text));
    TerminalSize size;
    char x = 0;
    if (!(in >> size.rows >> x >> size.cols) || x != 'x' || size.rows < 2 || size.cols < 2) {
        malformed(path, "expected ROWSxCOLS, e.g. 24x80");
    }
    return size;
}

} // namespace

E2eCase load_case(const fs::path& root, const std::string& name) {
    E2eCase c;
    c.name = name;
    c.directory = root / name;
    const auto file = [&c](const char* leaf) { return c.directory / leaf; };
    const auto keys = read_optional(file("keys"));
    if (!keys) {
        malformed(file("keys"), "missing (every case needs one)");
    }
    c.keys = join_key_lines(*keys);
    c.in = read_optional(file("in"));
    c.screen = read_optional(file("screen"));
    c.colours = read_optional(file("colours"));
    c.out = read_optional(file("out"));
    if (const auto quit = read_optional(file("quit"))) {
        c.quit = join_key_lines(*quit);
    }
    if (const auto error = read_optional(file("error"))) {
        c.error = trimmed(*error);
    }
    if (const auto cursor = read_optional(file("cursor"))) {
        std::istringstream in(*cursor);
        c.cursor = CursorPosition{parse_int(file("cursor"), in), parse_int(file("cursor"), in)};
    }
    if (const auto status = read_optional(file("status"))) {
        std::istringstream in(*status);
        c.status = parse_int(file("status"), in);
    }
    if (const auto size = read_optional(file("size"))) {
        c.size = parse_size(file("size"), *size);
    }
    if (const auto resize = read_optional(file("resize"))) {
        c.resize = parse_size(file("resize"), *resize);
        c.resized_screen = read_optional(file("resized-screen"));
        if (!c.resized_screen) {
            malformed(file("resize"), "needs a `resized-screen` file beside it");
        }
    }
    if (const auto args = read_optional(file("args"))) {
        std::istringstream in(*args);
        for (std::string line; std::getline(in, line);) {
            c.args.push_back(line);
        }
    }
    if (const auto name_file = read_optional(file("file"))) {
        c.file = trimmed(*name_file);
    }
    c.config = read_optional(file("config"));
    if (fs::exists(file("setup"))) {
        c.setup = file("setup");
    }
    if (const auto user = read_optional(file("user"))) {
        c.user = trimmed(*user);
    }
    if (fs::exists(file("enabled"))) {
        c.enabled = file("enabled");
    }
    if (const auto limit = read_optional(file("fsize-limit"))) {
        std::istringstream in(*limit);
        const int bytes = parse_int(file("fsize-limit"), in);
        if (bytes <= 0) {
            malformed(file("fsize-limit"), "expected a positive number of bytes");
        }
        c.fsize_limit = static_cast<std::uint64_t>(bytes);
    }
    if (fs::exists(file("check"))) {
        c.check = file("check");
    }
    if (fs::exists(file("after-start"))) {
        c.after_start = file("after-start");
    }
    return c;
}

std::vector<std::string> parse_screen(std::string_view text, std::string_view design_label) {
    std::string expanded(text);
    constexpr std::string_view token = "{design}";
    for (auto at = expanded.find(token); at != std::string::npos;
         at = expanded.find(token, at + design_label.size())) {
        expanded.replace(at, token.size(), design_label);
    }
    std::vector<std::string> rows;
    std::istringstream in(expanded);
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line.back() != '|') {
            throw std::runtime_error("screen line " + std::to_string(rows.size() + 1) +
                                     " does not end in '|': \"" + line + "\"");
        }
        line.pop_back();
        rows.push_back(std::move(line));
    }
    return rows;
}

std::string join_key_lines(std::string_view text) {
    std::string keys;
    std::copy_if(text.begin(), text.end(), std::back_inserter(keys),
                 [](char c) { return c != '\n'; });
    return keys;
}

std::string test_name_of(std::string_view name) {
    std::string result;
    for (const char c : name) {
        result.push_back(std::isalnum(static_cast<unsigned char>(c)) ? c : '_');
    }
    return result;
}

} // namespace trio::e2e
