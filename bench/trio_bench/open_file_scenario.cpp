// Opens a file in an editor under a pty, times the first screen and Ctrl-End, reads memory.
// Runs in trio-bench.
#include "bench/trio_bench/open_file_scenario.hpp"

#include "bench/trio_bench/process_memory.hpp"
#include "bench/trio_bench/pty_editor.hpp"
#include "editor/keys/key.hpp"
#include "tests/e2e/harness/expect_screen.hpp"

#include <stdexcept>

namespace trio::bench {
namespace {

// Enough of a line to identify it (each starts with its number), short enough never to be
// cut by the screen's width.
constexpr std::size_t identifying_prefix = 40;

std::string encode(std::string_view notation) {
    std::string bytes;
    for (const auto& key : keys::parse_keys(notation)) {
        bytes += keys::encode_key(key);
    }
    return bytes;
}

bool row_starts_with(const std::vector<std::string>& rows, int row, std::string_view text) {
    return row >= 0 && static_cast<std::size_t>(row) < rows.size() &&
           rows[static_cast<std::size_t>(row)].starts_with(text.substr(0, identifying_prefix));
}

bool row_is_blank(const std::vector<std::string>& rows, int row) {
    return row >= 0 && static_cast<std::size_t>(row) < rows.size() &&
           rows[static_cast<std::size_t>(row)].find_first_not_of(' ') == std::string::npos;
}

double milliseconds_between(Clock::time_point from, Clock::time_point to) {
    return std::chrono::duration<double, std::milli>(to - from).count();
}

[[noreturn]] void fail(const std::string& what, const PtyEditor& editor) {
    throw std::runtime_error(what + "; the screen showed:\n" +
                             e2e::screen_file_text(editor.screen()));
}

std::vector<Figure> memory_figures(const PtyEditor& editor) {
    std::vector<Figure> figures;
    const auto processes = session_memory(editor.pid());
    constexpr double kib_per_mib = 1024;
    double rss_anon = 0;
    double pss = 0;
    for (const auto& process : processes) {
        rss_anon += static_cast<double>(process.rss_anon_kib) / kib_per_mib;
        pss += static_cast<double>(process.pss_kib) / kib_per_mib;
    }
    figures.push_back({"RssAnon", "MiB", rss_anon});
    figures.push_back({"PSS", "MiB", pss});
    if (processes.size() > 1) {
        for (const auto& process : processes) {
            figures.push_back({"RssAnon " + process.name, "MiB",
                               static_cast<double>(process.rss_anon_kib) / kib_per_mib});
            figures.push_back(
                {"PSS " + process.name, "MiB", static_cast<double>(process.pss_kib) / kib_per_mib});
        }
    }
    return figures;
}

} // namespace

std::vector<Figure> OpenFileScenario::run(const BenchEditor& editor, const BenchFile& file,
                                          std::chrono::milliseconds timeout) {
    const auto deadline = [timeout] { return Clock::now() + timeout; };
    const auto name = file.path.filename().string();
    const int text_row = editor.first_text_row;
    std::vector<Figure> figures;

    PtyEditor running(editor, file.path);
    const auto first_screen = [&] {
        const auto rows = running.screen().rows();
        if (!row_starts_with(rows, text_row, file.first_line)) {
            return false;
        }
        for (std::size_t row = 0; row < rows.size(); ++row) {
            if (static_cast<int>(row) != text_row && rows[row].find(name) != std::string::npos) {
                return true;
            }
        }
        return false;
    };
    const auto shown = running.wait_until(first_screen, deadline());
    if (!shown) {
        fail("no first screen within " + std::to_string(timeout.count()) + " ms", running);
    }
    figures.push_back({"startup", "ms", milliseconds_between(running.started(), *shown)});
    // Read now, reported after Ctrl-End: the table then shows the totals before the parts.
    const auto memory = memory_figures(running);

    // Keys typed before raw mode would be echoed or become signals (a first screen drawn
    // before raw mode is possible in principle, so this is checked, not assumed).
    if (!running.wait_until_raw(deadline())) {
        fail("the terminal never became raw", running);
    }
    const auto at_last_line = [&] {
        const auto rows = running.screen().rows();
        const int cursor = running.screen().cursor().row;
        return row_starts_with(rows, cursor, file.last_line) ||
               (cursor > text_row && row_starts_with(rows, cursor - 1, file.last_line) &&
                row_is_blank(rows, cursor));
    };
    const auto pressed = running.write(encode("<c-end>"));
    const auto arrived = running.wait_until(at_last_line, deadline());
    if (!arrived) {
        fail("Ctrl-End never showed the last line", running);
    }
    figures.push_back({"Ctrl-End", "ms", milliseconds_between(pressed, *arrived)});
    figures.insert(figures.end(), memory.begin(), memory.end());

    if (!running.quit(encode(editor.quit_keys), deadline())) {
        fail("the editor did not exit after " + editor.quit_keys, running);
    }
    return figures;
}

} // namespace trio::bench
