// Starts replacement render and autosave processes with fresh channels (see
// process_peers.hpp). Runs in the input process; the `prepare` lambdas run in the new child.
#include "editor/app/process_peers.hpp"

#include "editor/autosave/replica.hpp"
#include "editor/components/autosave_component.hpp"
#include "editor/journal/file_identity.hpp"

namespace trio::app {

namespace {

// In a new child: drop every end input holds (the dead peer's, the live peer's, and input's
// side of the new channels), so that the child keeps only its own and never delays a peer's
// end-of-stream.
void drop_input_ends(components::InputEnds& ends) {
    ends = components::InputEnds{};
}

} // namespace

ProcessPeers::ProcessPeers(ipc::HostedRuntime& runtime, const Build& build,
                           const components::ComponentContext& context,
                           autosave::JournalSettings journal,
                           components::RenderComponent::ScreenFactory open_screen)
    : m_runtime(runtime), m_build(build), m_context(context), m_journal(std::move(journal)),
      m_open_screen(std::move(open_screen)) {
    m_context.fault = {};
}

void ProcessPeers::restart_render(components::InputEnds& ends) {
    components::RenderWiring wiring = m_build.make_render_wiring();
    auto render = std::make_unique<components::RenderComponent>(
        std::move(wiring.render), m_context, m_open_screen,
        components::RenderComponent::Start::Replacement);
    m_runtime.respawn(std::move(render), [&ends, &wiring] {
        drop_input_ends(ends);
        wiring.to_render.reset();
        wiring.from_render.reset();
    });
    ends.to_render = std::move(wiring.to_render);
    ends.from_render = std::move(wiring.from_render);
}

void ProcessPeers::restart_autosave(components::InputEnds& ends,
                                    const std::vector<components::BufferToRestore>& buffers) {
    components::AutosaveWiring wiring = m_build.make_autosave_wiring();
    std::vector<components::AutosaveComponent::RestoredBuffer> restored;
    for (const components::BufferToRestore& buffer : buffers) {
        autosave::JournalSettings journal = m_journal;
        journal.file_path = buffer.path;
        journal.journal_path = buffer.journal_path;
        // The file as it is now (as last saved, or as opened): what the new journal's edits
        // apply to.
        journal.original = {};
        if (!buffer.path.empty()) {
            (void)journal::identify(journal.file_path, journal.original);
        }
        restored.push_back({buffer.id, autosave::Replica(document::Document(*buffer.document)),
                            std::move(journal), buffer.unsaved});
    }
    auto autosave = std::make_unique<components::AutosaveComponent>(
        std::move(restored), std::move(wiring.autosave), m_context);
    m_runtime.respawn(std::move(autosave), [&ends, &wiring] {
        drop_input_ends(ends);
        wiring.to_autosave.reset();
        wiring.from_autosave.reset();
    });
    ends.to_autosave = std::move(wiring.to_autosave);
    ends.from_autosave = std::move(wiring.from_autosave);
}

} // namespace trio::app
