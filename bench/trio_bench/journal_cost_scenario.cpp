// Types into an editor key by key under a pty, timing each key's response, then reads the
// journal statistics the editor left. Runs in trio-bench.
#include "bench/trio_bench/journal_cost_scenario.hpp"

#include "bench/trio_bench/journal_stats.hpp"
#include "bench/trio_bench/pty_editor.hpp"
#include "bench/trio_bench/scenario_support.hpp"
#include "bench/trio_bench/typing_script.hpp"

#include <algorithm>
#include <stdexcept>

namespace trio::bench {
namespace {

// trio's status bar is the third row from the bottom; its save prompt's hints row says "N No".
constexpr int status_row = bench_terminal.rows - 3;
constexpr std::string_view quit_prompt_hint = "N No";

// Whether `text` holds `label` followed by `number` as a whole number ("Col 12", not "Col 123").
bool shows_number(std::string_view text, std::string_view label, int number) {
    const auto wanted = std::string(label) + std::to_string(number);
    for (auto at = text.find(wanted); at != std::string_view::npos;
         at = text.find(wanted, at + 1)) {
        const auto after = at + wanted.size();
        if (after == text.size() || text[after] < '0' || text[after] > '9') {
            return true;
        }
    }
    return false;
}

// The screen a step brings: checked cursor first, as that is cheap and set last in a frame.
bool shows_step(const PtyEditor& editor, const TypingStep& step) {
    const auto cursor = editor.screen().cursor();
    if (cursor.row != step.cursor_row || cursor.col != step.cursor_col) {
        return false;
    }
    const auto rows = editor.screen().rows();
    if (!row_starts_with(rows, step.typed_row, step.typed_text) ||
        rows.size() <= static_cast<std::size_t>(status_row)) {
        return false;
    }
    const auto& status = rows[static_cast<std::size_t>(status_row)];
    const int line = step.cursor_row - editor.editor().first_text_row + 1;
    return shows_number(status, "Ln ", line) && shows_number(status, "Col ", step.cursor_col + 1);
}

bool any_row_contains(const PtyEditor& editor, std::string_view text) {
    const auto rows = editor.screen().rows();
    return std::any_of(rows.begin(), rows.end(),
                       [&](const std::string& row) { return row.find(text) != std::string::npos; });
}

std::vector<Figure> journal_figures(const JournalStats& stats, int keys) {
    const auto per_key = [keys](std::uint64_t count) {
        return static_cast<double>(count) / static_cast<double>(keys);
    };
    return {{std::string(figure_journal_bytes), "B", per_key(stats.bytes)},
            {std::string(figure_journal_writes), "", per_key(stats.writes)},
            {std::string(figure_journal_fsyncs), "", per_key(stats.fsyncs)},
            {std::string(figure_journal_records), "", per_key(stats.records)}};
}

} // namespace

BenchEditor without_journal(const BenchEditor& editor) {
    auto variant = editor;
    variant.name += " -n";
    variant.argv.emplace_back("-n");
    return variant;
}

JournalCostScenario::JournalCostScenario(JournalCostSettings settings) : m_settings(settings) {
    if (m_settings.keys < 1) {
        throw std::invalid_argument("the journal scenario needs at least one key");
    }
}

std::string JournalCostScenario::settings() const {
    return std::to_string(m_settings.keys) + " keys per run, at most one per " +
           std::to_string(m_settings.pace.count()) + " ms and after " +
           std::to_string(m_settings.quiet.count()) + " ms without output";
}

std::vector<Figure> JournalCostScenario::run(const BenchEditor& editor, const BenchFile& file,
                                             std::chrono::milliseconds timeout) {
    const auto deadline = [timeout] { return Clock::now() + timeout; };
    const TypingLayout layout{editor.first_text_row, status_row - editor.first_text_row, 59};
    const auto steps = typing_script(m_settings.keys, layout);
    std::vector<std::string> key_bytes;
    for (const auto& step : steps) {
        key_bytes.push_back(encode_keys(step.notation));
    }
    std::vector<Figure> figures;

    PtyEditor running(editor, file.path);
    wait_for_first_screen(running, file, deadline());
    wait_for_raw_terminal(running, deadline());
    auto pressed = Clock::now();
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const auto key_name = "key " + std::to_string(i + 1) + " (" + steps[i].notation + ")";
        // Paced, and only into silence: output still coming (the first screen's tail, a
        // redraw after an autosave report) would be taken for this key's response.
        const auto next_key_at = [&] {
            return std::max(pressed + m_settings.pace, running.last_output() + m_settings.quiet);
        };
        while (Clock::now() < next_key_at()) {
            if (!running.read_until(next_key_at())) {
                fail_showing_screen("the editor ended before " + key_name, running);
            }
        }
        pressed = running.write(key_bytes[i]);
        const auto shown =
            running.wait_until([&] { return shows_step(running, steps[i]); }, deadline());
        const auto first = running.first_output_since_write();
        if (!shown || !first) {
            fail_showing_screen(key_name + " never showed its screen", running);
        }
        figures.push_back(
            {std::string(figure_first_byte), "us", microseconds_between(pressed, *first)});
        figures.push_back(
            {std::string(figure_screen), "us", microseconds_between(pressed, *shown)});
    }

    running.write(encode_keys("<c-q>"));
    const auto asks = [&] { return any_row_contains(running, quit_prompt_hint); };
    if (!running.wait_until(asks, deadline())) {
        fail_showing_screen("<c-q> never asked whether to save", running);
    }
    if (!running.quit("n", deadline())) {
        fail_showing_screen("the editor did not exit after <c-q> n", running);
    }
    if (const auto stats = read_journal_stats(running.journal_stats_path())) {
        const auto cost = journal_figures(*stats, m_settings.keys);
        figures.insert(figures.end(), cost.begin(), cost.end());
    }
    return figures;
}

} // namespace trio::bench
