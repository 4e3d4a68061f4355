// Builds, formats and parses lock records; see lock_record.hpp. Runs wherever a lock is
// acquired or inspected.
#include "editor/state/lock_record.hpp"

#include <array>
#include <charconv>
#include <climits>
#include <ctime>
#include <unistd.h>

namespace trio::state {

namespace {

constexpr std::string_view version_line = "trio-lock 1";

std::string one_line(std::string_view text) {
    std::string line(text);
    for (char& c : line) {
        if (c == '\n' || c == '\r') {
            c = '_';
        }
    }
    return line;
}

std::string utc_now() {
    const std::time_t now = std::time(nullptr);
    std::tm parts{};
    ::gmtime_r(&now, &parts);
    std::array<char, 32> text{};
    const std::size_t n = std::strftime(text.data(), text.size(), "%Y-%m-%dT%H:%M:%SZ", &parts);
    return std::string(text.data(), n);
}

template <typename Number> bool parse_number(std::string_view text, Number& out) {
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && ptr == text.data() + text.size();
}

} // namespace

std::string host_name() {
    std::array<char, HOST_NAME_MAX + 1> name{};
    if (::gethostname(name.data(), name.size() - 1) != 0) {
        return "";
    }
    return one_line(name.data());
}

LockRecord make_lock_record(std::string_view program) {
    return LockRecord{current_process(), host_name(), one_line(program), utc_now()};
}

std::string format_lock_record(const LockRecord& record) {
    std::string text(version_line);
    text += "\npid " + std::to_string(record.holder.pid);
    text += "\nstart_time " + std::to_string(record.holder.start_time);
    text += "\nhost " + record.host;
    text += "\nprogram " + record.program;
    text += "\nsince " + record.since + "\n";
    return text;
}

std::optional<LockRecord> parse_lock_record(std::string_view text) {
    LockRecord record;
    bool seen_version = false;
    bool seen_pid = false;
    bool seen_start = false;
    while (!text.empty()) {
        const std::size_t end = std::min(text.find('\n'), text.size());
        const std::string_view line = text.substr(0, end);
        text.remove_prefix(std::min(end + 1, text.size()));
        if (!seen_version) {
            if (line != version_line) {
                return std::nullopt;
            }
            seen_version = true;
            continue;
        }
        const std::size_t space = line.find(' ');
        const std::string_view key = line.substr(0, space);
        const std::string_view value =
            space == std::string_view::npos ? std::string_view() : line.substr(space + 1);
        if (key == "pid") {
            seen_pid = parse_number(value, record.holder.pid) && record.holder.pid > 0;
        } else if (key == "start_time") {
            seen_start = parse_number(value, record.holder.start_time);
        } else if (key == "host") {
            record.host = value;
        } else if (key == "program") {
            record.program = value;
        } else if (key == "since") {
            record.since = value;
        }
    }
    if (!seen_pid || !seen_start) {
        return std::nullopt;
    }
    return record;
}

} // namespace trio::state
