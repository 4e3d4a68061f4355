// The autosave component: owns the disk. Keeps a replica of the document built from the
// same original text plus the edit operations, journals every edit for crash recovery, and
// performs saves, so disk I/O never blocks typing. Reports results to input.
#pragma once

#include "editor/autosave/journal_keeper.hpp"
#include "editor/autosave/replica.hpp"
#include "editor/components/channel_ends.hpp"
#include "editor/components/component_context.hpp"
#include "ipc/component.hpp"

#include <optional>

namespace trio::components {

class AutosaveComponent final : public ipc::Component {
public:
    // How this autosave begins: the session's first, or a replacement for one that died
    // (trio-proc) whose replica is a copy of input's document at the restart.
    struct TakeOver {
        bool unsaved = false; // the text differs from the file: rewrite the journal at once
    };

    AutosaveComponent(autosave::Replica replica, autosave::JournalSettings journal,
                      AutosaveEnds ends, ComponentContext context,
                      std::optional<TakeOver> take_over = std::nullopt);

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
    std::optional<TakeOver> m_take_over;
    FaultTrigger m_fault;
};

} // namespace trio::components
