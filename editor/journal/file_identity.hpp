// What identifies the original file a journal was written against (size, mtime, inode, device,
// a hash of a sample of its bytes), so recovery never applies edits to a different file.
// Computed by the input component when it opens a file and by recovery when it checks one.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

struct stat;

namespace trio::journal {

struct FileIdentity {
    std::uint64_t size = 0;
    std::int64_t mtime_ns = 0; // st_mtim as nanoseconds since the epoch
    std::uint64_t inode = 0;
    std::uint64_t device = 0;
    std::uint64_t sample_hash = 0; // see sample_hash()

    bool operator==(const FileIdentity&) const = default;
};

// FNV-1a 64 over the file's size (8 bytes, little-endian) followed by its first 64 KiB, the
// 4 KiB around its middle and its last 64 KiB (ranges clamped to the file; they may overlap,
// so a small file is hashed whole, up to three times). Reads only these bytes of `bytes`.
[[nodiscard]] std::uint64_t sample_hash(std::string_view bytes);

// The identity of a file whose status and whole contents the caller already has (the input
// component has both after loading; `bytes` may be a mapping). Pure.
[[nodiscard]] FileIdentity identify(const struct stat& status, std::string_view bytes);

// Opens `path` read-only (following symlinks, as opening the file for editing does), reads
// only the sampled ranges, and fills `out`. Returns 0, or the errno value of the failing
// open/fstat/read (ENOENT for a vanished file); `out` is then unchanged. Blocks on the disk.
[[nodiscard]] int identify(const std::string& path, FileIdentity& out);

// How a file on disk differs from the identity a journal recorded, checked in this order.
enum class IdentityMatch : std::uint8_t {
    Same,
    Replaced,       // another inode or device: the file was replaced (e.g. saved by renaming)
    SizeDiffers,    // same inode, other size: modified in place
    ContentDiffers, // same size, but the sampled bytes differ
    MtimeDiffers,   // same sampled bytes, but modified since (possibly elsewhere in the file)
};

[[nodiscard]] IdentityMatch compare(const FileIdentity& recorded, const FileIdentity& current);

// A short sentence for the recovery prompt, e.g. "the file has changed size since".
[[nodiscard]] std::string_view describe(IdentityMatch match);

} // namespace trio::journal
