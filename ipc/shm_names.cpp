// Makes and finds trio's shared-memory names. Runs in the `trio-proc` parent and in tests.
#include "ipc/shm_names.hpp"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstddef>
#include <filesystem>
#include <sys/random.h>
#include <system_error>
#include <unistd.h>

namespace trio::ipc {

namespace {

constexpr std::size_t random_bytes = 16; // 128 bits: not guessable, not colliding

std::array<unsigned char, random_bytes> random_block() {
    std::array<unsigned char, random_bytes> block{};
    std::size_t filled = 0;
    while (filled < block.size()) {
        const ssize_t n = ::getrandom(block.data() + filled, block.size() - filled, 0);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            throw std::system_error(errno, std::generic_category(), "getrandom");
        }
        filled += static_cast<std::size_t>(n);
    }
    return block;
}

} // namespace

std::string shm_name_prefix(pid_t creator) {
    return "trio." + std::to_string(creator) + ".";
}

std::string make_shm_name() {
    constexpr std::string_view hex = "0123456789abcdef";
    std::string name = shm_name_prefix(::getpid());
    for (const unsigned char byte : random_block()) {
        name += hex[byte >> 4U];
        name += hex[byte & 0x0fU];
    }
    return name;
}

std::vector<std::string> shm_objects_of(pid_t creator) {
    const std::string prefix = shm_name_prefix(creator);
    std::vector<std::string> found;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator("/dev/shm", ec)) {
        std::string name = entry.path().filename().string();
        if (name.starts_with(prefix)) {
            found.push_back(std::move(name));
        }
    }
    std::sort(found.begin(), found.end());
    return found;
}

} // namespace trio::ipc
