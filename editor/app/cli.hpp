// Command-line parsing for trio and trio-proc (same options; only the design differs).
#pragma once

#include "editor/protocol/messages.hpp"

#include <optional>
#include <string>
#include <vector>

namespace trio::app {

struct Options {
    std::string path;
    int tab_width = 8;
    bool read_only = false;  // -R, --readonly
    bool no_journal = false; // -n, --no-journal
    std::string recover_to;  // --recover FILE -o OUT: OUT ("-" = standard output)
};

enum class CliAction { Run, Recover, ShowHelp, ShowVersion, UsageError };

struct CliResult {
    CliAction action = CliAction::Run;
    Options options;
    std::string error; // UsageError only
};

[[nodiscard]] CliResult parse_command_line(const std::vector<std::string>& args);
[[nodiscard]] std::string help_text(std::string_view program, protocol::Design design);
[[nodiscard]] std::string version_text(std::string_view program, protocol::Design design);

} // namespace trio::app
