// The autosave component's event loop: apply edits in order and journal them, save on
// request, report back. Waits on its channel with a deadline set by the journal's timers.
#include "editor/components/autosave_component.hpp"

#include "editor/commands/editor.hpp"
#include "editor/components/overloaded.hpp"
#include "editor/terminal/crash_guard.hpp"

#include <chrono>
#include <fcntl.h>
#include <string>
#include <unistd.h>

namespace trio::components {

namespace {
// Status messages are small and rare; a full status queue for this long means input is stuck.
constexpr std::chrono::seconds status_send_timeout{2};
// A flood of edits (a large paste) is drained in batches of at most this many before the
// journal is written, so the first of them never waits long for the kernel.
constexpr int max_batch = 256;
} // namespace

AutosaveComponent::AutosaveComponent(autosave::Replica replica, autosave::JournalSettings journal,
                                     AutosaveEnds ends, ComponentContext context,
                                     std::optional<TakeOver> take_over)
    : m_replica(std::move(replica)), m_journal_settings(journal), m_journal(std::move(journal)),
      m_ends(std::move(ends)), m_context(std::move(context)), m_take_over(take_over),
      m_fault(m_context.fault, "autosave") {}

int AutosaveComponent::run() {
    int status = 0;
    try {
        status = loop();
    } catch (const std::exception& e) {
        report_fatal(m_context, "autosave", e.what());
        // Whatever went wrong, what the journal holds is the user's work: get it to disk.
        m_journal.finish(m_replica.document(), ipc::Clock::now());
        status = 70;
    }
    write_stats();
    m_ends.to_input->close();
    return status;
}

int AutosaveComponent::loop() {
    if (m_take_over) {
        // The dead autosave's journal may lack the last edits or end torn: replace it.
        m_journal.take_over(m_replica.document(), m_take_over->unsaved, ipc::Clock::now());
        send_report();
    }
    for (;;) {
        // Idle costs nothing: the wait ends for a message or when the journal has work due.
        const ipc::Deadline deadline = m_journal.next_deadline().value_or(ipc::Deadline::max());
        auto msg = m_ends.from_input->receive(deadline);
        if (!msg && m_ends.from_input->closed()) {
            // Input ended without DropJournal (a signal, a failure): keep everything.
            m_journal.finish(m_replica.document(), ipc::Clock::now());
            return 0;
        }
        if (msg) {
            handle(*msg, ipc::Clock::now());
            // Take what else is queued now, so a burst shares one write(2).
            for (int i = 1; i < max_batch && !m_journal.write_due(ipc::Clock::now()); ++i) {
                auto more = m_ends.from_input->try_receive();
                if (!more) {
                    break;
                }
                handle(*more, ipc::Clock::now());
            }
        }
        // The queue is empty (or the batch full): nothing more is coming right now, so
        // write at once rather than after write_delay. A kill now loses nothing written.
        m_journal.service(m_replica.document(), ipc::Clock::now());
        if (m_journal.report_due()) {
            send_report();
        }
    }
}

void AutosaveComponent::handle(const protocol::ToAutosave& msg, ipc::Clock::time_point now) {
    m_fault.tick();
    std::visit(Overloaded{
                   [&](const document::EditOp& op) {
                       m_replica.apply(op);
                       m_journal.record(op, m_replica.document(), now);
                   },
                   [&](const protocol::SaveRequest& request) { save(request); },
                   [&](const protocol::DropJournal&) { m_journal.drop(); },
               },
               msg);
}

void AutosaveComponent::save(const protocol::SaveRequest& request) {
    const protocol::SaveResult result = m_replica.save(request);
    if (result.ok) {
        journal::FileIdentity saved;
        (void)journal::identify(request.path, saved); // all zero if it cannot be read back
        m_journal.saved(request.seq, saved);
    }
    const auto deadline = ipc::Clock::now() + status_send_timeout;
    (void)m_ends.to_input->send(result, deadline);
    // In trio-proc only this process saw the lost pages: say so. (In trio the flag is the
    // process's, and input has said it already.)
    if (m_context.design == protocol::Design::Processes && !m_truncation_reported &&
        terminal::mapped_file_lost_pages()) {
        m_truncation_reported = true;
        (void)m_ends.to_input->send(
            protocol::AutosaveProblem{std::string(commands::original_truncated_text) +
                                      " (and was saved so)"},
            deadline);
    }
}

void AutosaveComponent::send_report() {
    // Informational: when input's queue is full, a later report says the same and more.
    (void)m_ends.to_input->try_send(m_journal.take_report());
}

void AutosaveComponent::write_stats() const {
    if (m_journal_settings.stats_path.empty()) {
        return;
    }
    const journal::JournalStats stats = m_journal.stats();
    const std::string line = "records " + std::to_string(stats.records) + " bytes " +
                             std::to_string(stats.bytes_written) + " writes " +
                             std::to_string(stats.write_calls) + " fsyncs " +
                             std::to_string(stats.fsync_calls) + "\n";
    ipc::UniqueFd fd(::open(m_journal_settings.stats_path.c_str(),
                            O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600));
    if (fd.valid()) {
        [[maybe_unused]] const ssize_t n = ::write(fd.get(), line.data(), line.size());
    }
}

} // namespace trio::components
