// Derives state-directory names from edited file paths; see state_name.hpp. Runs wherever a
// journal or lock path is needed (autosave component, recovery).
#include "editor/state/state_name.hpp"

#include "editor/state/state_error.hpp"

#include <cstdio>
#include <filesystem>
#include <system_error>

namespace trio::state {

namespace {

constexpr std::size_t max_basename = 64;

bool is_safe(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
           c == '_' || c == '-';
}

std::string readable(std::string name) {
    if (name.size() > max_basename) {
        name.resize(max_basename);
    }
    for (char& c : name) {
        if (!is_safe(c)) {
            c = '_';
        }
    }
    if (name.empty()) {
        name = "_";
    }
    if (name.front() == '.') {
        name.front() = '_'; // never hidden, never "." or "..", never our temporary files
    }
    return name;
}

} // namespace

std::uint64_t path_hash(std::string_view path) {
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (const char c : path) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

std::string state_name(const std::string& file) {
    std::error_code error;
    const std::filesystem::path absolute = std::filesystem::absolute(file, error);
    // weakly_canonical resolves every existing component (symlinks, "..") and appends the
    // rest lexically: for a new file that is the resolved parent plus the name.
    const std::filesystem::path resolved =
        error ? std::filesystem::path() : std::filesystem::weakly_canonical(absolute, error);
    if (error) {
        throw StateError("Cannot resolve '" + file + "': " + error.message());
    }
    const std::string full = resolved.string();
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(path_hash(full)));
    return readable(resolved.filename().string()) + "." + hex;
}

} // namespace trio::state
