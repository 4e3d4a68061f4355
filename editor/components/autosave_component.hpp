// The autosave component: owns the disk. Keeps a replica of the document built from the
// same original text plus the edit operations, journals every edit for crash recovery, and
// performs saves, so disk I/O never blocks typing. Reports results to input.
#pragma once

#include "editor/autosave/journal_keeper.hpp"
#include "editor/autosave/replica.hpp"
#include "editor/components/channel_ends.hpp"
#include "editor/components/component_context.hpp"
#include "ipc/component.hpp"

namespace trio::components {

class AutosaveComponent final : public ipc::Component {
public:
    AutosaveComponent(autosave::Replica replica, autosave::JournalSettings journal,
                      AutosaveEnds ends, ComponentContext context);

    [[nodiscard]] std::string_view name() const override { return "autosave"; }
    [[nodiscard]] int run() override;

private:
    int loop();
    void handle(const protocol::ToAutosave& msg, ipc::Clock::time_point now);
    void save(const protocol::SaveRequest& request);
    void send_report();
    void write_stats() const;

    autosave::Replica m_replica;
    autosave::JournalSettings m_journal_settings;
    autosave::JournalKeeper m_journal;
    bool m_truncation_reported = false;
    AutosaveEnds m_ends;
    ComponentContext m_context;
};

} // namespace trio::components
