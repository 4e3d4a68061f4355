// Finds and reads trio's config file ($XDG_CONFIG_HOME/trio/config, else
// ~/.config/trio/config). Runs in the launcher, before the terminal is touched.
#pragma once

#include "editor/settings/config_parser.hpp"

#include <optional>
#include <string>

namespace trio::settings {

struct ConfigEnvironment {
    std::optional<std::string> xdg_config_home;
    std::optional<std::string> home;

    // Reads XDG_CONFIG_HOME and HOME from this process (the composition root calls this).
    [[nodiscard]] static ConfigEnvironment from_process();
};

struct ConfigLocation {
    std::string path;       // what is opened
    std::string shown_name; // how messages name it: below HOME as "~/…"
};

// $XDG_CONFIG_HOME/trio/config when XDG_CONFIG_HOME is an absolute path (the XDG spec says to
// ignore a relative one), else $HOME/.config/trio/config; nullopt if neither is usable.
[[nodiscard]] std::optional<ConfigLocation> config_location(const ConfigEnvironment& env);

// Reads and parses the file. Error style: problems are data, never exceptions (except
// std::bad_alloc), since a broken config must not keep the editor from starting.
// A missing file (or missing directory) sets nothing and reports nothing. A directory, a
// device or FIFO (never opened: opening one could block), a file that cannot be read
// (EACCES, EIO) or one larger than max_config_bytes sets nothing and reports one problem.
// Blocks on the disk only.
[[nodiscard]] ConfigValues load_config(const ConfigLocation& location);

inline constexpr std::size_t max_config_bytes = 64 * 1024;

} // namespace trio::settings
