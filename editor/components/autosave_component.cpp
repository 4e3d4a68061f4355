// The autosave component's event loop: apply edits in order and journal them, save on
// request, report back; one replica and journal per open buffer. Waits on its channel with a
// deadline set by the journals' timers.
#include "editor/components/autosave_component.hpp"

#include "editor/commands/editor.hpp"
#include "editor/components/overloaded.hpp"
#include "editor/journal/file_identity.hpp"
#include "editor/terminal/crash_guard.hpp"

#include <algorithm>
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

void add(journal::JournalStats& total, const journal::JournalStats& more) {
    total.records += more.records;
    total.bytes_written += more.bytes_written;
    total.write_calls += more.write_calls;
    total.fsync_calls += more.fsync_calls;
}
} // namespace

AutosaveComponent::AutosaveComponent(autosave::Replica replica, autosave::JournalSettings journal,
                                     AutosaveEnds ends, ComponentContext context,
                                     std::optional<TakeOver> take_over)
    : m_stats_path(journal.stats_path), m_ends(std::move(ends)), m_context(std::move(context)),
      m_fault(m_context.fault, "autosave") {
    m_buffers.push_back(
        std::make_unique<autosave::BufferReplica>(0, std::move(replica), std::move(journal)));
    m_selected = m_buffers.front().get();
    if (take_over) {
        m_take_overs.emplace_back(0, take_over->unsaved);
    }
}

AutosaveComponent::AutosaveComponent(std::vector<RestoredBuffer> buffers, AutosaveEnds ends,
                                     ComponentContext context)
    : m_ends(std::move(ends)), m_context(std::move(context)), m_fault(m_context.fault, "autosave") {
    for (RestoredBuffer& buffer : buffers) {
        if (m_stats_path.empty()) {
            m_stats_path = buffer.journal.stats_path;
        }
        m_take_overs.emplace_back(buffer.id, buffer.unsaved);
        m_buffers.push_back(std::make_unique<autosave::BufferReplica>(
            buffer.id, std::move(buffer.replica), std::move(buffer.journal)));
    }
    m_selected = find(0);
}

int AutosaveComponent::run() {
    int status = 0;
    try {
        status = loop();
    } catch (const std::exception& e) {
        report_fatal(m_context, "autosave", e.what());
        // Whatever went wrong, what the journals hold is the user's work: get it to disk.
        finish_all(ipc::Clock::now());
        status = 70;
    }
    write_stats();
    m_ends.to_input->close();
    return status;
}

int AutosaveComponent::loop() {
    for (const auto& [id, unsaved] : m_take_overs) {
        // The dead autosave's journal may lack the last edits or end torn: replace it.
        if (autosave::BufferReplica* buffer = find(id)) {
            buffer->journal.take_over(buffer->replica.document(), unsaved, ipc::Clock::now());
        }
    }
    if (!m_take_overs.empty()) {
        send_reports(false);
    }
    for (;;) {
        // Idle costs nothing: the wait ends for a message or when a journal has work due.
        const ipc::Deadline deadline = next_deadline().value_or(ipc::Deadline::max());
        auto msg = m_ends.from_input->receive(deadline);
        if (!msg && m_ends.from_input->closed()) {
            // Input ended without DropJournal (a signal, a failure): keep everything.
            finish_all(ipc::Clock::now());
            return 0;
        }
        if (msg) {
            handle(*msg, ipc::Clock::now());
            // Take what else is queued now, so a burst shares one write(2).
            for (int i = 1; i < max_batch && !write_due(ipc::Clock::now()); ++i) {
                auto more = m_ends.from_input->try_receive();
                if (!more) {
                    break;
                }
                handle(*more, ipc::Clock::now());
            }
        }
        // The queue is empty (or the batch full): nothing more is coming right now, so
        // write at once rather than after write_delay. A kill now loses nothing written.
        service(ipc::Clock::now());
        send_reports(true);
    }
}

void AutosaveComponent::handle(const protocol::ToAutosave& msg, ipc::Clock::time_point now) {
    m_fault.tick();
    std::visit(Overloaded{
                   [&](const document::EditOp& op) { apply(op, now); },
                   [&](const protocol::SaveRequest& request) { save(request); },
                   [&](const protocol::DropJournal&) {
                       if (m_selected != nullptr) {
                           m_selected->journal.drop();
                       }
                   },
                   [&](const protocol::OpenBuffer& request) { open(request); },
                   [&](const protocol::SelectBuffer& select) { m_selected = find(select.buffer); },
                   [&](const protocol::CloseBuffer& request) { close(request.buffer); },
               },
               msg);
}

void AutosaveComponent::apply(const document::EditOp& op, ipc::Clock::time_point now) {
    // A refused buffer's replica is not input's text: the edit would not fit it.
    if (m_selected == nullptr || !m_selected->refusal.empty()) {
        return;
    }
    m_selected->replica.apply(op);
    m_selected->journal.record(op, m_selected->replica.document(), now);
}

