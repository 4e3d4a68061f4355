// The input component's event loop: one poll() over the terminal, both status channels,
// termination signals, (when a queue was full) the channels' space doorbells and, in trio-proc,
// the pidfds of render and autosave, which it restarts when they die.
#include "editor/components/input_component.hpp"

#include "editor/components/editor_view_options.hpp"
#include "editor/components/input_wakeups.hpp"
#include "editor/components/journal_watch.hpp"
#include "editor/components/mouse_input.hpp"
#include "editor/components/outbox.hpp"
#include "editor/components/overloaded.hpp"
#include "editor/components/pipeline_latency.hpp"
#include "editor/components/restart_policy.hpp"
#include "editor/components/runtime_probe.hpp"
#include "editor/keys/key_decoder.hpp"
#include "editor/terminal/crash_guard.hpp"
#include "editor/terminal/emergency_restore_terminal.hpp"
#include "editor/terminal/signal_fd.hpp"
#include "editor/view/view_builder.hpp"

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <map>
#include <poll.h>
#include <unistd.h>
#include <utility>
#include <vector>

namespace trio::components {

namespace {

constexpr std::size_t read_chunk = 64 * 1024;
// How long the end of a session may wait for autosave to take the last edits.
constexpr std::chrono::seconds final_send_timeout{2};

// How long a peer whose channel ended may take to exit before it is presumed stuck.
constexpr protocol::TimestampNs stuck_peer_grace_ns = 1'000'000'000;

// A peer component as input sees it. Restarting: it died (its channel closed or its process
// ended) and its replacement is on the way; input keeps what it has for it meanwhile.
enum class PeerState { Up, Restarting, Gone };

std::string describe_death(const ipc::ExitReport& report) {
    if (report.term_signal != 0) {
        return "killed by signal " + std::to_string(report.term_signal);
    }
    return "exited with status " + std::to_string(report.exit_status);
}

std::string restarts_text(unsigned restarts) {
    return "(" + std::to_string(restarts) + (restarts == 1 ? " restart)" : " restarts)");
}

} // namespace

class InputComponent::Loop {
public:
    Loop(session::Session& session, InputEnds& ends, const ComponentContext& context,
         PeerSupervisor* peers)
        : m_session(session), m_ends(ends), m_context(context), m_peers(peers),
          m_signals({SIGTERM, SIGHUP, SIGINT}), m_fault(context.fault, "input") {
        const protocol::TimestampNs now = monotonic_now_ns();
        m_render_restarts.started(now);
        m_autosave_restarts.started(now);
    }

    int run() {
        while (!m_done) {
            try {
                wait_and_dispatch();
            } catch (const std::exception&) {
                // A look-up that met the zeros of a truncated mapping (its line counts were
                // of the old bytes): recount and carry on. Any other failure is fatal.
                if (m_truncation_reported || !terminal::mapped_file_lost_pages()) {
                    throw;
                }
                report_truncation();
            }
        }
        // Edits still queued here belong in the journal (a signal can end a paste midway).
        if (m_autosave == PeerState::Up) {
            (void)m_edits.drain(*m_ends.to_autosave, ipc::Clock::now() + final_send_timeout);
        }
        m_ends.to_autosave->close();
        m_ends.to_render->close();
        return m_status;
    }

private:
    // The current buffer's Editor: never kept across keys (a key may switch buffers).
    commands::Editor& editor() { return m_session.editor(); }
    JournalWatch& journal_watch() { return m_journals[m_session.current_id()]; }

    // Every open buffer as a new autosave must start with it (trio-proc restarts).
    std::vector<BufferToRestore> buffers_to_restore() {
        std::vector<BufferToRestore> buffers;
        for (const session::Buffer& buffer : m_session.buffers()) {
            buffers.push_back(BufferToRestore{
                buffer.id, &buffer.editor.document(), buffer.editor.config().path,
                buffer.journal_path, buffer.editor.modified() && buffer.editor.journaled()});
        }
        return buffers;
    }

