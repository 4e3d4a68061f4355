// Command-line parsing. Runs in the launcher before any component starts.
#include "editor/app/cli.hpp"

#include "editor/commands/line_column.hpp"

#include <array>
#include <charconv>
#include <optional>

namespace trio::app {

namespace {

struct Toggle {
    std::string_view on;
    std::string_view off;
    std::optional<bool> settings::SettingOverrides::*field;
};
constexpr std::array<Toggle, 6> toggles{{
    {"--spaces-for-tabs", "--tabs", &settings::SettingOverrides::spaces_for_tabs},
    {"--line-numbers", "--no-line-numbers", &settings::SettingOverrides::line_numbers},
    {"--soft-wrap", "--no-soft-wrap", &settings::SettingOverrides::soft_wrap},
    {"--colours", "--no-colours", &settings::SettingOverrides::colours},
    {"--colors", "--no-colors", &settings::SettingOverrides::colours},
    // nano's short forms
    {"-E", "", &settings::SettingOverrides::spaces_for_tabs},
}};

// Sets the toggle `arg` names, if it names one.
bool apply_toggle(std::string_view arg, settings::SettingOverrides& settings) {
    for (const Toggle& toggle : toggles) {
        if (arg == toggle.on || (!toggle.off.empty() && arg == toggle.off)) {
            settings.*toggle.field = arg == toggle.on;
            return true;
        }
    }
    if (arg == "-l") { // nano: --linenumbers
        settings.line_numbers = true;
        return true;
    }
    return false;
}

std::optional<int> parse_tab_width(std::string_view value) {
    int width = 0;
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), width);
    if (error != std::errc{} || end != value.data() + value.size() ||
        width < settings::min_tab_width || width > settings::max_tab_width) {
        return std::nullopt;
    }
    return width;
}

CliResult usage_error(std::string text) {
    return {CliAction::UsageError, {}, std::move(text)};
}

} // namespace

CliResult parse_command_line(const std::vector<std::string>& args) {
    CliResult result;
    Options& options = result.options;
    bool options_done = false;
    bool recover = false;
    // A +LINE[:COL] waiting for its FILE (empty pending_text: none). Not an optional: g++ 12
    // at -O2 warns that the optional's payload may be used uninitialised.
    StartPosition pending_start;
    std::string pending_text;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        const bool has_value = i + 1 < args.size();
        if (options_done) {
            // a FILE, below
        } else if (arg == "-h" || arg == "--help") {
            return {CliAction::ShowHelp, {}, {}};
        } else if (arg == "-V" || arg == "--version") {
            return {CliAction::ShowVersion, {}, {}};
        } else if (arg == "--") {
            options_done = true;
            continue;
        } else if (arg == "-R" || arg == "--readonly") {
            options.read_only = true;
            continue;
        } else if (arg == "-n" || arg == "--no-journal") {
            options.no_journal = true;
            continue;
        } else if (arg == "--recover") {
            recover = true;
            continue;
        } else if (arg == "-o" || arg == "--output") {
            if (!has_value || args[i + 1].empty()) {
                return usage_error(arg + " needs a file name (or - for standard output)");
            }
            options.recover_to = args[++i];
            continue;
        } else if (arg == "-T" || arg == "--tab-width" || arg.starts_with("--tab-width=")) {
            const bool inline_value = arg.starts_with("--tab-width=");
            if (!inline_value && !has_value) {
                return usage_error(arg + " takes a number from 1 to 16");
            }
            const std::string_view value =
                inline_value ? std::string_view(arg).substr(12) : std::string_view(args[++i]);
            options.settings.tab_width = parse_tab_width(value);
            if (!options.settings.tab_width) {
                return usage_error((inline_value ? std::string("--tab-width") : arg) +
                                   " takes a number from 1 to 16");
            }
            continue;
        } else if (apply_toggle(arg, options.settings)) {
            continue;
        } else if (arg.size() > 1 && arg[0] == '+') {
            const auto at = commands::parse_line_column(std::string_view(arg).substr(1));
            if (!at || arg.find_first_of(" \t") != std::string::npos) {
                return usage_error("'" + arg + "': expected +LINE or +LINE:COLUMN");
            }
            pending_start = StartPosition{at->line, at->column};
            pending_text = arg;
            continue;
        } else if (arg.size() > 1 && arg[0] == '-') {
            return usage_error("unknown option '" + arg + "'");
        }
        options.paths.push_back(arg);
        options.starts.push_back(pending_start);
        pending_start = StartPosition{};
        pending_text.clear();
    }
    if (!pending_text.empty()) {
        return usage_error("'" + pending_text + "' must come before the FILE it applies to");
    }
    if (recover != !options.recover_to.empty()) {
        return usage_error(recover ? "--recover needs -o OUT (a file, or - for standard output)"
                                   : "-o is only for --recover");
    }
    if (recover) {
        if (options.paths.size() != 1) {
            return usage_error(options.paths.empty() ? "--recover needs the FILE to recover"
                                                     : "--recover takes one FILE");
        }
        result.action = CliAction::Recover;
    }
    return result;
}

std::string version_text(std::string_view program, protocol::Design design) {
    std::string text(program);
    text.append(" ").append(TRIO_VERSION).append(" (");
    text.append(design == protocol::Design::Threads ? "threads" : "processes").append(")\n");
    return text;
}

} // namespace trio::app
