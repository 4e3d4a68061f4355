// Generates, checks and warms trio-bench's cached files. Runs in trio-bench's main.
#include "bench/trio_bench/bench_file.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <stdexcept>
#include <unistd.h>
#include <vector>

namespace trio::bench {
namespace fs = std::filesystem;
namespace {

constexpr std::uint64_t line_bytes = 80; // 79 columns and '\n'
constexpr std::string_view filler =
    " the quick brown fox jumps over the lazy dog; pack my box with five dozen liquor jugs";

[[noreturn]] void fail(const std::string& what, const fs::path& path) {
    throw std::runtime_error(what + " " + path.string() + ": " + std::strerror(errno));
}

// Line `number` (1-based) in `length` bytes (2..80), its '\n' included.
std::string line_text(std::uint64_t number, std::uint64_t length) {
    std::string digits = std::to_string(number);
    std::string line = std::string(digits.size() < 9 ? 9 - digits.size() : 0, '0') + digits;
    line += filler;
    line.resize(length - 1, '.');
    line += '\n';
    return line;
}

// Line k, for every k, of `size` bytes in total: full lines, then a shorter last one.
void write_lines(int fd, const fs::path& path, std::uint64_t size) {
    std::string buffer;
    constexpr std::size_t flush_at = 1 << 20;
    std::uint64_t written = 0;
    for (std::uint64_t number = 1; written < size; ++number) {
        const auto length = std::min(line_bytes, size - written);
        buffer += length >= 2 ? line_text(number, length) : std::string(length, '\n');
        written += length;
        if (buffer.size() >= flush_at || written == size) {
            for (std::size_t done = 0; done < buffer.size();) {
                const auto n = ::write(fd, buffer.data() + done, buffer.size() - done);
                if (n < 0 && errno == EINTR) {
                    continue;
                }
                if (n <= 0) {
                    fail("cannot write", path);
                }
                done += static_cast<std::size_t>(n);
            }
            buffer.clear();
        }
    }
}

void generate(const fs::path& path, std::uint64_t size) {
    const auto temp = fs::path(path.string() + ".partial");
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        fail("cannot create", temp);
    }
    write_lines(fd, temp, size);
    if (::close(fd) != 0) {
        fail("cannot write", temp);
    }
    fs::rename(temp, path); // a killed run leaves a .partial, never a short file of the right name
}

struct FileEnds {
    std::vector<std::string> first_lines;
    std::string last_line;
};

// Reads the whole file (the page cache is then warm, as for an editor opened a second time)
// and returns its first lines and its last non-empty line.
FileEnds warm_and_find_ends(const fs::path& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        fail("cannot open", path);
    }
    std::vector<char> buffer(1 << 20);
    std::string head;
    std::string tail;
    for (;;) {
        const auto n = ::read(fd, buffer.data(), buffer.size());
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            ::close(fd);
            fail("cannot read", path);
        }
        if (n == 0) {
            break;
        }
        if (head.size() < first_lines_kept * line_bytes) {
            head.append(buffer.data(), static_cast<std::size_t>(n));
        }
        tail.append(buffer.data(), static_cast<std::size_t>(n));
        if (tail.size() > 2 * line_bytes) {
            tail.erase(0, tail.size() - 2 * line_bytes);
        }
    }
    ::close(fd);
    FileEnds ends;
    for (std::size_t start = 0; ends.first_lines.size() < first_lines_kept;) {
        const auto end = head.find('\n', start);
        if (end == std::string::npos) {
            break;
        }
        ends.first_lines.push_back(head.substr(start, end - start));
        start = end + 1;
    }
    while (!tail.empty() && tail.back() == '\n') {
        tail.pop_back();
    }
    const auto start = tail.rfind('\n');
    ends.last_line = start == std::string::npos ? tail : tail.substr(start + 1);
    return ends;
}

} // namespace

std::string size_label(std::uint64_t size) {
    constexpr std::uint64_t kib = 1024;
    if (size >= kib * kib * kib && size % (kib * kib * kib) == 0) {
        return std::to_string(size / (kib * kib * kib)) + " GiB";
    }
    if (size >= kib * kib && size % (kib * kib) == 0) {
        return std::to_string(size / (kib * kib)) + " MiB";
    }
    if (size >= kib && size % kib == 0) {
        return std::to_string(size / kib) + " KiB";
    }
    return std::to_string(size) + " B";
}

BenchFile prepare_bench_file(const fs::path& dir, std::uint64_t size, std::string_view extension) {
    fs::create_directories(dir);
    auto label = size_label(size);
    auto name = label;
    std::replace(name.begin(), name.end(), ' ', '-');
    const auto path = dir / ("lines-80-" + name + "." + std::string(extension));
    std::error_code error;
    if (fs::file_size(path, error) != size || error) {
        generate(path, size);
    }
    auto ends = warm_and_find_ends(path);
    auto first = ends.first_lines.empty() ? std::string() : ends.first_lines.front();
    return {std::move(label),           path, size, std::move(first), std::move(ends.last_line),
            std::move(ends.first_lines)};
}

} // namespace trio::bench