    void wait_and_dispatch() {
        std::array<pollfd, 8> fds{};
        nfds_t count = 0;
        auto watch = [&](int fd) {
            fds[count] = pollfd{fd, POLLIN, 0};
            return count++;
        };
        // Keys wait until render has reported the terminal's size: PgUp/PgDn and scrolling
        // depend on it, and keys typed ahead of the first screen must not act on a guess.
        const nfds_t none = fds.size();
        const nfds_t tty = m_size ? watch(m_context.tty_in) : none;
        const bool render_up = m_render == PeerState::Up;
        const bool autosave_up = m_autosave == PeerState::Up;
        const nfds_t render = render_up ? watch(m_ends.from_render->ready_fd()) : none;
        const nfds_t autosave = autosave_up ? watch(m_ends.from_autosave->ready_fd()) : none;
        const nfds_t signals = watch(m_signals.fd());
        if (m_edits_waiting && autosave_up) {
            watch(m_ends.to_autosave->space_fd());
        }
        if (m_view_waiting && render_up) {
            watch(m_ends.to_render->space_fd());
        }
        const nfds_t first_death = count;
        if (m_peers != nullptr) {
            for (const int fd : m_peers->death_fds()) {
                watch(fd);
            }
        }
        const nfds_t deaths_end = count;
        // Background work (a search or line count through a huge file) runs in slices while
        // nothing else is ready, so a key waits at most one slice.
        const bool background = editor().has_background_work() && !m_done;
        const protocol::TimestampNs now = monotonic_now_ns();
        const int timeout = poll_timeout_ms({background, m_decoder.waiting_for_more(),
                                             journal_watch().next_change(now),
                                             editor().panel_shown(), m_stop_stuck_at},
                                            now);
        const int ready = poll(fds.data(), count, timeout);
        if (ready < 0) {
            if (errno == EINTR) {
                return;
            }
            fail("poll failed");
            return;
        }
        if (ready == 0) {
            const bool escape_expired =
                m_decoder.waiting_for_more() &&
                monotonic_now_ns() - m_last_read_ns >= escape_timeout_ms * 1'000'000LL;
            if (escape_expired || !background) {
                if (auto key = m_decoder.on_timeout()) {
                    handle_keys({*key}, monotonic_now_ns());
                }
            }
            if (background && editor().do_background_work(commands::background_slice_bytes)) {
                m_view_dirty = true;
            }
            if (!background && !m_decoder.waiting_for_more()) {
                m_view_dirty = true; // the journal's state (or the panel's figures) changed
            }
        }
        if (m_stop_stuck_at) {
            stop_stuck_peers(monotonic_now_ns());
        }
        if (fds[signals].revents != 0) {
            handle_signals();
        }
        for (nfds_t i = first_death; i < deaths_end; ++i) {
            if (fds[i].revents != 0) {
                handle_deaths();
                break;
            }
        }
        if (render != none && fds[render].revents != 0) {
            handle_render_messages();
        }
        if (autosave != none && fds[autosave].revents != 0) {
            handle_autosave_messages();
        }
        if (tty != none && fds[tty].revents != 0) {
            read_terminal();
        }
        flush();
    }

    void read_terminal() {
        const ssize_t n = read(m_context.tty_in, m_read_buffer.data(), m_read_buffer.size());
        if (n < 0 && errno == EINTR) {
            return;
        }
        if (n <= 0) {
            // The terminal went away (EOF / EIO after a hang-up): nobody can answer a prompt.
            m_session.end_by_signal();
            m_done = true;
            return;
        }
        const protocol::TimestampNs now = monotonic_now_ns();
        m_last_read_ns = now;
        handle_keys(m_decoder.feed(std::span(m_read_buffer.data(), static_cast<std::size_t>(n))),
                    now);
    }

    void handle_keys(const std::vector<keys::Key>& keys, protocol::TimestampNs read_ns) {
        for (const keys::Key& key : keys) {
            m_fault.tick();
            if (key.code == keys::KeyCode::Mouse) {
                apply_mouse(editor(), m_session.viewport(), m_screen, key.mouse,
                            m_context.tab_width);
                continue;
            }
            m_session.handle_key(key);
            if (m_session.finished()) {
                m_done = true;
                break;
            }
        }
        m_key_read_ns = read_ns;
        m_view_dirty = true;
    }

    void handle_signals() {
        while (auto sig = m_signals.try_read()) {
            // Terminal closed or asked to stop: end cleanly so the terminal is restored, and
            // keep the journal when there are unsaved changes.
            (void)sig;
            m_session.end_by_signal();
            m_done = true;
        }
    }

