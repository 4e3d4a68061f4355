// Computes and compares original-file identities; see file_identity.hpp. Runs in the input
// component (on open) and in recovery.
#include "editor/journal/file_identity.hpp"

#include "editor/journal/checksum.hpp"
#include "ipc/unique_fd.hpp"

#include <algorithm>
#include <array>
#include <cerrno>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace trio::journal {

namespace {

constexpr std::uint64_t edge_bytes = 64 * 1024;
constexpr std::uint64_t middle_bytes = 4 * 1024;

struct SampleRange {
    std::uint64_t begin;
    std::uint64_t length;
};

// The three sampled ranges of a file of `size` bytes, in hashing order.
std::array<SampleRange, 3> sample_ranges(std::uint64_t size) {
    const std::uint64_t head = std::min(size, edge_bytes);
    const std::uint64_t mid_begin = size / 2 > middle_bytes / 2 ? size / 2 - middle_bytes / 2 : 0;
    const std::uint64_t mid_length = std::min(middle_bytes, size - mid_begin);
    const std::uint64_t tail_begin = size > edge_bytes ? size - edge_bytes : 0;
    return {SampleRange{0, head}, SampleRange{mid_begin, mid_length},
            SampleRange{tail_begin, size - tail_begin}};
}

std::uint64_t hash_size(std::uint64_t size) {
    std::array<char, 8> le{};
    for (std::size_t i = 0; i < le.size(); ++i) {
        le[i] = static_cast<char>(static_cast<std::uint8_t>(size >> (8 * i)));
    }
    return fnv1a64(std::string_view(le.data(), le.size()));
}

std::int64_t mtime_ns(const struct stat& status) {
    return static_cast<std::int64_t>(status.st_mtim.tv_sec) * 1'000'000'000 +
           static_cast<std::int64_t>(status.st_mtim.tv_nsec);
}

// pread()s exactly `length` bytes at `offset`, retrying EINTR and short reads. A file that
// shrinks while we read it ends early: reported as ESTALE (it is changing under us).
int pread_exact(int fd, std::uint64_t offset, std::string& out, std::uint64_t length) {
    out.resize(length);
    std::uint64_t done = 0;
    while (done < length) {
        const ssize_t n =
            ::pread(fd, out.data() + done, length - done, static_cast<off_t>(offset + done));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            return errno;
        }
        if (n == 0) {
            return ESTALE;
        }
        done += static_cast<std::uint64_t>(n);
    }
    return 0;
}

} // namespace

std::uint64_t sample_hash(std::string_view bytes) {
    std::uint64_t hash = hash_size(bytes.size());
    for (const SampleRange& r : sample_ranges(bytes.size())) {
        hash = fnv1a64(bytes.substr(r.begin, r.length), hash);
    }
    return hash;
}

FileIdentity identify(const struct stat& status, std::string_view bytes) {
    return FileIdentity{static_cast<std::uint64_t>(status.st_size), mtime_ns(status),
                        static_cast<std::uint64_t>(status.st_ino),
                        static_cast<std::uint64_t>(status.st_dev), sample_hash(bytes)};
}

int identify(const std::string& path, FileIdentity& out) {
    // O_NONBLOCK: a FIFO planted at the path must not block the editor (no effect on files).
    const ipc::UniqueFd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY));
    if (!fd.valid()) {
        return errno;
    }
    struct stat status {};
    if (::fstat(fd.get(), &status) != 0) {
        return errno;
    }
    const auto size = static_cast<std::uint64_t>(status.st_size);
    std::uint64_t hash = hash_size(size);
    std::string chunk;
    for (const SampleRange& r : sample_ranges(size)) {
        if (const int error = pread_exact(fd.get(), r.begin, chunk, r.length); error != 0) {
            return error;
        }
        hash = fnv1a64(chunk, hash);
    }
    out = FileIdentity{size, mtime_ns(status), static_cast<std::uint64_t>(status.st_ino),
                       static_cast<std::uint64_t>(status.st_dev), hash};
    return 0;
}

IdentityMatch compare(const FileIdentity& recorded, const FileIdentity& current) {
    if (recorded.inode != current.inode || recorded.device != current.device) {
        return IdentityMatch::Replaced;
    }
    if (recorded.size != current.size) {
        return IdentityMatch::SizeDiffers;
    }
    if (recorded.sample_hash != current.sample_hash) {
        return IdentityMatch::ContentDiffers;
    }
    if (recorded.mtime_ns != current.mtime_ns) {
        return IdentityMatch::MtimeDiffers;
    }
    return IdentityMatch::Same;
}

std::string_view describe(IdentityMatch match) {
    switch (match) {
    case IdentityMatch::Same:
        return "the file is unchanged";
    case IdentityMatch::Replaced:
        return "the file was replaced since";
    case IdentityMatch::SizeDiffers:
        return "the file has changed size since";
    case IdentityMatch::ContentDiffers:
        return "the file's contents have changed since";
    case IdentityMatch::MtimeDiffers:
        return "the file was modified since";
    }
    return "unknown";
}

} // namespace trio::journal
