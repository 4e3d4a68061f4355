// Creates, renames and cleans up the temporary file of a save; see temp_file.hpp. Runs in
// the autosave component.
#include "editor/files/temp_file.hpp"

#include <array>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <fcntl.h>
#include <sys/random.h>
#include <system_error>
#include <unistd.h>

namespace trio::files {

namespace {

constexpr std::size_t random_chars = 6;

[[noreturn]] void throw_errno(int error, const char* what) {
    throw std::system_error(error, std::generic_category(), what);
}

std::string random_suffix() {
    constexpr std::string_view alphabet =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    std::array<unsigned char, random_chars> raw{};
    std::size_t got = 0;
    while (got < raw.size()) {
        const ssize_t n = ::getrandom(raw.data() + got, raw.size() - got, 0);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            throw_errno(errno, "getrandom");
        }
        got += static_cast<std::size_t>(n);
    }
    std::string suffix;
    for (unsigned char c : raw) {
        suffix += alphabet[c % alphabet.size()];
    }
    return suffix;
}

} // namespace

TempFile TempFile::create(const std::string& directory, const std::string& name, mode_t mode) {
    const std::string prefix = ".";
    const std::string infix = ".trio-";
    const std::size_t room = NAME_MAX - prefix.size() - infix.size() - random_chars;
    const std::string base = prefix + name.substr(0, room) + infix;
    // 62^6 names: a clash means someone else's temp file; a few retries settle it.
    constexpr int attempts = 100;
    for (int attempt = 0; attempt < attempts; ++attempt) {
        std::string path = directory + "/" + base + random_suffix();
        UniqueFd fd(::open(path.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode));
        if (fd.valid()) {
            return TempFile(std::move(fd), std::move(path));
        }
        if (errno != EEXIST) {
            throw_errno(errno, "create temporary file");
        }
    }
    throw_errno(EEXIST, "create temporary file");
}

TempFile::~TempFile() {
    if (!m_path.empty()) {
        (void)::unlink(m_path.c_str());
    }
}

void TempFile::close() {
    if (const int error = m_fd.close(); error != 0) {
        throw_errno(error, "close temporary file");
    }
}

void TempFile::rename_to(const std::string& target) {
    if (::rename(m_path.c_str(), target.c_str()) != 0) {
        throw_errno(errno, "rename");
    }
    m_path.clear();
}

void TempFile::remove() {
    if (::unlink(m_path.c_str()) != 0) {
        throw_errno(errno, "remove temporary file");
    }
    m_path.clear();
}

} // namespace trio::files