    void handle_render_messages() {
        while (auto msg = m_ends.from_render->try_receive()) {
            m_meters.from_render.record(monotonic_now_ns());
            std::visit(
                Overloaded{[&](const protocol::TerminalSize& size) {
                               m_size = size;
                               m_session.set_page_rows(view::text_rows(size));
                               m_view_dirty = true;
                           },
                           // Shown at the panel's next refresh: no view of its own.
                           [&](const protocol::FrameTiming& t) { m_latency.frame_drawn(t); }},
                *msg);
        }
        if (m_ends.from_render->closed()) {
            if (m_peers == nullptr) {
                fail("render ended unexpectedly");
            } else {
                render_ended();
            }
        }
    }

    void handle_autosave_messages() {
        while (auto msg = m_ends.from_autosave->try_receive()) {
            m_meters.from_autosave.record(monotonic_now_ns());
            std::visit(Overloaded{
                           [&](const protocol::SaveResult& r) { m_session.handle_save_result(r); },
                           [&](const protocol::AutosaveProblem& p) {
                               m_session.handle_autosave_problem(p);
                           },
                           [&](const protocol::JournalReport& r) {
                               if (r.buffer == m_session.current_id()) {
                                   m_latency.journal_written(r);
                               }
                               if (auto error = m_journals[r.buffer].report(r)) {
                                   m_session.handle_autosave_problem({std::move(*error), r.buffer});
                               }
                           },
                       },
                       *msg);
            m_view_dirty = true;
        }
        if (m_ends.from_autosave->closed()) {
            autosave_ended();
        }
        if (m_session.finished()) {
            m_done = true;
        }
    }

    // Autosave's channel closed or refused a message. In trio-proc its process's end is
    // reported next and a new one takes over; in trio a component thread that ends early is a
    // failure: end the session (autosave has flushed the journal, and the next start offers it).
    void autosave_ended() {
        if (m_autosave != PeerState::Up) {
            return;
        }
        if (m_peers != nullptr) {
            m_autosave = PeerState::Restarting;
            m_edits_waiting = false;
            expect_death();
        } else {
            m_autosave = PeerState::Gone;
            fail("autosave ended unexpectedly; the journal keeps the edits for recovery");
        }
    }

    // Render's channel closed or broke (trio-proc): a new render is started once its process
    // is reaped; one that lives on with a broken queue is killed first.
    void render_ended() {
        if (m_render == PeerState::Up) {
            m_render = PeerState::Restarting;
            m_view_waiting = false;
            expect_death();
        }
    }

    // A peer whose channel ended normally exits at once. One whose process lives on (its
    // queue broke: it died holding the queue's lock... or it is stuck) is killed after a grace
    // period, so that it is reaped and replaced like any other.
    void expect_death() {
        if (!m_stop_stuck_at) {
            m_stop_stuck_at = monotonic_now_ns() + stuck_peer_grace_ns;
        }
    }

    void stop_stuck_peers(protocol::TimestampNs now) {
        if (!m_stop_stuck_at || now < *m_stop_stuck_at) {
            return;
        }
        m_stop_stuck_at.reset();
        if (m_render == PeerState::Restarting) {
            m_peers->stop("render");
        }
        if (m_autosave == PeerState::Restarting) {
            m_peers->stop("autosave");
        }
    }

    // Reaps the peers that died and starts new ones (trio-proc).
    void handle_deaths() {
        for (const ipc::ExitReport& report : m_peers->reap_ended()) {
            if (m_done) {
                continue; // the session is ending anyway
            }
            if (report.name == "render") {
                restart_render(report);
            } else if (report.name == "autosave") {
                restart_autosave(report);
            }
        }
    }

    void restart_render(const ipc::ExitReport& report) {
        const protocol::TimestampNs now = monotonic_now_ns();
        if (!m_render_restarts.died(now)) {
            render_gone("render keeps failing (" + describe_death(report) + "): not restarted");
            return;
        }
        try {
            m_peers->restart_render(m_ends);
        } catch (const std::exception& e) {
            render_gone(std::string("cannot restart render: ") + e.what());
            return;
        }
        m_render_restarts.restarted(now);
        m_render = PeerState::Up;
        m_view_waiting = false;
        m_view_dirty = true; // the new render gets the whole screen
        editor().show_supervisor_event("render restarted: " + describe_death(report) + " " +
                                           restarts_text(m_render_restarts.restarts()),
                                       commands::MessageKind::Info);
    }

