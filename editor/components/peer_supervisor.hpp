// How the input component learns that render or autosave died, and gets it replaced. Only
// trio-proc has one (the input process supervises its component processes); in trio a dead
// component thread cannot be replaced, so input ends the session instead. Implemented by the
// app layer (editor/app/process_peers.hpp), called on input's thread only.
#pragma once

#include "editor/components/channel_ends.hpp"
#include "editor/document/document.hpp"
#include "ipc/hosted_runtime.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace trio::components {

// One open buffer as a replacement autosave must start with it.
struct BufferToRestore {
    protocol::BufferId id = 0;
    const document::Document* document = nullptr; // input's text now (copied by the restart)
    std::string path;                             // the file ("" : an unnamed buffer)
    std::string journal_path;                     // empty: no journal
    bool unsaved = false; // the text differs from the file: the journal is rewritten at once
};

class PeerSupervisor {
public:
    PeerSupervisor() = default;
    PeerSupervisor(const PeerSupervisor&) = delete;
    PeerSupervisor& operator=(const PeerSupervisor&) = delete;
    virtual ~PeerSupervisor() = default;

    // Readable once a peer process has ended (poll them with input's other fds).
    [[nodiscard]] virtual std::vector<int> death_fds() const = 0;
    // Reaps every peer that has ended (no zombie stays); never blocks.
    [[nodiscard]] virtual std::vector<ipc::ExitReport> reap_ended() = 0;
    // Starts a new render with fresh channels; `ends` gets input's ends to it (the old ones
    // are dropped). Throws std::system_error if it cannot (fork, queue creation).
    virtual void restart_render(InputEnds& ends) = 0;
    // Starts a new autosave with a copy of every open buffer (each takes over its journal).
    // Errors as restart_render().
    virtual void restart_autosave(InputEnds& ends, const std::vector<BufferToRestore>& buffers) = 0;
    // Kills the named peer (SIGKILL) whose channel broke while its process lives on (stuck, or
    // holding a queue's lock): its end is then reported like any death and it is replaced.
    virtual void stop(std::string_view name) = 0;
    // The peers' pids and restarts, for the F2 panel.
    [[nodiscard]] virtual std::vector<ipc::ChildStatus> children() const = 0;
};

} // namespace trio::components
