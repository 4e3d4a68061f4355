// Creates the private HOME of an editor under test; see editor_home.hpp. Test harness.
#include "tests/e2e/harness/editor_home.hpp"

namespace trio::e2e {

namespace fs = std::filesystem;

fs::path make_editor_home(const fs::path& dir) {
    const fs::path home = dir / "home";
    for (const char* sub : {".config", ".local/share", ".local/state", ".cache", ".run"}) {
        fs::create_directories(home / sub);
    }
    fs::permissions(home / ".run", fs::perms::owner_all);
    return home;
}

} // namespace trio::e2e