void AutosaveComponent::save(const protocol::SaveRequest& request) {
    const auto deadline = ipc::Clock::now() + status_send_timeout;
    if (m_selected == nullptr) {
        (void)m_ends.to_input->send(
            protocol::SaveResult{request.seq, false, 0, 0, "Cannot save: no such buffer"},
            deadline);
        return;
    }
    if (!m_selected->refusal.empty()) {
        (void)m_ends.to_input->send(autosave::refused_save(*m_selected, request), deadline);
        return;
    }
    protocol::SaveResult result = m_selected->replica.save(request);
    result.buffer = m_selected->id;
    if (result.ok) {
        journal::FileIdentity saved;
        (void)journal::identify(request.path, saved); // all zero if it cannot be read back
        m_selected->journal.saved(request.seq, saved);
    }
    (void)m_ends.to_input->send(result, deadline);
    // In trio-proc only this process saw the lost pages: say so. (In trio the flag is the
    // process's, and input has said it already.)
    if (m_context.design == protocol::Design::Processes && !m_truncation_reported &&
        terminal::mapped_file_lost_pages()) {
        m_truncation_reported = true;
        (void)m_ends.to_input->send(
            protocol::AutosaveProblem{
                std::string(commands::original_truncated_text) + " (and was saved so)", 0},
            deadline);
    }
}

void AutosaveComponent::open(const protocol::OpenBuffer& request) {
    if (find(request.buffer) != nullptr) {
        return; // announced twice: the first one stands
    }
    m_buffers.push_back(autosave::open_buffer_replica(request, m_stats_path));
    const autosave::BufferReplica& buffer = *m_buffers.back();
    if (!buffer.refusal.empty()) {
        (void)m_ends.to_input->send(protocol::AutosaveProblem{buffer.refusal, buffer.id},
                                    ipc::Clock::now() + status_send_timeout);
    }
}

void AutosaveComponent::close(protocol::BufferId id) {
    const auto it = std::find_if(m_buffers.begin(), m_buffers.end(),
                                 [id](const auto& buffer) { return buffer->id == id; });
    if (it == m_buffers.end()) {
        return;
    }
    // Whatever input did not drop is kept for recovery, as at the end of a session.
    (*it)->journal.finish((*it)->replica.document(), ipc::Clock::now());
    add(m_closed_stats, (*it)->journal.stats());
    if (m_selected == it->get()) {
        m_selected = nullptr;
    }
    m_buffers.erase(it);
}

autosave::BufferReplica* AutosaveComponent::find(protocol::BufferId id) {
    for (const auto& buffer : m_buffers) {
        if (buffer->id == id) {
            return buffer.get();
        }
    }
    return nullptr;
}

std::optional<ipc::Deadline> AutosaveComponent::next_deadline() const {
    std::optional<ipc::Deadline> next;
    for (const auto& buffer : m_buffers) {
        if (const auto due = buffer->journal.next_deadline(); due && (!next || *due < *next)) {
            next = *due;
        }
    }
    return next;
}

bool AutosaveComponent::write_due(ipc::Clock::time_point now) const {
    return std::any_of(m_buffers.begin(), m_buffers.end(),
                       [now](const auto& buffer) { return buffer->journal.write_due(now); });
}

void AutosaveComponent::service(ipc::Clock::time_point now) {
    for (const auto& buffer : m_buffers) {
        buffer->journal.service(buffer->replica.document(), now);
    }
}

void AutosaveComponent::finish_all(ipc::Clock::time_point now) {
    for (const auto& buffer : m_buffers) {
        buffer->journal.finish(buffer->replica.document(), now);
    }
}

void AutosaveComponent::send_reports(bool only_due) {
    for (const auto& buffer : m_buffers) {
        if (only_due && !buffer->journal.report_due()) {
            continue;
        }
        protocol::JournalReport report = buffer->journal.take_report();
        report.buffer = buffer->id;
        // Informational: when input's queue is full, a later report says the same and more.
        (void)m_ends.to_input->try_send(std::move(report));
    }
}

void AutosaveComponent::write_stats() const {
    if (m_stats_path.empty()) {
        return;
    }
    journal::JournalStats stats = m_closed_stats;
    for (const auto& buffer : m_buffers) {
        add(stats, buffer->journal.stats());
    }
    const std::string line = "records " + std::to_string(stats.records) + " bytes " +
                             std::to_string(stats.bytes_written) + " writes " +
                             std::to_string(stats.write_calls) + " fsyncs " +
                             std::to_string(stats.fsync_calls) + "\n";
    ipc::UniqueFd fd(::open(m_stats_path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600));
    if (fd.valid()) {
        [[maybe_unused]] const ssize_t n = ::write(fd.get(), line.data(), line.size());
    }
}

} // namespace trio::components
