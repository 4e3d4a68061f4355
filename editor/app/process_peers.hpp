// trio-proc's supervisor of render and autosave, as the input component uses it: reaps them
// when they die and starts replacements with fresh channels (components::PeerSupervisor on
// ipc::HostedRuntime). Runs in the input process, on its only thread.
#pragma once

#include "editor/app/launch.hpp"
#include "editor/autosave/journal_keeper.hpp"
#include "editor/components/component_context.hpp"
#include "editor/components/peer_supervisor.hpp"
#include "editor/components/render_component.hpp"
#include "ipc/hosted_runtime.hpp"

namespace trio::app {

class ProcessPeers final : public components::PeerSupervisor {
public:
    // All references must outlive this object. A replacement gets `context` without its
    // injected fault (TRIO_FAULT fires once per session), and for each buffer journal
    // settings like `journal` (its stats path) with the identity of that buffer's file as it
    // is when the replacement starts.
    ProcessPeers(ipc::HostedRuntime& runtime, const Build& build,
                 const components::ComponentContext& context, autosave::JournalSettings journal,
                 components::RenderComponent::ScreenFactory open_screen);

    [[nodiscard]] std::vector<int> death_fds() const override { return m_runtime.death_fds(); }
    [[nodiscard]] std::vector<ipc::ExitReport> reap_ended() override {
        return m_runtime.reap_ended();
    }
    void restart_render(components::InputEnds& ends) override;
    void restart_autosave(components::InputEnds& ends,
                          const std::vector<components::BufferToRestore>& buffers) override;
    void stop(std::string_view name) override { m_runtime.kill(name); }
    [[nodiscard]] std::vector<ipc::ChildStatus> children() const override {
        return m_runtime.children();
    }

private:
    ipc::HostedRuntime& m_runtime;
    const Build& m_build;
    components::ComponentContext m_context;
    autosave::JournalSettings m_journal;
    components::RenderComponent::ScreenFactory m_open_screen;
};

} // namespace trio::app