    // No render is left to leave the alternate screen: do it here, then end the session.
    void render_gone(std::string_view why) {
        m_render = PeerState::Gone;
        terminal::emergency_restore_terminal(m_context.tty_out);
        fail(why);
    }

    void restart_autosave(const ipc::ExitReport& report) {
        const protocol::TimestampNs now = monotonic_now_ns();
        m_autosave = PeerState::Restarting;
        if (!m_autosave_restarts.died(now)) {
            autosave_lost();
            editor().show_supervisor_event("autosave keeps failing (" + describe_death(report) +
                                               "): not restarted, saving is off",
                                           commands::MessageKind::Error);
            return;
        }
        // The new autosave starts from the text as it is now: what was queued for the dead one
        // is in it, and saves it never answered are asked again.
        m_edits.pending().clear();
        m_edits_waiting = false;
        m_session.handle_autosave_restarted();
        try {
            m_peers->restart_autosave(m_ends, buffers_to_restore());
        } catch (const std::exception& e) {
            autosave_lost();
            editor().show_supervisor_event(std::string("cannot restart autosave: ") + e.what(),
                                           commands::MessageKind::Error);
            return;
        }
        m_autosave_restarts.restarted(now);
        m_autosave = PeerState::Up;
        m_view_dirty = true;
        editor().show_supervisor_event("autosave restarted: " + describe_death(report) + " " +
                                           restarts_text(m_autosave_restarts.restarts()),
                                       commands::MessageKind::Info);
    }

    // Without autosave nothing can be saved: say so when it goes, and answer every save
    // (sent but unanswered, or still queued here) as failed, so the text stays on screen and
    // the user can decide.
    void autosave_lost() {
        bool save_dropped = false;
        for (const auto& msg : m_edits.pending()) {
            save_dropped = save_dropped || std::holds_alternative<protocol::SaveRequest>(msg);
        }
        m_edits.pending().clear();
        m_edits_waiting = false;
        if (m_autosave != PeerState::Gone || save_dropped) {
            m_session.handle_autosave_lost();
            m_view_dirty = true;
        }
        m_autosave = PeerState::Gone;
    }

    void flush() {
        if (!m_truncation_reported && terminal::mapped_file_lost_pages()) {
            report_truncation();
        }
        std::vector<protocol::ToAutosave> outgoing;
        for (const session::SentEdits& sent : m_session.take_outgoing(outgoing)) {
            if (sent.journaled) {
                m_journals[sent.buffer].edits_sent(sent.last, monotonic_now_ns());
                if (sent.buffer == m_session.current_id()) {
                    m_latency.edits_sent(sent.last, m_key_read_ns);
                }
            }
        }
        for (auto& msg : outgoing) {
            m_edits.push(std::move(msg));
        }
        if (m_autosave == PeerState::Up) {
            const std::size_t before = m_edits.pending().size();
            const OutboxState state = m_edits.flush(*m_ends.to_autosave);
            if (const std::size_t sent = before - m_edits.pending().size(); sent != 0) {
                m_meters.to_autosave.record(monotonic_now_ns(), sent);
            }
            m_edits_waiting = state == OutboxState::Waiting;
            if (state == OutboxState::PeerGone) {
                autosave_ended();
            }
        } else if (m_autosave == PeerState::Gone && !m_edits.empty()) {
            autosave_lost();
        }
        if (m_view_dirty && m_size && !m_done) {
            m_view.replace(build_view());
            m_view_dirty = false;
        }
        if (auto copy = editor().take_clipboard_copy()) {
            // Not in m_view: a copy must reach render even when its view is coalesced away.
            m_clipboard.push(protocol::ClipboardCopy{std::move(*copy)});
        }
        if (m_render == PeerState::Up) {
            const OutboxState clipboard_state = m_clipboard.flush(*m_ends.to_render);
            const bool had_view = !m_view.empty();
            if (had_view) {
                m_latency.stamp_view(std::get<protocol::ViewMessage>(*m_view.pending()),
                                     monotonic_now_ns());
            }
            const OutboxState view_state = m_view.flush(*m_ends.to_render);
            if (had_view && m_view.empty()) {
                m_meters.to_render.record(monotonic_now_ns());
                m_latency.view_sent();
            }
            m_view_waiting =
                view_state == OutboxState::Waiting || clipboard_state == OutboxState::Waiting;
            if (view_state == OutboxState::PeerGone && m_peers != nullptr) {
                render_ended();
            }
        }
    }

