// A fresh private directory for one e2e case (mkdtemp), removed with everything in it.
#pragma once

#include <filesystem>
#include <string_view>

namespace trio::e2e {

// Created 0700 under std::filesystem::temp_directory_path() (TMPDIR); throws
// std::runtime_error when it cannot be. Non-copyable, non-movable.
class TempDir {
public:
    explicit TempDir(std::string_view prefix);
    // Removes the tree, first making every directory in it writable again (a case may
    // chmod 555 one), and never throws.
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    [[nodiscard]] const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

} // namespace trio::e2e
