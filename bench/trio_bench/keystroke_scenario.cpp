// Times keys, a paste and their CPU cost in any editor under a pty. Runs in trio-bench.
#include "bench/trio_bench/keystroke_scenario.hpp"

#include "bench/trio_bench/latency_keys.hpp"
#include "bench/trio_bench/process_memory.hpp"
#include "bench/trio_bench/pty_editor.hpp"
#include "bench/trio_bench/scenario_support.hpp"
#include "bench/trio_bench/session_cpu.hpp"
#include "editor/keys/key.hpp"

#include <algorithm>
#include <stdexcept>

namespace trio::bench {
namespace {

constexpr int cursor_walk_side = 10;
constexpr int typed_line_length = 59;
constexpr double kib_per_mib = 1024;

struct KeyTimes {
    Clock::time_point pressed;
    Clock::time_point first;
    Clock::time_point complete;
};

class Session {
public:
    Session(PtyEditor& editor, const KeystrokeSettings& settings, std::chrono::milliseconds timeout)
        : m_editor(editor), m_settings(settings), m_timeout(timeout) {}

    [[nodiscard]] Clock::time_point deadline() const { return Clock::now() + m_timeout; }

    void settle(std::string_view after) {
        if (!m_editor.read_until_quiet(m_settings.quiet, deadline())) {
            fail_showing_screen("the editor never went quiet after " + std::string(after),
                                m_editor);
        }
    }

    // Writes `notation` into silence and waits for its whole response.
    KeyTimes press(const std::string& notation) {
        settle("the key before " + notation);
        KeyTimes times{};
        times.pressed = m_editor.write(encode_keys(notation));
        if (!m_editor.wait_until([&] { return m_editor.first_output_since_write().has_value(); },
                                 deadline())) {
            fail_showing_screen("no response to " + notation, m_editor);
        }
        times.first = *m_editor.first_output_since_write();
        settle(notation);
        times.complete = m_editor.last_output();
        return times;
    }

    // Keys whose responses are not measured (entering or leaving insert mode).
    void press_untimed(const std::string& notation) {
        for (const auto& key : keys::parse_keys(notation)) {
            settle("the key before " + notation);
            (void)m_editor.write(keys::encode_key(key));
            settle(notation);
        }
    }

    void phase(std::string_view name, const std::vector<std::string>& keys,
               std::vector<Figure>& figures) {
        const auto sid = m_editor.pid();
        settle("the phase before " + std::string(name));
        const auto before = session_cpu(sid);
        for (const auto& key : keys) {
            const auto times = press(key);
            figures.push_back(
                {first_byte_figure(name), "us", microseconds_between(times.pressed, times.first)});
            figures.push_back(
                {complete_figure(name), "us", microseconds_between(times.pressed, times.complete)});
        }
        const auto spent = cpu_spent(before, session_cpu(sid));
        const auto count = static_cast<double>(keys.size());
        figures.push_back(
            {cpu_per_key_figure(name), "us", static_cast<double>(spent.cpu_ns) / 1e3 / count});
        figures.push_back({switches_per_key_figure(name), "",
                           static_cast<double>(spent.context_switches) / count});
    }

    void paste(std::vector<Figure>& figures) {
        const auto text = paste_text(m_settings.paste_bytes);
        const auto last_line = last_pasted_line(m_settings.paste_bytes);
        const auto last = identifying_part(last_line);
        const auto shows_last = [&] {
            const auto rows = m_editor.screen().rows();
            return std::any_of(rows.begin(), rows.end(),
                               [&](const std::string& row) { return row.starts_with(last); });
        };
        settle("typing");
        const auto before = session_cpu(m_editor.pid());
        const auto pressed = m_editor.write(bracketed(text));
        // Quiet alone is not the end (an editor may digest a large paste silently): the last
        // pasted line must be on screen too, and then the screen must go quiet.
        for (;;) {
            if (!m_editor.read_until_quiet(m_settings.paste_quiet, deadline())) {
                fail_showing_screen("the paste never settled", m_editor);
            }
            if (shows_last()) {
                break;
            }
            if (!m_editor.wait_until(shows_last, deadline())) {
                fail_showing_screen("the paste's last line never showed", m_editor);
            }
        }
        const auto spent = cpu_spent(before, session_cpu(m_editor.pid()));
        figures.push_back({std::string(figure_paste_settled), "ms",
                           milliseconds_between(pressed, m_editor.last_output())});
        figures.push_back(
            {std::string(figure_paste_cpu), "ms", static_cast<double>(spent.cpu_ns) / 1e6});
    }

private:
    PtyEditor& m_editor;
    const KeystrokeSettings& m_settings;
    std::chrono::milliseconds m_timeout;
};

std::vector<Figure> memory_at_end(const PtyEditor& editor) {
    double peak = 0;
    double pss = 0;
    for (const auto& process : session_memory(editor.pid())) {
        peak += static_cast<double>(process.peak_rss_kib) / kib_per_mib;
        pss += static_cast<double>(process.pss_kib) / kib_per_mib;
    }
    return {{std::string(figure_peak_rss), "MiB", peak}, {std::string(figure_end_pss), "MiB", pss}};
}

} // namespace

std::string first_byte_figure(std::string_view phase) {
    return std::string(phase) + " first byte";
}
std::string complete_figure(std::string_view phase) {
    return std::string(phase) + " complete";
}
std::string cpu_per_key_figure(std::string_view phase) {
    return "CPU/key " + std::string(phase);
}
std::string switches_per_key_figure(std::string_view phase) {
    return "switches/key " + std::string(phase);
}

KeystrokeScenario::KeystrokeScenario(KeystrokeSettings settings) : m_settings(settings) {
    if (m_settings.keys < 1) {
        throw std::invalid_argument("the keystroke scenario needs at least one key per phase");
    }
}

std::string KeystrokeScenario::settings() const {
    auto text = std::to_string(m_settings.keys) + " keys per phase, each into " +
                std::to_string(m_settings.quiet.count()) + " ms of silence";
    if (m_settings.paste_bytes > 0) {
        text += "; a bracketed paste of " + std::to_string(m_settings.paste_bytes) +
                " bytes, settled after " + std::to_string(m_settings.paste_quiet.count()) +
                " ms of silence";
    }
    return text;
}

std::vector<Figure> KeystrokeScenario::run(const BenchEditor& editor, const BenchFile& file,
                                           std::chrono::milliseconds timeout) {
    std::vector<Figure> figures;
    PtyEditor running(editor, file.path);
    Session session(running, m_settings, timeout);
    wait_for_first_screen(running, file, session.deadline());
    wait_for_raw_terminal(running, session.deadline());

    session.phase(key_phases[0], cursor_keys(m_settings.keys, cursor_walk_side), figures);
    session.phase(key_phases[1], page_down_keys(m_settings.keys), figures);
    session.press_untimed(editor.open_line_keys);
    session.phase(key_phases[2], typing_keys(m_settings.keys, typed_line_length), figures);
    if (m_settings.paste_bytes > 0) {
        session.paste(figures);
    }
    session.press_untimed(editor.stop_typing_keys);
    const auto memory = memory_at_end(running);
    figures.insert(figures.end(), memory.begin(), memory.end());

    if (!editor.discard_quit_keys.empty() &&
        !running.quit(encode_keys(editor.discard_quit_keys), session.deadline())) {
        fail_showing_screen("the editor did not exit after " + editor.discard_quit_keys, running);
    }
    return figures; // an editor without quit keys is killed by ~PtyEditor
}

} // namespace trio::bench
