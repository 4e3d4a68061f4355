// Opens a file in an editor under a pty, times the first screen and the way to the last line,
// reads memory. Runs in trio-bench.
#include "bench/trio_bench/open_file_scenario.hpp"

#include "bench/trio_bench/process_memory.hpp"
#include "bench/trio_bench/pty_editor.hpp"
#include "bench/trio_bench/scenario_support.hpp"

namespace trio::bench {
namespace {

bool row_is_blank(const std::vector<std::string>& rows, int row) {
    return row >= 0 && static_cast<std::size_t>(row) < rows.size() &&
           rows[static_cast<std::size_t>(row)].find_first_not_of(' ') == std::string::npos;
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
    std::vector<Figure> figures;

    PtyEditor running(editor, file.path);
    const auto shown = wait_for_first_screen(running, file, deadline());
    figures.push_back(
        {std::string(figure_startup), "ms", milliseconds_between(running.started(), shown)});
    // Read now, reported after the last-line time: the table then shows totals before parts.
    const auto memory = memory_figures(running);

    wait_for_raw_terminal(running, deadline());
    if (!editor.end_of_file_keys.empty()) {
        const auto last_line = identifying_part(file.last_line);
        const auto at_last_line = [&] {
            const auto rows = running.screen().rows();
            const int cursor = running.screen().cursor().row;
            return row_starts_with(rows, cursor, last_line) ||
                   (cursor > 0 && row_starts_with(rows, cursor - 1, last_line) &&
                    row_is_blank(rows, cursor));
        };
        // Into silence: the first screen's tail must not be taken for the key's response.
        if (!running.read_until_quiet(std::chrono::milliseconds(15), deadline())) {
            fail_showing_screen("the editor never went quiet after its first screen", running);
        }
        const auto pressed = running.write(encode_keys(editor.end_of_file_keys));
        const auto arrived = running.wait_until(at_last_line, deadline());
        if (!arrived) {
            fail_showing_screen(editor.end_of_file_keys + " never showed the last line", running);
        }
        figures.push_back(
            {std::string(figure_to_last_line), "ms", milliseconds_between(pressed, *arrived)});
    }
    figures.insert(figures.end(), memory.begin(), memory.end());

    if (!editor.quit_keys.empty() && !running.quit(encode_keys(editor.quit_keys), deadline())) {
        fail_showing_screen("the editor did not exit after " + editor.quit_keys, running);
    }
    return figures;
}

} // namespace trio::bench
