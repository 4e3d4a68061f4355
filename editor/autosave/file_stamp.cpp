// stat(2) → FileStamp. Runs in input (loading a file) and in autosave (around a save).
#include "editor/autosave/file_stamp.hpp"

#include <sys/stat.h>

namespace trio::autosave {

protocol::FileStamp stamp_of(const struct stat& status) {
    protocol::FileStamp stamp;
    stamp.size = static_cast<std::uint64_t>(status.st_size);
    stamp.mtime_ns =
        static_cast<std::int64_t>(status.st_mtim.tv_sec) * 1'000'000'000 + status.st_mtim.tv_nsec;
    stamp.inode = static_cast<std::uint64_t>(status.st_ino);
    stamp.device = static_cast<std::uint64_t>(status.st_dev);
    return stamp;
}

protocol::FileStamp stamp_of(const std::string& path) {
    struct stat status {};
    if (::stat(path.c_str(), &status) != 0) {
        return {};
    }
    return stamp_of(status);
}

} // namespace trio::autosave
