// One end-to-end case as read from its directory of small files (Kakoune's test/ format);
// docs/testing.md describes every file.
#pragma once

#include "tests/e2e/harness/terminal_size.hpp"
#include "tests/e2e/harness/vterm_screen.hpp"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace trio::e2e {

struct E2eCase {
    std::string name; // path below the cases root: "editing/insert-ascii"
    std::filesystem::path directory;
    std::optional<std::string> in;     // initial file bytes; absent: the file does not exist
    std::string keys;                  // key notation, newlines removed
    std::optional<std::string> screen; // expected screen text, still with `{design}`
    // The expected colours of the first rows (`colours`), still with '|'.
    std::optional<std::string> colours;
    std::optional<CursorPosition> cursor;
    std::string quit = "<c-q>";                   // notation, newlines removed
    int status = 0;                               // expected exit status
    std::optional<std::string> out;               // expected file bytes after exit
    std::optional<std::string> error;             // substring expected on the screen
    TerminalSize size;                            // default 24x80
    std::optional<TerminalSize> resize;           // after `screen` matched, resize the terminal …
    std::optional<std::string> resized_screen;    // … and expect this (`resized-screen`)
    std::vector<std::string> args;                // before the file name
    std::string file = "file.txt";                // relative to the case's temp dir; "": none
    std::optional<std::string> config;            // written to $HOME/.config/trio/config
    std::optional<std::filesystem::path> setup;   // `sh -e` script
    std::optional<std::string> user;              // e.g. "nobody"
    std::optional<std::filesystem::path> enabled; // executable; non-zero exit = skip
    std::optional<std::uint64_t> fsize_limit;     // bytes: RLIMIT_FSIZE once the editor is up
    std::optional<std::filesystem::path> check;   // `sh -ex` script after the run; non-zero = fail
    // `sh -e` script run once the editor is up (raw mode, alternate screen), before `keys`:
    // another program changing the file while it is open.
    std::optional<std::filesystem::path> after_start;
};

// Every directory below `root` holding a `keys` file, as a path relative to `root`, sorted.
[[nodiscard]] std::vector<std::string> find_cases(const std::filesystem::path& root);

// Reads root/name. Throws std::runtime_error naming the file when one is malformed.
[[nodiscard]] E2eCase load_case(const std::filesystem::path& root, const std::string& name);

// The rows of a `screen` file: `{design}` replaced by `design_label`, then every line must end
// in '|', which is removed. Throws std::runtime_error naming the first bad line.
[[nodiscard]] std::vector<std::string> parse_screen(std::string_view text,
                                                    std::string_view design_label);

// A key file's notation: every newline is dropped, so long key lists can be wrapped.
[[nodiscard]] std::string join_key_lines(std::string_view text);

// A name GoogleTest accepts (letters, digits, '_'): "editing/insert-ascii" →
// "editing_insert_ascii".
[[nodiscard]] std::string test_name_of(std::string_view name);

} // namespace trio::e2e