    protocol::ToRender build_view() {
        view::ViewSource source{
            editor().document(),      editor().cursor(),   m_context.tab_width,
            m_session.display_name(), editor().modified(), editor().read_only(),
            m_context.design,         editor().message(),  editor().message_is_error(),
            editor().prompt(),        editor().note()};
        if (editor().panel_shown()) {
            RuntimeStatus status =
                probe_runtime(m_context.design, m_peers, m_ends, m_meters, monotonic_now_ns());
            status.pipeline = m_latency.hops();
            status.pipeline_window = latency_window;
            source.panel = runtime_panel_lines(status, m_size->columns);
        }
        if (editor().help_shown()) {
            source.panel = editor().help_rows(); // F1's help covers the F2 panel while shown
        }
        add_editor_view_options(source, editor(), m_languages);
        view::scroll_to_cursor(m_session.viewport(), source, *m_size);
        protocol::ViewMessage view = view::build_view(source, m_session.viewport(), *m_size);
        m_screen = view::screen_map(view, view::text_rows(*m_size), !source.panel.empty());
        const JournalWatch::State journal =
            journal_watch().state(editor().journaled(), editor().modified(), monotonic_now_ns());
        view.journal_state = journal.text;
        view.journal_problem = journal.problem;
        view.seq = document::SeqNo(++m_view_seq);
        view.key_read_ns = std::exchange(m_key_read_ns, 0); // only a key's own view carries it
        view.wants_frame_timing = editor().panel_shown();   // see FrameTiming: costs a wake-up
        return view;
    }

    void report_truncation() {
        m_truncation_reported = true;
        // The guarded mapping is buffer 0's (later buffers' files are not guarded).
        if (commands::Editor* first = m_session.editor_of(0)) {
            first->handle_original_truncated();
        }
        m_view_dirty = true;
    }

    void fail(std::string_view what) {
        report_fatal(m_context, "input", what);
        m_status = 1;
        m_done = true;
    }

    session::Session& m_session;
    InputEnds& m_ends;
    const ComponentContext& m_context;
    PeerSupervisor* m_peers;
    terminal::SignalFd m_signals;
    FaultTrigger m_fault;
    RestartPolicy m_render_restarts;
    RestartPolicy m_autosave_restarts;
    PeerState m_render = PeerState::Up;
    PeerState m_autosave = PeerState::Up;
    std::optional<protocol::TimestampNs> m_stop_stuck_at;
    ChannelMeters m_meters;
    PipelineLatency m_latency;
    keys::KeyDecoder m_decoder;
    std::vector<std::byte> m_read_buffer = std::vector<std::byte>(read_chunk);
    Outbox<protocol::ToAutosave> m_edits;
    std::map<protocol::BufferId, JournalWatch> m_journals; // per buffer, by id
    LatestSlot<protocol::ToRender> m_view;
    Outbox<protocol::ToRender> m_clipboard; // ClipboardCopy messages, each sent once
    view::ScreenMap m_screen;               // the last view's geometry, for mouse reports
    LanguageCache m_languages;
    std::optional<protocol::TerminalSize> m_size;
    std::uint64_t m_view_seq = 0;
    protocol::TimestampNs m_key_read_ns = 0;
    protocol::TimestampNs m_last_read_ns = 0; // when the terminal was last read (ESC timeout)
    bool m_view_dirty = true;
    bool m_truncation_reported = false;
    bool m_edits_waiting = false;
    bool m_view_waiting = false;
    bool m_done = false;
    int m_status = 0;
};

InputComponent::InputComponent(session::Session session, InputEnds ends, ComponentContext context,
                               PeerSupervisor* peers)
    : m_session(std::move(session)), m_ends(std::move(ends)), m_context(std::move(context)),
      m_peers(peers) {}

int InputComponent::run() {
    try {
        Loop loop(m_session, m_ends, m_context, m_peers);
        return loop.run();
    } catch (const std::exception& e) {
        report_fatal(m_context, "input", e.what());
        m_ends.to_autosave->close();
        m_ends.to_render->close();
        return 70;
    }
}

} // namespace trio::components
