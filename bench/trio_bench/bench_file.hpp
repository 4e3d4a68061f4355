// The files trio-bench opens: 80-byte lines (79 columns of text and '\n') of a given total
// size, generated once into a cache directory and reused while their size is right.
// Runs in trio-bench's main.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace trio::bench {

struct BenchFile {
    std::string label; // "1 KiB", "1 MiB", "1 GiB": the table's and the JSON's name for it
    std::filesystem::path path;
    std::uint64_t size = 0;
    std::string first_line; // without '\n'
    std::string last_line;  // the last non-empty line, without '\n' (the file ends with one)
    std::vector<std::string> first_lines; // up to first_lines_kept lines, without '\n'
};

// How many of a file's first lines BenchFile keeps: more than any screen shows.
inline constexpr std::size_t first_lines_kept = 64;

// The file of `size` bytes in `dir` (created if missing), named after its size; written anew
// only when it is missing or has another size. Its bytes are then read once, so that the page
// cache is warm. Line k (1-based) starts with k in 9 digits, so every line is unique and the
// last one is known without reading the whole file. Throws std::runtime_error (with the path
// and strerror) when it cannot be written or read.
// `extension` names it (`lines-80-1-MiB.c`): editors that colour syntax judge it by that.
[[nodiscard]] BenchFile prepare_bench_file(const std::filesystem::path& dir, std::uint64_t size,
                                           std::string_view extension = "txt");

// "1 KiB", "1 MiB", "1 GiB", or the number of bytes.
[[nodiscard]] std::string size_label(std::uint64_t size);

} // namespace trio::bench
