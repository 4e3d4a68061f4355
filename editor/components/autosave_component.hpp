// The autosave component: owns the disk. Keeps a replica of each open buffer's document,
// built from the same original text plus the edit operations, journals every edit for crash
// recovery, and performs saves, so disk I/O never blocks typing. Reports results to input.
#pragma once

#include "editor/autosave/buffer_replica.hpp"
#include "editor/autosave/journal_keeper.hpp"
#include "editor/autosave/replica.hpp"
#include "editor/components/channel_ends.hpp"
#include "editor/components/component_context.hpp"
#include "ipc/component.hpp"

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace trio::components {

class AutosaveComponent final : public ipc::Component {
public:
    // How this autosave begins: the session's first, or a replacement for one that died
    // (trio-proc) whose replica is a copy of input's document at the restart.
    struct TakeOver {
        bool unsaved = false; // the text differs from the file: rewrite the journal at once
    };

    // One buffer a replacement autosave starts with (trio-proc): a copy of input's document.
    struct RestoredBuffer {
        protocol::BufferId id = 0;
        autosave::Replica replica;
        autosave::JournalSettings journal;
        bool unsaved = false; // see TakeOver
    };

    // The session's buffer 0. Buffers opened later arrive as protocol::OpenBuffer messages.
    AutosaveComponent(autosave::Replica replica, autosave::JournalSettings journal,
                      AutosaveEnds ends, ComponentContext context,
                      std::optional<TakeOver> take_over = std::nullopt);
    // A replacement for an autosave that died, with every buffer input has open; each takes
    // over its journal. Buffer 0 is selected first, as at a session's start.
    AutosaveComponent(std::vector<RestoredBuffer> buffers, AutosaveEnds ends,
                      ComponentContext context);

    [[nodiscard]] std::string_view name() const override { return "autosave"; }
    [[nodiscard]] int run() override;

private:
    int loop();
    void handle(const protocol::ToAutosave& msg, ipc::Clock::time_point now);
    void apply(const document::EditOp& op, ipc::Clock::time_point now);
    void save(const protocol::SaveRequest& request);
    void open(const protocol::OpenBuffer& request);
    void close(protocol::BufferId id);
    [[nodiscard]] autosave::BufferReplica* find(protocol::BufferId id);
    [[nodiscard]] std::optional<ipc::Deadline> next_deadline() const;
    void service(ipc::Clock::time_point now);
    [[nodiscard]] bool write_due(ipc::Clock::time_point now) const;
    void finish_all(ipc::Clock::time_point now);
    void send_reports(bool only_due);
    void write_stats() const;

    std::vector<std::unique_ptr<autosave::BufferReplica>> m_buffers;
    autosave::BufferReplica* m_selected = nullptr; // null: a closed or unknown buffer
    // Buffers whose dead predecessor's journal is taken over at start: (id, unsaved).
    std::vector<std::pair<protocol::BufferId, bool>> m_take_overs;
    std::string m_stats_path;
    journal::JournalStats m_closed_stats; // of buffers closed this session
    bool m_truncation_reported = false;
    AutosaveEnds m_ends;
    ComponentContext m_context;
    FaultTrigger m_fault;
};

} // namespace trio::components
