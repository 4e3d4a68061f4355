// Finds and describes the editors trio-bench compares. Runs in trio-bench's main.
#include "bench/trio_bench/peer_editors.hpp"

#include "tests/e2e/harness/run_command.hpp"

#include <cstdlib>
#include <stdexcept>
#include <unistd.h>

namespace trio::bench {
namespace fs = std::filesystem;

std::optional<fs::path> find_program(std::string_view program) {
    const auto executable = [](const fs::path& path) {
        std::error_code error;
        return fs::is_regular_file(path, error) && ::access(path.c_str(), X_OK) == 0;
    };
    if (program.find('/') != std::string_view::npos) {
        return executable(program) ? std::optional(fs::absolute(program)) : std::nullopt;
    }
    const char* path = std::getenv("PATH");
    std::string_view dirs = path != nullptr ? path : "/usr/local/bin:/usr/bin:/bin";
    while (!dirs.empty()) {
        const auto colon = dirs.find(':');
        const auto dir = dirs.substr(0, colon);
        dirs = colon == std::string_view::npos ? std::string_view{} : dirs.substr(colon + 1);
        if (!dir.empty() && executable(fs::path(dir) / program)) {
            return fs::path(dir) / program;
        }
    }
    return std::nullopt;
}

std::string version_line(const std::string& program) {
    try {
        const auto result = e2e::run_command({program, "--version"}, fs::temp_directory_path(), {});
        const auto end = result.output.find('\n');
        return result.output.substr(0, end);
    } catch (const std::runtime_error&) {
        return {};
    }
}

BenchEditor trio_bench_editor(std::string name, const fs::path& path) {
    const auto absolute = fs::absolute(path);
    if (::access(absolute.c_str(), X_OK) != 0) {
        throw std::invalid_argument(name + " not found or not executable: " + absolute.string());
    }
    BenchEditor editor;
    editor.name = std::move(name);
    editor.argv = {absolute.string()};
    editor.version = version_line(absolute.string());
    return editor;
}

std::optional<BenchEditor> installed_vim() {
    const auto vim = find_program("vim");
    if (!vim) {
        return std::nullopt;
    }
    BenchEditor editor;
    editor.name = "vim";
    editor.argv = {vim->string(), "--clean"};
    editor.version = version_line(vim->string());
    editor.is_trio = false;
    editor.first_text_row = 0;
    editor.text_rows = 23; // the last row is the command line (no status line for one window)
    editor.open_line_keys = "O";
    editor.stop_typing_keys = "<esc>";
    editor.end_of_file_keys = "G";
    editor.quit_keys = ":q<ret>";
    editor.discard_quit_keys = "<esc>:qa!<ret>";
    return editor;
}

std::optional<BenchEditor> installed_nano() {
    const auto nano = find_program("nano");
    if (!nano) {
        return std::nullopt;
    }
    BenchEditor editor;
    editor.name = "nano";
    editor.argv = {nano->string(), "--ignorercfiles"};
    editor.version = version_line(nano->string());
    editor.is_trio = false;
    editor.first_text_row = 1; // under the title bar
    editor.text_rows = 20;     // then the status row and two rows of key hints
    editor.end_of_file_keys = "<a-/>";
    editor.quit_keys = "<c-x>";
    editor.discard_quit_keys = "<c-x>n";
    return editor;
}

std::vector<std::string> split_command(std::string_view command) {
    std::vector<std::string> words;
    std::string word;
    bool in_word = false;
    char quote = 0;
    for (const char c : command) {
        if (quote != 0) {
            if (c == quote) {
                quote = 0;
            } else {
                word += c;
            }
        } else if (c == '\'' || c == '"') {
            quote = c;
            in_word = true;
        } else if (c == ' ' || c == '\t') {
            if (in_word) {
                words.push_back(std::move(word));
                word.clear();
                in_word = false;
            }
        } else {
            word += c;
            in_word = true;
        }
    }
    if (quote != 0) {
        throw std::invalid_argument("unclosed quote in '" + std::string(command) + "'");
    }
    if (in_word) {
        words.push_back(std::move(word));
    }
    return words;
}

BenchEditor parse_peer(std::string_view spec) {
    const auto equals = spec.find('=');
    if (equals == std::string_view::npos || equals == 0) {
        throw std::invalid_argument("--peer needs NAME=CMD, not '" + std::string(spec) + "'");
    }
    BenchEditor editor;
    editor.name = std::string(spec.substr(0, equals));
    editor.argv = split_command(spec.substr(equals + 1));
    if (editor.argv.empty()) {
        throw std::invalid_argument("--peer " + editor.name + " has no command");
    }
    editor.version = version_line(editor.argv.front());
    editor.is_trio = false;
    editor.first_text_row = -1; // found on screen: wherever the file's first line appears
    editor.text_rows = 0;       // as many of the file's lines as follow it
    editor.end_of_file_keys.clear();
    editor.quit_keys.clear();
    editor.discard_quit_keys.clear();
    return editor;
}

} // namespace trio::bench
