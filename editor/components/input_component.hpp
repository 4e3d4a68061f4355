// The input component: owns the documents (one commands::Editor per open buffer, in a
// session::Session), reads and decodes keys from the terminal, applies them, sends views to
// render and edits to autosave.
#pragma once

#include "editor/components/channel_ends.hpp"
#include "editor/components/component_context.hpp"
#include "editor/components/peer_supervisor.hpp"
#include "editor/session/session.hpp"
#include "ipc/component.hpp"

namespace trio::components {

class InputComponent final : public ipc::Component {
public:
    // `peers`: trio-proc's supervisor of render and autosave (they are restarted when they
    // die); null in trio, where a component that ends early ends the session. Not owned; must
    // outlive run().
    InputComponent(session::Session session, InputEnds ends, ComponentContext context,
                   PeerSupervisor* peers = nullptr);

    [[nodiscard]] std::string_view name() const override { return "input"; }
    [[nodiscard]] int run() override;

private:
    class Loop;
    session::Session m_session;
    InputEnds m_ends;
    ComponentContext m_context;
    PeerSupervisor* m_peers;
};

} // namespace trio::components
