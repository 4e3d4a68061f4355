// The editors trio-bench runs: trio and trio-proc from the build, then vim and nano when they
// are installed, then any --peer NAME='CMD'. Each with the keys the scenarios need. Runs in
// trio-bench's main.
#pragma once

#include "bench/trio_bench/bench_editor.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace trio::bench {

// trio or trio-proc at `path` (made absolute: the editors run in the files' directory).
// Throws std::invalid_argument when it is not an executable file.
[[nodiscard]] BenchEditor trio_bench_editor(std::string name, const std::filesystem::path& path);

// vim as installed, with its defaults and no user files (`vim --clean`: defaults.vim, no
// vimrc, no plugins, no viminfo; a swap file, as trio keeps a journal). nullopt when no vim
// is in PATH.
[[nodiscard]] std::optional<BenchEditor> installed_vim();

// nano as installed without nanorc files (`nano --ignorercfiles`). nullopt when not in PATH.
[[nodiscard]] std::optional<BenchEditor> installed_nano();

// A peer from "NAME=CMD": CMD is split at spaces ('…' and "…" keep spaces), and the file's
// path is appended. Treated as modeless (typing inserts text, Home/End/arrows/PgDn move) with
// the file's first line on row 0 unless it shows it elsewhere: its screen is found, not
// assumed. It is killed at the end of a run rather than quit. Throws std::invalid_argument
// on an empty name or command.
[[nodiscard]] BenchEditor parse_peer(std::string_view spec);

// `command` split as parse_peer splits CMD. Throws std::invalid_argument on an unclosed quote.
[[nodiscard]] std::vector<std::string> split_command(std::string_view command);

// The first line `argv[0] --version` prints ("" when it prints nothing or cannot start).
[[nodiscard]] std::string version_line(const std::string& program);

// `program` found in PATH (or as given when it contains a '/'); nullopt when not executable.
[[nodiscard]] std::optional<std::filesystem::path> find_program(std::string_view program);

} // namespace trio::bench
