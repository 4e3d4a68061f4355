// Test helper: a directory's entries and contents as one comparable string, so that a failed
// save can be checked in a forked child (no gtest there) and any difference shows in the diff.
#pragma once

#include "scratch_dir.hpp"

#include <filesystem>
#include <set>
#include <string>
#include <sys/stat.h>

namespace trio::files::testing {

// One line per entry, sorted by name: "name: bytes" for a regular file, "name -> target" for
// a symlink, "name/" for a directory, "name?" for anything else. A missing directory lists as
// "<no directory>". Hidden entries (a leftover ".f.trio-XXXXXX") are listed like any other.
[[nodiscard]] inline std::string listing(const std::string& dir) {
    std::error_code error;
    if (!std::filesystem::is_directory(dir, error)) {
        return "<no directory>\n";
    }
    std::set<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        names.insert(entry.path().filename().string());
    }
    std::string text;
    for (const std::string& name : names) {
        const std::string path = dir + "/" + name;
        struct stat st {};
        ::lstat(path.c_str(), &st);
        if (S_ISLNK(st.st_mode)) {
            text += name + " -> " + std::filesystem::read_symlink(path).string() + "\n";
        } else if (S_ISDIR(st.st_mode)) {
            text += name + "/\n";
        } else if (S_ISREG(st.st_mode)) {
            text += name + ": " + read_file(path) + "\n";
        } else {
            text += name + "?\n";
        }
    }
    return text;
}

} // namespace trio::files::testing
