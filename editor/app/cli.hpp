// Command-line parsing for trio and trio-proc (same options; only the design differs).
#pragma once

#include "editor/protocol/messages.hpp"
#include "editor/settings/settings.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace trio::app {

// `+LINE[:COL]` given before a FILE: where its cursor starts. 1-based; 0 = not given.
struct StartPosition {
    std::uint64_t line = 0;
    std::uint64_t column = 0;
    bool operator==(const StartPosition&) const = default;
};

// A file named after the one the session opens first, with its own start position; opened
// later as another buffer.
struct LaterFile {
    std::string path;
    StartPosition start;
};

struct Options {
    std::vector<std::string> paths;      // FILEs in order; empty: one new unnamed buffer
    std::vector<StartPosition> starts;   // same size as `paths`: the +LINE[:COL] before each
    settings::SettingOverrides settings; // the flags; they override the config file
    bool read_only = false;              // -R, --readonly
    bool no_journal = false;             // -n, --no-journal
    std::string recover_to;              // --recover FILE -o OUT: OUT ("-" = standard output)
};

enum class CliAction { Run, Recover, ShowHelp, ShowVersion, UsageError };

struct CliResult {
    CliAction action = CliAction::Run;
    Options options;
    std::string error; // UsageError only
};

// `trio [OPTIONS] [+LINE[:COL]] [FILE]...`: options and files may be mixed; `--` ends the
// options (then `+5` and `-x` are file names too). As in nano, `+LINE[:COL]` applies to the
// FILE that follows it. Pure; never throws (except std::bad_alloc).
[[nodiscard]] CliResult parse_command_line(const std::vector<std::string>& args);
[[nodiscard]] std::string help_text(std::string_view program, protocol::Design design);
[[nodiscard]] std::string version_text(std::string_view program, protocol::Design design);

} // namespace trio::app
