// The private HOME every editor under test gets: one helper for the case runner, the
// round-trip test and the fault tests, so all start editors in the same environment.
#pragma once

#include <filesystem>

namespace trio::e2e {

// Creates dir/home with .config, .local/share, .local/state, .cache and .run (0700, as an
// XDG_RUNTIME_DIR must be) and returns dir/home. Throws std::filesystem::filesystem_error.
std::filesystem::path make_editor_home(const std::filesystem::path& dir);

} // namespace trio::e2e
