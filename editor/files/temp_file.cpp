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
    UniqueFd dir(::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!dir.valid()) {
        throw_errno(errno, "open directory");
    }
    // 62^6 names: a clash means someone else's temp file; a few retries settle it.
    constexpr int attempts = 100;
    for (int attempt = 0; attempt < attempts; ++attempt) {
        std::string name_here = base + random_suffix();
        UniqueFd fd(::openat(dir.get(), name_here.c_str(),
                             O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode));
        if (fd.valid()) {
            std::string path = directory + "/" + name_here;
            return TempFile(std::move(dir), std::move(fd), std::move(name_here), std::move(path));
        }
        if (errno != EEXIST) {
            throw_errno(errno, "create temporary file");
        }
    }
    throw_errno(EEXIST, "create temporary file");
}

TempFile::~TempFile() {
    if (!m_name.empty()) {
        (void)::unlinkat(m_dir.get(), m_name.c_str(), 0);
    }
}

void TempFile::close() {
    if (const int error = m_fd.close(); error != 0) {
        throw_errno(error, "close temporary file");
    }
}

void TempFile::rename_to(const std::string& target_name) {
    if (::renameat(m_dir.get(), m_name.c_str(), m_dir.get(), target_name.c_str()) != 0) {
        throw_errno(errno, "rename");
    }
    m_name.clear();
}

bool TempFile::try_remove() noexcept {
    if (::unlinkat(m_dir.get(), m_name.c_str(), 0) != 0) {
        return false;
    }
    m_name.clear();
    return true;
}

void TempFile::remove() {
    if (::unlinkat(m_dir.get(), m_name.c_str(), 0) != 0) {
        throw_errno(errno, "remove temporary file");
    }
    m_name.clear();
}

} // namespace trio::files
