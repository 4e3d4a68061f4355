// The autosave component's event loop: apply edits in order, save on request, report back.
#include "editor/components/autosave_component.hpp"

#include "editor/commands/editor.hpp"
#include "editor/components/overloaded.hpp"
#include "editor/terminal/crash_guard.hpp"

#include <chrono>

namespace trio::components {

namespace {
// Status messages are small and rare; a full status queue for this long means input is stuck.
constexpr std::chrono::seconds status_send_timeout{2};
} // namespace

AutosaveComponent::AutosaveComponent(autosave::Replica replica, AutosaveEnds ends,
                                     ComponentContext context)
    : m_replica(std::move(replica)), m_ends(std::move(ends)), m_context(context) {}

int AutosaveComponent::run() {
    int status = 0;
    try {
        status = loop();
    } catch (const std::exception& e) {
        report_fatal(m_context, "autosave", e.what());
        status = 70;
    }
    m_ends.to_input->close();
    return status;
}

int AutosaveComponent::loop() {
    for (;;) {
        // Edits arrive in bursts; waiting on the doorbell costs nothing while idle.
        auto msg = m_ends.from_input->receive(ipc::Deadline::max());
        if (!msg) {
            if (m_ends.from_input->closed()) {
                return 0;
            }
            continue;
        }
        std::visit(Overloaded{
                       [&](const document::EditOp& op) { m_replica.apply(op); },
                       [&](const protocol::SaveRequest& request) {
                           const protocol::SaveResult result = m_replica.save(request);
                           const auto deadline = ipc::Clock::now() + status_send_timeout;
                           (void)m_ends.to_input->send(result, deadline);
                           // In trio-proc only this process saw the lost pages: say so. (In
                           // trio the flag is the process's, and input has said it already.)
                           if (m_context.design == protocol::Design::Processes &&
                               !m_truncation_reported && terminal::mapped_file_lost_pages()) {
                               m_truncation_reported = true;
                               (void)m_ends.to_input->send(
                                   protocol::AutosaveProblem{
                                       std::string(commands::original_truncated_text) +
                                       " (and was saved so)"},
                                   deadline);
                           }
                       },
                   },
                   *msg);
    }
}

} // namespace trio::components
