// One buffer as the autosave component keeps it: its replica, its journal and, when autosave
// could not load the very file input loaded, why its saves are refused. Runs in autosave.
#pragma once

#include "editor/autosave/journal_keeper.hpp"
#include "editor/autosave/replica.hpp"
#include "editor/protocol/messages.hpp"

#include <memory>
#include <string>

namespace trio::autosave {

// Contract: one owner (the autosave component). Not copyable or movable (the journal keeper
// is not): held by unique_ptr.
struct BufferReplica {
    BufferReplica(protocol::BufferId buffer_id, Replica buffer_replica, JournalSettings settings)
        : id(buffer_id), replica(std::move(buffer_replica)), journal(std::move(settings)) {}

    protocol::BufferId id;
    Replica replica;
    JournalKeeper journal;
    // Non-empty: the replica is not input's text (autosave found another file than input
    // loaded, or could not load it). Edits are not applied (they would not fit) and every
    // save fails with this text: never write bytes other than the user's.
    std::string refusal;
};

// Builds the buffer input announced with protocol::OpenBuffer: loads open.path itself (a
// mapping for a large file, as input did) and checks that it is the file input loaded (the
// stamp: size, mtime, inode, device). `stats_path`: see JournalSettings. Never throws for a
// file problem: the result then has a refusal. Blocks on the disk (the load, and reading a
// small file whole).
[[nodiscard]] std::unique_ptr<BufferReplica> open_buffer_replica(const protocol::OpenBuffer& open,
                                                                 const std::string& stats_path);

// The SaveResult for a save of a refused buffer.
[[nodiscard]] protocol::SaveResult refused_save(const BufferReplica& buffer,
                                                const protocol::SaveRequest& request);

} // namespace trio::autosave
